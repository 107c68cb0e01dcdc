package io.storywatch.deadline;

import java.time.Instant;

/**
 * The time a mention is resolved against: the article's publish time, or for an undated article
 * the time of the story it joins, or the feed's clock at ingest.
 *
 * @param dateOnly the time of day is unknown (a publish date without a time): "in 3 hours" cannot be resolved
 */
public record Reference(Instant instant, boolean dateOnly) {
}
