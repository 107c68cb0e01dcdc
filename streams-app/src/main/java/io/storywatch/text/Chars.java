package io.storywatch.text;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} answered by a table for
 * ASCII, the chars of most news text, and by the JDK for the rest: the tokenizers ask once per char.
 */
public final class Chars {
    private static final boolean[] LETTERS = new boolean[128];
    private static final boolean[] LETTERS_OR_DIGITS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            LETTERS[c] = Character.isLetter(c);
            LETTERS_OR_DIGITS[c] = Character.isLetterOrDigit(c);
        }
    }

    private Chars() {
    }

    public static boolean isLetter(char c) {
        return c < 0x80 ? LETTERS[c] : Character.isLetter(c);
    }

    public static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? LETTERS_OR_DIGITS[c] : Character.isLetterOrDigit(c);
    }
}
