package io.storywatch.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;
import io.storywatch.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction and resolution against a hand-labelled feed of news sentences from politics, courts,
 * strikes, trade, sports, business, diplomacy, technology and health, with datelines, bylines,
 * listings and past events among them ({@code deadlines/gold.jsonl}). A found deadline matches a
 * gold one when their spans overlap; it is resolved right when instant and precision both agree.
 *
 * <p>{@code deadlines/heldout.jsonl} was written after the grammar, and the grammar was not changed
 * for it: its figures are printed as a measurement of what the development feed does not show.
 */
class DeadlineGoldFeedTest {
    private static final Path GOLD = Path.of("src/test/resources/deadlines/gold.jsonl");
    private static final Path HELD_OUT = Path.of("src/test/resources/deadlines/heldout.jsonl");
    private final DeadlineResolver resolver = new DeadlineResolver();

    @Test
    void precisionRecallAndResolutionOnTheGoldFeed() throws IOException {
        Score gold = score(GOLD);
        Score heldOut = score(HELD_OUT);
        System.out.println("held-out (measured, not tuned on): " + heldOut.summary());
        heldOut.misses.forEach(m -> System.out.println("  held-out " + m));
        assertTrue(gold.sentences >= 100, "the feed has at least 100 sentences");
        assertTrue(gold.precision() >= 0.95, "precision " + gold.summary() + "\n" + String.join("\n", gold.misses));
        assertTrue(gold.recall() >= 0.95, "recall " + gold.summary() + "\n" + String.join("\n", gold.misses));
        assertTrue(gold.resolution() >= 0.95, "resolved right " + gold.summary() + "\n" + String.join("\n", gold.misses));
    }

    private record Score(int sentences, int gold, int found, int matched, int right, List<String> misses) {
        double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double resolution() {
            return matched == 0 ? 0 : (double) right / matched;
        }

        String summary() {
            return String.format("%d sentences, %d gold deadlines, %d found, %d matched, %d resolved right: "
                    + "precision %.3f, recall %.3f, resolved right %.3f of found", sentences, gold, found, matched, right,
                    precision(), recall(), resolution());
        }
    }

    private Score score(Path feed) throws IOException {
        int truePositives = 0;
        int found = 0;
        int gold = 0;
        int resolvedRight = 0;
        int sentences = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> byDomain = new TreeMap<>();
        for (String line : Files.readAllLines(feed)) {
            JsonNode row = Json.MAPPER.readTree(line);
            sentences++;
            String text = row.get("text").asText();
            Reference reference = new Reference(Instant.parse(row.get("ref").asText()), false,
                    ZoneId.of(row.get("zone").asText()));
            List<ResolvedDeadline> predicted = new ArrayList<>();
            for (DeadlineMention mention : DeadlineExtractor.extract(TextNormalizer.normalize(text))) {
                resolver.resolve(mention, reference).ifPresent(predicted::add);
            }
            List<ResolvedDeadline> unmatched = new ArrayList<>(predicted);
            int[] domain = byDomain.computeIfAbsent(row.get("domain").asText(), k -> new int[4]);
            for (JsonNode expected : row.get("deadlines")) {
                gold++;
                domain[0]++;
                int start = text.indexOf(expected.get("text").asText());
                int end = start + expected.get("text").asText().length();
                ResolvedDeadline match = unmatched.stream().filter(p -> p.start() < end && start < p.end()).findFirst().orElse(null);
                if (match == null) {
                    misses.add("MISSED   " + expected.get("text").asText() + "  in: " + text);
                    continue;
                }
                unmatched.remove(match);
                truePositives++;
                domain[1]++;
                boolean right = OffsetDateTime.parse(expected.get("due").asText()).toInstant().equals(match.dueInstant())
                        && expected.get("precision").asText().equals(match.precision().name());
                if (right) {
                    resolvedRight++;
                    domain[2]++;
                } else {
                    misses.add("WRONG    " + match.text() + " -> " + match.due() + " " + match.precision() + ", gold "
                            + expected.get("due").asText() + " " + expected.get("precision").asText() + "  in: " + text);
                }
            }
            for (ResolvedDeadline extra : unmatched) {
                domain[3]++;
                misses.add("PHANTOM  " + extra.text() + " -> " + extra.due() + "  in: " + text);
            }
            found += predicted.size();
        }
        Score score = new Score(sentences, gold, found, truePositives, resolvedRight, misses);
        System.out.println(feed.getFileName() + ": " + score.summary());
        byDomain.forEach((name, c) -> System.out.printf("  %-10s gold %3d  matched %3d  right %3d  phantom %d%n",
                name, c[0], c[1], c[2], c[3]));
        return score;
    }
}
