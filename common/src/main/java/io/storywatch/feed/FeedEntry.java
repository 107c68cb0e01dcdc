package io.storywatch.feed;

import io.storywatch.article.Article;

/**
 * One record-to-be of a feed: where it came from ({@code file:line}), the parsed article when the
 * entry parses, and the exact bytes to publish.
 *
 * @param article null when the entry does not parse as an article ({@link #problem()} says why)
 * @param value   the record value: the article as JSON, or a JSON Lines line exactly as read
 */
public record FeedEntry(String origin, Article article, byte[] value, String problem) {
    public boolean parsed() {
        return article != null;
    }
}
