package io.storywatch;

/** Topic names shared by the producer, the topology, the tools and the tests. */
public final class Topics {
    /** Input: Article JSON keyed by article id; also carries the feed clock's ticks. */
    public static final String ARTICLES = "news.articles";
    /** Output: one EnrichedArticle (verdict, story, resolved deadlines) per input article. */
    public static final String ENRICHED = "news.articles.enriched";
    /** Output: alerts keyed by story id. */
    public static final String ALERTS = "news.alerts";
    /** Dead letters: the original bytes of every rejected record, with the reason in headers. */
    public static final String DLQ = "news.articles.dlq";

    private Topics() {
    }
}
