package io.storywatch.story;

import io.storywatch.deadline.Precision;

import java.time.OffsetDateTime;

/**
 * A change of a tracked deadline: {@code REFINED} when a more precise mention falls within it
 * ("Friday evening" → "5:01 PM ET Friday"), {@code MOVED} when coverage says it changed.
 */
public record Revision(Kind kind, OffsetDateTime from, Precision fromPrecision, OffsetDateTime to,
                       Precision toPrecision, String articleId, long at) {
    public enum Kind { REFINED, MOVED }
}
