package io.storywatch.deadline;

/**
 * A token of article text. Words keep only their position and a packed key while scanning; their
 * lower-case form ({@link #norm()}) is built when the scanner first asks for it, which it does for a
 * small share of tokens (candidates and the words around them).
 */
final class Token {
    enum Kind { WORD, NUMBER, PUNCT, BREAK }

    /** Words of up to this many letters (a-z and '-') get a packed key. */
    static final int MAX_PACKED = 12;

    private final Kind kind;
    /** The whole text's chars, shared by its tokens (read by index: no String.charAt checks per char). */
    private final char[] text;
    private final int start;
    private final int end;
    private final boolean capitalized;
    private final long key;
    private String norm;

    /**
     * @param norm  the lower-case form when known (numbers, punctuation), else null: computed from the text
     * @param key   the word packed 5 bits a letter (a-z = 1-26, '-' = 27), or -1 when it does not fit
     */
    Token(Kind kind, char[] text, int start, int end, boolean capitalized, String norm, long key) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.capitalized = capitalized;
        this.norm = norm;
        this.key = key;
    }

    Kind kind() {
        return kind;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean capitalized() {
        return capitalized;
    }

    /** A word the tokenizer read without its "'s" ("the year's" reads as "the year"). */
    boolean possessive() {
        return kind == Kind.WORD && end + 1 < text.length && (text[end] == '\'' || text[end] == '’')
                && (text[end + 1] == 's' || text[end + 1] == 'S');
    }

    /** The packed key of a short a-z word, or -1. */
    long key() {
        return key;
    }

    /** Lower case with dots removed and one kind of apostrophe: "p.m." → "pm", "Feb." → "feb"; digits for numbers. */
    String norm() {
        if (norm == null) {
            char[] lower = new char[end - start];
            int n = 0;
            for (int k = start; k < end; k++) {
                char c = text[k];
                if (c >= 'A' && c <= 'Z') {
                    lower[n++] = (char) (c + ('a' - 'A'));
                } else if (c < 0x80) {
                    if (c != '.') {
                        lower[n++] = c;
                    }
                } else {
                    lower[n++] = c == '’' ? '\'' : Character.toLowerCase(c);
                }
            }
            norm = new String(lower, 0, n);
        }
        return norm;
    }

    /**
     * Whether the word is {@code word} (lower case). A packed word (a-z and '-', no dots) is compared letter by
     * letter without building its lower-case form: most tokens the scanner tests are no match.
     */
    boolean is(String word) {
        if (norm == null && key >= 0) {
            int n = end - start;
            if (n != word.length()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if ((text[start + i] | 0x20) != word.charAt(i)) { // ASCII letters fold by one bit; '-' has it set
                    return false;
                }
            }
            return true;
        }
        return norm().equals(word);
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

    /** The number's value; -1 for numbers too long to mean a day, an hour or a year, and for decimals ("2.5"). */
    int intValue() {
        String n = norm();
        int colon = n.indexOf(':');
        String digits = colon < 0 ? n : n.substring(0, colon);
        return digits.length() > 4 || digits.indexOf('.') >= 0 ? -1 : Integer.parseInt(digits);
    }

    /** Minutes of a "5:01" number, or -1 when no minutes are written. */
    int minutes() {
        String n = norm();
        int colon = n.indexOf(':');
        return colon < 0 ? -1 : Integer.parseInt(n.substring(colon + 1));
    }

    /** The packed key of a lower-case a-z word (as {@link #key()} computes it), or -1. */
    static long pack(String word) {
        if (word.length() > MAX_PACKED) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < word.length(); i++) {
            int code = code(word.charAt(i));
            if (code < 0) {
                return -1;
            }
            key = key << 5 | code;
        }
        return key;
    }

    static int code(char c) {
        return c < CODES.length ? CODES[c] : -1;
    }

    /** {@link #code} of each ASCII char: a-z and A-Z 1-26, '-' 27, any other -1. */
    private static final byte[] CODES = new byte[128];

    static {
        java.util.Arrays.fill(CODES, (byte) -1);
        for (char c = 'a'; c <= 'z'; c++) {
            CODES[c] = (byte) (c - 'a' + 1);
            CODES[c - 'a' + 'A'] = (byte) (c - 'a' + 1);
        }
        CODES['-'] = 27;
    }
}
