package io.storywatch.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A parsed {@link Article#published()} value: an instant, or a date alone.
 * A date alone stands for the start of that day in the feed's zone, and {@link #dateOnly()} says so,
 * because "today" and "Friday" resolve from the date while clock-relative phrases cannot.
 */
public record PublishTime(Instant instant, boolean dateOnly) {

    /** Parses an ISO instant, an ISO date-time with offset, or an ISO date; empty when blank or unparseable. */
    public static Optional<PublishTime> parse(String published, ZoneId feedZone) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String text = published.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return Optional.of(new PublishTime(date.atStartOfDay(feedZone).toInstant(), true));
            }
            return Optional.of(new PublishTime(OffsetDateTime.parse(text).toInstant(), false));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
