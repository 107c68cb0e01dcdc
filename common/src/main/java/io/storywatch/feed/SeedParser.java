package io.storywatch.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.storywatch.article.Article;
import io.storywatch.article.PageDebris;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one seed article file. Three layouts occur in scraped news:
 * <ol>
 *   <li>YAML front matter between {@code ---} lines (title, url, published, source/author, ...), then the body;</li>
 *   <li>a leading {@code " date YYYY-MM-DD "} marker, then the body;</li>
 *   <li>bare text: no date and no outlet, the headline (if any) on the first real line.</li>
 * </ol>
 * The body is the text after the front matter or date marker, otherwise untouched: deadline offsets
 * point into it. Outlet: the URL's host, else the file's name without extension.
 */
public final class SeedParser {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern DATE_MARKER = Pattern.compile("\\A\\s{0,8}date\\s{1,8}(\\d{4}-\\d{2}-\\d{2})\\s");
    private static final int MAX_TITLE = 160;

    private SeedParser() {
    }

    /**
     * @param fileName used for the outlet when there is no URL, and in error messages
     * @throws FeedException naming the file and line when the front matter is broken or the body is empty
     */
    public static Article parse(String fileName, String text) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            return parseFrontMatter(fileName, stem, text);
        }
        Matcher marker = DATE_MARKER.matcher(text);
        if (marker.lookingAt()) {
            String body = text.substring(marker.end());
            return build(fileName, stem, null, null, null, marker.group(1), body);
        }
        return build(fileName, stem, null, null, null, null, text);
    }

    private static Article parseFrontMatter(String fileName, String stem, String text) {
        int firstLineEnd = text.indexOf('\n') + 1;
        int close = text.indexOf("\n---", firstLineEnd - 1);
        if (close < 0) {
            throw new FeedException(fileName + ":1: front matter opened with --- is never closed");
        }
        String yaml = text.substring(firstLineEnd, close + 1);
        int bodyStart = text.indexOf('\n', close + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        Map<?, ?> fields;
        try {
            Object parsed = YAML.readValue(yaml, Object.class);
            fields = parsed instanceof Map<?, ?> map ? map : Map.of();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 2 : e.getLocation().getLineNr() + 1;
            throw new FeedException(fileName + ":" + line + ": front matter is not valid YAML: " + e.getOriginalMessage(), e);
        }
        String author = string(fields.get("author"));
        if (author == null) {
            author = string(fields.get("source"));
        }
        return build(fileName, stem, string(fields.get("url")), string(fields.get("title")), author,
                string(fields.get("published")), body);
    }

    private static Article build(String fileName, String stem, String url, String title, String author,
                                 String published, String body) {
        if (body.isBlank()) {
            throw new FeedException(fileName + ":1: the article has no body");
        }
        String outlet = outletOf(url);
        if (outlet == null) {
            outlet = stem;
        }
        if (title == null) {
            title = headlineOf(body);
        }
        String id = Ids.of(url != null ? url : body);
        return new Article(id, url, outlet, title, author, published, body, null);
    }

    /** The URL's host without a leading "www.", or null when there is no usable URL. */
    public static String outletOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first real line if it reads as a headline, else the start of the first sentence. */
    static String headlineOf(String body) {
        for (String line : body.split("\n")) {
            String candidate = line.strip();
            if (candidate.isEmpty() || PageDebris.isDebrisLine(candidate)) {
                continue;
            }
            boolean headline = candidate.length() <= MAX_TITLE && !candidate.endsWith(".");
            return headline ? candidate : shorten(candidate);
        }
        return null;
    }

    private static String shorten(String paragraph) {
        int sentenceEnd = paragraph.indexOf(". ");
        String sentence = sentenceEnd > 0 ? paragraph.substring(0, sentenceEnd) : paragraph;
        if (sentence.length() <= MAX_TITLE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_TITLE);
        return sentence.substring(0, cut > 0 ? cut : MAX_TITLE) + "…";
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
