package io.storywatch.wire;

import io.storywatch.deadline.Precision;

import java.time.OffsetDateTime;

/** One article's wording of a tracked deadline. */
public record Source(String articleId, String outlet, String text, OffsetDateTime due, Precision precision) {
}
