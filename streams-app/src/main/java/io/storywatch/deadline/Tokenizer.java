package io.storywatch.deadline;

import io.storywatch.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words, numbers, punctuation and sentence breaks in one left-to-right pass: each
 * character is looked at a bounded number of times, so the cost is linear in the text length
 * whatever the input (no regular expressions, no backtracking).
 */
final class Tokenizer {
    /** Abbreviations whose trailing dot belongs to the word and does not end a sentence. */
    private static final WordMap<String> ABBREVIATIONS = WordMap.of(Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "no", "vs", "inc", "corp", "co"));
    /** Abbreviations that are English words too: in lower case before a new sentence, their dot ends it ("dried by the sun."). */
    private static final Set<String> WORDS_TOO = Set.of("mar", "wed", "sat", "sun", "no", "co");
    /** Longest digit run kept as one number token; longer runs are split, which changes nothing for dates. */
    private static final int MAX_DIGITS = 12;

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        char[] chars = text.toCharArray(); // read by index: no String.charAt checks per char
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (Chars.isLetter(c)) {
                i = word(text, chars, i, tokens);
            } else if (c >= '0' && c <= '9') {
                i = number(text, chars, i, tokens);
            } else if (c == '\n') {
                int j = i;
                while (j < n && Character.isWhitespace(chars[j])) {
                    j++;
                }
                tokens.add(new Token(Token.Kind.BREAK, chars, i, i + 1, false, "\n", -1));
                i = j;
            } else if (c == '.' && i > 0 && isDigit(chars[i - 1]) && i + 1 < n && isDigit(chars[i + 1])) {
                tokens.add(new Token(Token.Kind.PUNCT, chars, i, i + 1, false, ".", -1)); // "1.10.2026": no sentence ends
                i++;
            } else if (c == '.' || c == '!' || c == '?' || c == ';') {
                tokens.add(new Token(Token.Kind.BREAK, chars, i, i + 1, false, single(c), -1));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                tokens.add(new Token(Token.Kind.PUNCT, chars, i, i + 1, false, single(c), -1));
                i++;
            }
        }
        return tokens;
    }

    /** Letters, with inner dots ("p.m.", "U.S."), hyphens and apostrophes between letters. */
    private static int word(String text, char[] chars, int start, List<Token> tokens) {
        int n = chars.length;
        int i = start;
        boolean innerDot = false;
        long key = 0; // packed while scanning; -1 once the word cannot be packed
        while (i < n) {
            char c = chars[i];
            if (Chars.isLetter(c)) {
                if (key >= 0) {
                    int code = Token.code(c);
                    key = code < 0 || i - start >= Token.MAX_PACKED ? -1 : key << 5 | code;
                }
                i++;
            } else if ((c == '.' || c == '-' || c == '\'' || c == '’') && i + 1 < n && Chars.isLetter(chars[i + 1])
                    && (c != '.' || isSingleLetterBefore(chars, i, start))) {
                innerDot |= c == '.';
                key = c == '-' && key >= 0 && i - start < Token.MAX_PACKED ? key << 5 | 27 : -1;
                i++;
            } else {
                break;
            }
        }
        boolean capitalized = Character.isUpperCase(chars[start]);
        if (i < n && chars[i] == '.' && (innerDot || (key > 0 ? ABBREVIATIONS.containsPacked(key) : ABBREVIATIONS.contains(
                new Token(Token.Kind.WORD, chars, start, i, capitalized, null, -1).norm())))
                && (innerDot || capitalized || !endsASentence(chars, i) || !WORDS_TOO.contains(text.substring(start, i)))) {
            i++; // "p.m." and "Feb." keep their dot
            key = -1;
        }
        int end = i;
        String norm = null;
        if (end - start > 2 && (chars[end - 2] == '\'' || chars[end - 2] == '’')
                && (chars[end - 1] == 's' || chars[end - 1] == 'S')) {
            end -= 2; // "Friday's deadline" reads as "Friday deadline"
            key = -1;
        }
        tokens.add(new Token(Token.Kind.WORD, chars, start, end, capitalized, norm, key));
        return i;
    }

    /** Whether the dot at {@code dot} ends the text or comes before a capital, a new line or a quote's end. */
    private static boolean endsASentence(char[] chars, int dot) {
        int k = dot + 1;
        if (k < chars.length && (chars[k] == '"' || chars[k] == '”' || chars[k] == '’' || chars[k] == ')')) {
            k++;
        }
        if (k >= chars.length || chars[k] == '\n') {
            return true;
        }
        if (chars[k] != ' ') {
            return false;
        }
        while (k < chars.length && chars[k] == ' ') {
            k++;
        }
        return k >= chars.length || chars[k] == '\n' || Character.isUpperCase(chars[k]);
    }

    /** An inner dot joins single letters only: "p.m", "U.S", not "end.Next". */
    private static boolean isSingleLetterBefore(char[] chars, int dot, int wordStart) {
        return dot - wordStart == 1 || (dot >= 2 && chars[dot - 2] == '.');
    }

    /** Digits, optionally ":MM" and an ordinal suffix ("27th"); "5pm" splits into "5" and "pm". */
    private static int number(String text, char[] chars, int start, List<Token> tokens) {
        int n = chars.length;
        int i = start;
        while (i < n && i - start < MAX_DIGITS && isDigit(chars[i])) {
            i++;
        }
        if (i + 2 < n && chars[i] == ':' && isDigit(chars[i + 1]) && isDigit(chars[i + 2])
                && (i + 3 >= n || !isDigit(chars[i + 3]))) {
            i += 3; // "5:01": its digits and colon are its lower-case form, built when first asked for
        } else if (i - start <= 2 && i + 2 < n && chars[i] == '.' && isDigit(chars[i + 1]) && isDigit(chars[i + 2])
                && (i + 3 >= n || !isDigit(chars[i + 3])) && meridiemAt(chars, i + 3)) {
            String clock = text.substring(start, i) + ':' + chars[i + 1] + chars[i + 2];
            tokens.add(new Token(Token.Kind.NUMBER, chars, start, i + 3, false, clock, -1));
            return i + 3; // "5.30pm", "5.30 p.m.": the British clock reads as "5:30"
        } else if (i + 1 < n && chars[i] == '.' && isDigit(chars[i + 1])) {
            int fraction = i + 1;
            while (fraction < n && fraction - i <= MAX_DIGITS && isDigit(chars[fraction])) {
                fraction++;
            }
            tokens.add(new Token(Token.Kind.NUMBER, chars, start, fraction, false, text.substring(start, fraction), -1));
            return fraction; // "2.5": one number, no day, hour or year, and no sentence ends at its dot
        } else if (i + 1 < n) {
            char first = Character.toLowerCase(chars[i]);
            char second = Character.toLowerCase(chars[i + 1]);
            boolean ordinal = first == 's' && second == 't' || first == 'n' && second == 'd'
                    || first == 'r' && second == 'd' || first == 't' && second == 'h';
            if (ordinal && (i + 2 >= n || !Chars.isLetter(chars[i + 2]))) {
                tokens.add(new Token(Token.Kind.NUMBER, chars, start, i + 2, false, text.substring(start, i), -1));
                return i + 2; // "27th" reads as 27
            }
            if (first == 'i' && second == 's' && i + 2 < n && (chars[i + 2] | 0x20) == 'h'
                    && (i + 3 >= n || !Chars.isLetter(chars[i + 3]))) {
                tokens.add(new Token(Token.Kind.NUMBER, chars, start, i + 3, false, text.substring(start, i), -1));
                return i + 3; // "3ish" reads as 3: a deadline about then is due then
            }
        }
        tokens.add(new Token(Token.Kind.NUMBER, chars, start, i, false, null, -1));
        return i;
    }

    /** Whether "am", "pm", "a.m." or "p.m." (any case, one space before it at most) begins at {@code i}. */
    private static boolean meridiemAt(char[] chars, int i) {
        int k = i < chars.length && chars[i] == ' ' ? i + 1 : i;
        if (k + 1 >= chars.length || (chars[k] | 0x20) != 'a' && (chars[k] | 0x20) != 'p') {
            return false;
        }
        int m = chars[k + 1] == '.' ? k + 2 : k + 1;
        return m < chars.length && (chars[m] | 0x20) == 'm' && (m + 1 >= chars.length || !Chars.isLetter(chars[m + 1]));
    }

    /** A one-char token's text: ASCII ones are shared, not allocated per token. */
    private static String single(char c) {
        return c < ASCII.length ? ASCII[c] : String.valueOf(c);
    }

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
