package io.storywatch.deadline;

/**
 * A token of article text.
 *
 * @param norm   lower case with dots removed: "p.m." → "pm", "Feb." → "feb"; for numbers the digits ("5:01", "27")
 * @param start  offset of the first character in the scanned text
 * @param end    offset after the last character
 */
record Token(Kind kind, String norm, int start, int end, boolean capitalized) {
    enum Kind { WORD, NUMBER, PUNCT, BREAK }

    boolean is(String word) {
        return norm.equals(word);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Sentence or paragraph boundary: cues never reach across one. */
    boolean endsSentence() {
        return kind == Kind.BREAK;
    }

    /** The number's value; -1 for numbers too long to mean a day, an hour or a year. */
    int intValue() {
        int colon = norm.indexOf(':');
        String digits = colon < 0 ? norm : norm.substring(0, colon);
        return digits.length() > 4 ? -1 : Integer.parseInt(digits);
    }

    /** Minutes of a "5:01" number, or -1 when no minutes are written. */
    int minutes() {
        int colon = norm.indexOf(':');
        return colon < 0 ? -1 : Integer.parseInt(norm.substring(colon + 1));
    }
}
