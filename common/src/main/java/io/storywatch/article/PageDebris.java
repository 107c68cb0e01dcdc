package io.storywatch.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Lines that web pages leave in scraped article text and that are not part of the article:
 * navigation ("top of page"), ad slots ("Advertisement"), cross-links ("Also Read | ...").
 * The rules are about page furniture in general, not about any one site.
 */
public final class PageDebris {
    private static final Set<String> WHOLE_LINES = Set.of(
            "advertisement", "advertisements", "sponsored", "sponsored content", "ad", "story continues below advertisement",
            "top of page", "bottom of page", "back to top", "skip to content", "skip to main content",
            "view bio", "share", "share this article", "share this", "subscribe", "sign up", "read more",
            "continue reading", "click here", "related", "related articles", "recommended", "trending");
    private static final String[] PREFIXES = {
            "also read |", "also read:", "also read -", "read also:", "read also |", "read more:", "read more |",
            "related:", "related |", "recommended:", "watch:", "see also:"};

    private PageDebris() {
    }

    private static final int LONGEST_WHOLE_LINE = WHOLE_LINES.stream().mapToInt(String::length).max().orElse(0);
    private static final int LONGEST_PREFIX = Arrays.stream(PREFIXES).mapToInt(String::length).max().orElse(0);

    /**
     * True for a line that is page furniture, judged after trimming and case folding. Only the head of a
     * long line is folded: a paragraph is longer than any furniture line, so only a prefix can match it
     * (lower-casing never shortens a text).
     */
    public static boolean isDebrisLine(String line) {
        return isDebrisLine(line, 0, line.length());
    }

    /** {@link #isDebrisLine(String)} of {@code text.substring(from, to)}, without copying a long line. */
    public static boolean isDebrisLine(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return false;
        }
        if (to - from <= LONGEST_WHOLE_LINE && WHOLE_LINES.contains(text.substring(from, to).toLowerCase(Locale.ROOT))) {
            return true;
        }
        String head = text.substring(from, Math.min(to, from + LONGEST_PREFIX)).toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (head.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
