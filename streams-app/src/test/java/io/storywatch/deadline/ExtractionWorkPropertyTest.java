package io.storywatch.deadline;

import io.storywatch.text.NormalizedText;
import io.storywatch.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction does a bounded amount of work per token on any input: generated hostile text (runs of
 * cue words, digits, clock times, brackets, link syntax, line breaks) up to a megabyte. The scanner
 * counts every token it reads, so linear time is checked by counting, not by timing.
 */
class ExtractionWorkPropertyTest {
    /**
     * Token reads a start position can cost, from the grammar's fixed windows: three sentence scans of
     * 12 tokens each way (conditional, obligation and span context: 75), the cue windows (12 distant,
     * 6 nearby, 3 fillers, 2 trailing: 23), up to six components of at most 8 tokens of look-ahead each
     * (48) and a span attempt (8): 154, rounded up. Measured on this generator: at most about 68
     * (the cue windows read each token once).
     */
    private static final int MAX_READS_PER_TOKEN = 160;
    private static final String[] FRAGMENTS = {
            "until ", "by ", "deadline ", "ultimatum ", "Friday ", "next ", "the ", "end ", "of ", "within ", "48 ",
            "hours ", "5:01 ", "p.m. ", "ET ", "on ", "(", ")", ", ", "27 ", "February ", "2026-02-27 ", "midnight ",
            "noon ", "o'clock ", "New ", "York ", "time ", "must ", "before ", "unless ", "999999999999999999 ",
            "[", "](", "http://x.example/", "\n", ". ", "Advertisement\n", "30-day ", "business ", "days ", "to ",
            "Thanksgiving ", "close ", "of business ", "é", "\u0000", "\t"};

    @Test
    void workPerTokenIsBoundedOnGeneratedHostileText() {
        Random random = new Random(20260227);
        int generated = 0;
        for (int size : new int[]{10, 100, 1_000, 10_000, 100_000, 1_000_000}) {
            int runs = size >= 100_000 ? 3 : 400;
            for (int run = 0; run < runs; run++) {
                String text = hostile(random, size, run % 3);
                NormalizedText normalized = TextNormalizer.normalize(text);
                DeadlineExtractor.Scan scan = DeadlineExtractor.scan(normalized);
                generated++;
                assertTrue(scan.tokens() <= normalized.text().length() + 1, "more tokens than characters");
                assertTrue(scan.steps() <= (long) MAX_READS_PER_TOKEN * scan.tokens() + MAX_READS_PER_TOKEN,
                        scan.steps() + " reads for " + scan.tokens() + " tokens (size " + size + ")");
                assertTrue(scan.mentions().size() <= DeadlineExtractor.MAX_MENTIONS);
                for (DeadlineMention m : scan.mentions()) {
                    assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "offsets inside the body");
                }
            }
        }
        assertEquals(4 * 400 + 2 * 3, generated); // one bound for every size, 10 characters to a megabyte: linear
    }

    /** Mode 0: random fragments; 1: one fragment repeated; 2: fragments without spaces between them. */
    private static String hostile(Random random, int size, int mode) {
        StringBuilder text = new StringBuilder(size + 40);
        String repeated = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
        while (text.length() < size) {
            String fragment = mode == 1 ? repeated : FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            text.append(mode == 2 ? fragment.strip() : fragment);
        }
        return text.toString();
    }
}
