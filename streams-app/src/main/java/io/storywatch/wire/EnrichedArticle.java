package io.storywatch.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storywatch.deadline.Precision;

import java.time.OffsetDateTime;
import java.util.List;

/** The desk's verdict on one article, on {@code news.articles.enriched} (key = article id). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedArticle(String articleId, String storyId, Verdict verdict, String duplicateOf, String outlet,
                              String published, OffsetDateTime referenceTime, ReferenceSource referenceSource,
                              List<Deadline> deadlines) implements DeskOutput {

    public enum ReferenceSource {
        @com.fasterxml.jackson.annotation.JsonProperty("published") PUBLISHED,
        @com.fasterxml.jackson.annotation.JsonProperty("story") STORY,
        @com.fasterxml.jackson.annotation.JsonProperty("ingest") INGEST
    }

    /** A deadline mention resolved against the reference time; start/end are offsets into the body. */
    public record Deadline(String text, OffsetDateTime due, Precision precision, int start, int end) {
    }
}
