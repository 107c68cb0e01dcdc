package io.storywatch.text;

/**
 * Article text with page furniture removed, that still knows where each character came from, so
 * that anything found in it can be reported as offsets into the original body.
 */
public final class NormalizedText {
    private final String text;
    /** Where each character came from (at least {@code text.length()} entries); null when nothing was removed. */
    private final int[] origin;

    NormalizedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    public String text() {
        return text;
    }

    /** Offset in the original body of the character at {@code offset}; the body's end for the end. */
    public int originOf(int offset) {
        if (origin == null) {
            return Math.min(offset, text.length());
        }
        if (offset < text.length()) {
            return origin[offset];
        }
        return text.isEmpty() ? 0 : origin[text.length() - 1] + 1;
    }
}
