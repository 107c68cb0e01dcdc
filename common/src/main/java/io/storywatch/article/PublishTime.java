package io.storywatch.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A parsed {@link Article#published()} value: an instant, or a date alone. A time outside
 * {@link #EARLIEST}..{@link #LATEST} is not a publish time (year 1, year 9999): it counts as unknown.
 * A date alone stands for the start of that day in the feed's zone, and {@link #dateOnly()} says so,
 * because "today" and "Friday" resolve from the date while clock-relative phrases cannot.
 */
public record PublishTime(Instant instant, boolean dateOnly) {
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** Parses an ISO instant, an ISO date-time with offset, or an ISO date; empty when blank or unparseable. */
    public static Optional<PublishTime> parse(String published, ZoneId feedZone) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String text = published.strip();
        try {
            PublishTime parsed = text.length() == 10
                    ? new PublishTime(LocalDate.parse(text).atStartOfDay(feedZone).toInstant(), true)
                    : new PublishTime(OffsetDateTime.parse(text).toInstant(), false);
            boolean plausible = !parsed.instant().isBefore(EARLIEST) && parsed.instant().isBefore(LATEST);
            return plausible ? Optional.of(parsed) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
