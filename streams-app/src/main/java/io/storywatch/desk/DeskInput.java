package io.storywatch.desk;

import io.storywatch.dedup.CopyMatch;
import io.storywatch.wire.AnalyzedArticle;

/**
 * What flows between the desk's processors, in feed order: an article, the same article once checked
 * for copies, or a tick of the desk's clock. The record timestamp is the feed time of each.
 */
public sealed interface DeskInput {
    /** An article released by the feed-order stage. */
    record Arrival(AnalyzedArticle article) implements DeskInput {
    }

    /** An article with the copies stage's verdict. */
    record Screened(AnalyzedArticle article, CopyMatch copy) implements DeskInput {
    }

    /**
     * The desk's clock moved to {@code now}. Everything dated before {@code horizon} is forgotten
     * ({@link Long#MIN_VALUE}: nothing yet); the horizon moves on once a feed hour (see {@link FeedTime}).
     */
    record Tick(long now, long horizon) implements DeskInput {
    }
}
