package io.storywatch.text;

import io.storywatch.article.PageDebris;

/**
 * Removes page furniture from article text: debris lines ({@link PageDebris}), Markdown link
 * targets ({@code [Axios](https://...)} keeps "Axios") and bare URLs. One pass, linear in the text.
 */
public final class TextNormalizer {
    /** A link's text longer than this is not treated as a link. */
    private static final int MAX_LINK_TEXT = 300;

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String body) {
        int n = body.length();
        StringBuilder out = new StringBuilder(n);
        NormalizedText.Origins origins = new NormalizedText.Origins();
        Marks marks = new Marks(body);
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!PageDebris.isDebrisLine(body, lineStart, lineEnd)) {
                copyLine(body, lineStart, lineEnd, out, origins, marks);
            }
            if (lineEnd < n) {
                origins.add(out.length(), lineEnd, 1);
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        if (out.length() == n) { // only removals happen: nothing was removed, and the body is its own text
            return new NormalizedText(body, null);
        }
        return new NormalizedText(out.toString(), origins);
    }

    /**
     * Copies one line without link targets and URLs, in runs: the text between two removals is appended
     * at once, and the scan jumps from one bracket or "http" to the next ({@link Marks}), so most of a
     * line is never looked at char by char.
     */
    private static void copyLine(String body, int from, int to, StringBuilder out, NormalizedText.Origins origins, Marks marks) {
        int runStart = from;
        int i = marks.next(from);
        while (i < to) {
            char c = body.charAt(i);
            int skipTo = -1;
            if (c == '[' || c == ']') {
                int linkMiddle = Math.min(marks.linkMiddle(i), to); // the next "](" in this line, or `to`
                if (c == ']' && linkMiddle == i) {
                    int paren = Math.min(marks.paren(i + 2), to);
                    if (paren < to) {
                        skipTo = paren + 1; // drop the link target; the text before it stays
                    }
                }
                if (c == '[' && linkMiddle < to && linkMiddle - i < MAX_LINK_TEXT) {
                    skipTo = i + 1; // the opening bracket of a link
                }
            } else if (body.startsWith("http://", i) || body.startsWith("https://", i)) {
                skipTo = i;
                while (skipTo < to && !Character.isWhitespace(body.charAt(skipTo))) {
                    skipTo++;
                }
            }
            if (skipTo < 0) {
                i = marks.next(i + 1);
                continue;
            }
            append(body, runStart, i, out, origins);
            runStart = skipTo;
            i = marks.next(skipTo);
        }
        append(body, runStart, to, out, origins);
    }

    private static void append(String body, int from, int to, StringBuilder out, NormalizedText.Origins origins) {
        if (from < to) {
            origins.add(out.length(), from, to - from);
            out.append(body, from, to);
        }
    }

    /**
     * The next position at or after a given one of each mark the copy acts on: '[', ']', "http", "](" and
     * ')'. Asked for positions that never go back, each cached answer is searched for again only once
     * the copy has passed it, so all the searches together read the body about once per mark: a body of
     * a million brackets on a million lines still costs one pass.
     */
    private static final class Marks {
        /** How many chars {@link #next} reads one by one before it searches. */
        private static final int NEAR = 8;
        private final String body;
        private int open = -1;
        private int close = -1;
        private int http = -1;
        private int linkMiddle = -1;
        private int paren = -1;

        Marks(String body) {
            this.body = body;
        }

        /** The next '[', ']' or "http" at or after {@code i}, or the body's length. */
        int next(int i) {
            int near = Math.min(body.length(), i + NEAR);
            for (int k = i; k < near; k++) { // a mark close by (text dense with brackets) is found without a search
                char c = body.charAt(k);
                if (c == '[' || c == ']' || c == 'h' && body.startsWith("http", k)) {
                    return k;
                }
            }
            i = near; // none before `near`: the searches start there
            open = open < i ? find(body.indexOf('[', i)) : open;
            close = close < i ? find(body.indexOf(']', i)) : close;
            http = http < i ? find(body.indexOf("http", i)) : http;
            return Math.min(open, Math.min(close, http));
        }

        int linkMiddle(int i) {
            linkMiddle = linkMiddle < i ? find(body.indexOf("](", i)) : linkMiddle;
            return linkMiddle;
        }

        int paren(int i) {
            paren = paren < i ? find(body.indexOf(')', i)) : paren;
            return paren;
        }

        private int find(int found) {
            return found < 0 ? body.length() : found;
        }
    }
}
