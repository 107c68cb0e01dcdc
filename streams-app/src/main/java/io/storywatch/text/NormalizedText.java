package io.storywatch.text;

import java.util.Arrays;

/**
 * Article text with page furniture removed, that still knows where each character came from, so
 * that anything found in it can be reported as offsets into the original body.
 */
public final class NormalizedText {
    private final String text;
    /** Where the runs of the text came from; null when nothing was removed. */
    private final Origins origins;

    NormalizedText(String text, Origins origins) {
        this.text = text;
        this.origins = origins;
    }

    public String text() {
        return text;
    }

    /** Offset in the original body of the character at {@code offset}; the body's end for the end. */
    public int originOf(int offset) {
        if (origins == null) {
            return Math.min(offset, text.length());
        }
        if (offset < text.length()) {
            return origins.of(offset);
        }
        return text.isEmpty() ? 0 : origins.of(text.length() - 1) + 1;
    }

    /**
     * The text as runs copied from the body: run k starts at {@code textStart[k]} in the text and at
     * {@code bodyStart[k]} in the body. A run that continues the one before in both is merged into it, so
     * a body with a few removals has a few runs, and a character's origin is a binary search away.
     */
    static final class Origins {
        private int[] textStart = new int[8];
        private int[] bodyStart = new int[8];
        private int runs;
        private int textEnd;

        /** Appends {@code length} chars taken from {@code from} in the body at {@code at} in the text. */
        void add(int at, int from, int length) {
            if (runs > 0 && at == textEnd && from - bodyStart[runs - 1] == at - textStart[runs - 1]) {
                textEnd += length; // continues the last run
                return;
            }
            if (runs == textStart.length) {
                textStart = Arrays.copyOf(textStart, runs * 2);
                bodyStart = Arrays.copyOf(bodyStart, runs * 2);
            }
            textStart[runs] = at;
            bodyStart[runs] = from;
            runs++;
            textEnd = at + length;
        }

        int of(int offset) {
            int run = Arrays.binarySearch(textStart, 0, runs, offset);
            run = run >= 0 ? run : -run - 2; // the last run that starts at or before the offset
            return bodyStart[run] + (offset - textStart[run]);
        }
    }
}
