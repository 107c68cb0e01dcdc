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
            if (!PageDebris.isDebrisLine(body.substring(lineStart, lineEnd))) {
                copyLine(body, lineStart, lineEnd, out, origin);
            }
            if (lineEnd < n) {
                origin[out.length()] = lineEnd;
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(origin, 0, trimmed, 0, out.length());
        return new NormalizedText(out.toString(), trimmed);
    }

    private static void copyLine(String body, int from, int to, StringBuilder out, int[] origin) {
        int i = from;
        while (i < to) {
            char c = body.charAt(i);
            if (c == ']' && i + 1 < to && body.charAt(i + 1) == '(') {
                int close = body.indexOf(')', i + 2);
                if (close > 0 && close < to) {
                    i = close + 1; // drop the link target, the text before it stays
                    continue;
                }
            }
            if (c == '[' && body.indexOf("](", i) > 0 && body.indexOf("](", i) < Math.min(to, i + MAX_LINK_TEXT)) {
                i++; // the opening bracket of a link
                continue;
            }
            if ((c == 'h' && body.startsWith("http://", i)) || (c == 'h' && body.startsWith("https://", i))) {
                while (i < to && !Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
                continue;
            }
            origin[out.length()] = i;
            out.append(c);
            i++;
        }
    }
}
