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
        StringBuilder out = new StringBuilder(body.length());
        int[] origin = new int[body.length()];
        int n = body.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!PageDebris.isDebrisLine(body, lineStart, lineEnd)) {
                copyLine(body, lineStart, lineEnd, out, origin);
            }
            if (lineEnd < n) {
                origin[out.length()] = lineEnd;
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        if (out.length() == n) { // only removals happen: nothing was removed, and the body is its own text
            return new NormalizedText(body, null);
        }
        return new NormalizedText(out.toString(), origin);
    }

    /**
     * Copies one line without link targets and URLs, in runs: the text between two removals is appended
     * at once. The positions of the next "](" and ")" are cached and only move forward, so a line of a
     * million brackets still costs one pass.
     */
    private static void copyLine(String body, int from, int to, StringBuilder out, int[] origin) {
        int nextLinkMiddle = -1; // next "](" at or after i, or `to` when there is none
        int nextParen = -1;      // next ')' at or after the link middle, or `to`
        int runStart = from;
        int i = from;
        while (i < to) {
            char c = body.charAt(i);
            int skipTo = -1;
            if (c == '[' || c == ']') {
                if (nextLinkMiddle < i) {
                    int found = body.indexOf("](", i);
                    nextLinkMiddle = found < 0 || found >= to ? to : found;
                }
                if (c == ']' && nextLinkMiddle == i) {
                    if (nextParen < i + 2) {
                        int found = body.indexOf(')', i + 2);
                        nextParen = found < 0 || found >= to ? to : found;
                    }
                    if (nextParen < to) {
                        skipTo = nextParen + 1; // drop the link target; the text before it stays
                    }
                }
                if (c == '[' && nextLinkMiddle < to && nextLinkMiddle - i < MAX_LINK_TEXT) {
                    skipTo = i + 1; // the opening bracket of a link
                }
            } else if (c == 'h' && (body.startsWith("http://", i) || body.startsWith("https://", i))) {
                skipTo = i;
                while (skipTo < to && !Character.isWhitespace(body.charAt(skipTo))) {
                    skipTo++;
                }
            }
            if (skipTo < 0) {
                i++;
                continue;
            }
            append(body, runStart, i, out, origin);
            i = skipTo;
            runStart = skipTo;
        }
        append(body, runStart, to, out, origin);
    }

    private static void append(String body, int from, int to, StringBuilder out, int[] origin) {
        int at = out.length();
        for (int k = from; k < to; k++) {
            origin[at++] = k;
        }
        out.append(body, from, to);
    }
}
