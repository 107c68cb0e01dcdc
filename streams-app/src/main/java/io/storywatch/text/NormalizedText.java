package io.storywatch.text;

/**
 * Article text with page furniture removed, that still knows where each character came from, so
 * that anything found in it can be reported as offsets into the original body.
 */
public final class NormalizedText {
    private final String text;
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
        if (offset < origin.length) {
            return origin[offset];
        }
        return origin.length == 0 ? 0 : origin[origin.length - 1] + 1;
    }
}
