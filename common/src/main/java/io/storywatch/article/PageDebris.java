package io.storywatch.article;

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

    /** True for a line that is page furniture, judged after trimming and case folding. */
    public static boolean isDebrisLine(String line) {
        String folded = line.strip().toLowerCase(Locale.ROOT);
        if (folded.isEmpty()) {
            return false;
        }
        if (WHOLE_LINES.contains(folded)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
