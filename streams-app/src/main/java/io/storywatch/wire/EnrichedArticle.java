package io.storywatch.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storywatch.deadline.Precision;

import java.time.OffsetDateTime;
import java.util.List;

/** The desk's verdict on one article, on {@code news.articles.enriched} (key = article id). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedArticle(String articleId, String storyId, Verdict verdict, String duplicateOf, String outlet,
                              String published, OffsetDateTime referenceTime, ReferenceSource referenceSource,
                              List<Deadline> deadlines, List<Mention> mentions) implements DeskOutput {

    public enum ReferenceSource {
        @com.fasterxml.jackson.annotation.JsonProperty("published") PUBLISHED,
        @com.fasterxml.jackson.annotation.JsonProperty("story") STORY,
        @com.fasterxml.jackson.annotation.JsonProperty("ingest") INGEST
    }

    /** A deadline mention resolved against the reference time; start/end are offsets into the body. */
    public record Deadline(String text, OffsetDateTime due, Precision precision, int start, int end) {
    }

    /**
     * Every deadline mention found, in text order: the {@code deadlines} above and also past ones,
     * open ones and anaphors; {@code due} and {@code precision} are null where no value is known.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Mention(String text, MentionStatus status, OffsetDateTime due, Precision precision, int start,
                          int end) {
    }

    /** What a mention is to the desk. */
    public enum MentionStatus {
        /** A stated deadline still ahead at the reference time: one of {@code deadlines}. */
        @com.fasterxml.jackson.annotation.JsonProperty("ahead") AHEAD,
        /** A stated deadline already past at the reference time ("the Friday deadline passed"). */
        @com.fasterxml.jackson.annotation.JsonProperty("past") PAST,
        /** A deadline whose time the text does not pin: a range, a month, a window with no dated start. */
        @com.fasterxml.jackson.annotation.JsonProperty("open") OPEN,
        /** Refers to a deadline stated elsewhere in the article or the story ("before the deadline"). */
        @com.fasterxml.jackson.annotation.JsonProperty("anaphor") ANAPHOR
    }
}
