package io.storywatch.wire;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A record of the desk's repartition topic: an analysed article, or a tick of the feed's clock from
 * one input partition (its time is the record timestamp; the partition travels in a header). Written
 * with its kind: {@code {"kind":"article","article":{...}}}, {@code {"kind":"tick"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = DeskRecord.Article.class, name = "article"),
        @JsonSubTypes.Type(value = DeskRecord.Tick.class, name = "tick")})
public sealed interface DeskRecord {
    /** An article the analysis stage passed. */
    record Article(AnalyzedArticle article) implements DeskRecord {
    }

    /** The feed's clock reached the record's timestamp on the input partition named in the header. */
    record Tick() implements DeskRecord {
    }
}
