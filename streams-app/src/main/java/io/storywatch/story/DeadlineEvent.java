package io.storywatch.story;

import io.storywatch.alert.AlertType;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Something that happened to a tracked deadline, at feed time {@code at}.
 *
 * @param previousDue for DEADLINE_REVISED
 * @param threshold   for DEADLINE_APPROACHING: how long before the deadline the alert is
 * @param revision    for DEADLINE_REVISED
 */
public record DeadlineEvent(AlertType type, TrackedDeadline deadline, long at, String articleId,
                            OffsetDateTime previousDue, Duration threshold, Revision revision) {
}
