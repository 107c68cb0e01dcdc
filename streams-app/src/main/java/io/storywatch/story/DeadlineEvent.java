package io.storywatch.story;

import java.time.Duration;

/** Something that happened to a tracked deadline, at feed time {@code at()}: one of four kinds. */
public sealed interface DeadlineEvent {
    TrackedDeadline deadline();

    long at();

    /** A deadline the story did not hold yet, stated by article {@code articleId}. */
    record Detected(TrackedDeadline deadline, long at, String articleId) implements DeadlineEvent {
    }

    /** Article {@code articleId} refined or moved the deadline: {@code revision} says from what to what. */
    record Revised(TrackedDeadline deadline, long at, String articleId, Revision revision) implements DeadlineEvent {
    }

    /** The deadline is {@code threshold} away (or less, when it was first seen inside the threshold). */
    record Approaching(TrackedDeadline deadline, long at, Duration threshold) implements DeadlineEvent {
    }

    /** The deadline's due has come. */
    record Passed(TrackedDeadline deadline, long at) implements DeadlineEvent {
    }
}
