package io.storywatch.deadline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The time a mention is resolved against: the article's publish time, or for an undated article
 * the time of the story it joins, or the feed's clock at ingest.
 *
 * @param dateOnly the time of day is unknown (a publish date without a time): "in 3 hours" cannot be resolved
 * @param zone     the feed's (or the outlet's) zone: deadlines stated without a zone are in it
 */
public record Reference(Instant instant, boolean dateOnly, ZoneId zone) {
}
