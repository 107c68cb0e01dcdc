package io.storywatch.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A deadline mention resolved to an instant.
 *
 * @param due       when the deadline falls: the stated minute, or the end of a coarser period
 *                  ("Friday evening" is due when the evening ends)
 * @param windowStart start of the period the wording allows; equals {@code due} for MINUTE and HOUR
 * @param start     offset of the mention in the article body
 */
public record ResolvedDeadline(String text, OffsetDateTime due, Precision precision, Instant windowStart,
                               int start, int end) {

    /** Two mentions name the same deadline when their periods, widened by the tolerance, meet. */
    public boolean sameDeadlineAs(ResolvedDeadline other, Duration tolerance) {
        Instant aStart = windowStart.minus(tolerance);
        Instant aEnd = due.toInstant().plus(tolerance);
        Instant bStart = other.windowStart;
        Instant bEnd = other.due.toInstant();
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    /** This deadline as another mention states it (an anaphor that refers to it). */
    public ResolvedDeadline citedAs(DeadlineMention mention) {
        return new ResolvedDeadline(mention.text(), due, precision, windowStart, mention.start(), mention.end());
    }

    @JsonIgnore
    public Instant dueInstant() {
        return due.toInstant();
    }
}
