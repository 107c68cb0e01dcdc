package io.storywatch.deadline;

import java.time.LocalTime;

/** Parts of a day as the desk reads them; a deadline "Friday evening" is due when the evening ends. */
public enum PartOfDay {
    MORNING(LocalTime.of(6, 0), LocalTime.NOON),
    /** "early morning", "in the early hours": the small hours to 9. */
    EARLY_MORNING(LocalTime.MIDNIGHT, LocalTime.of(9, 0)),
    LUNCH(LocalTime.NOON, LocalTime.of(14, 0)),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.of(21, 0)),
    NIGHT(LocalTime.of(21, 0), LocalTime.MIDNIGHT);

    public final LocalTime start;
    /** Exclusive end; MIDNIGHT for NIGHT means the end of the day. */
    public final LocalTime end;

    PartOfDay(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }
}
