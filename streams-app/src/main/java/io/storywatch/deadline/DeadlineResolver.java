package io.storywatch.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a {@link TimeExpression} to an instant against a {@link Reference}. The policy (also a
 * table in the README):
 * <ul>
 *   <li>a weekday is its next occurrence on or after the reference day (the same day counts: "until
 *       Friday" written on a Friday is that day), except yesterday's: a bare weekday six days ahead is
 *       the day before (a week ahead is written "next Wednesday") unless its sentence binds someone
 *       ahead ("must", "will", "until", "unless", "is due to") or moves the deadline ("extended to Tuesday");
 *       "next Friday" is strictly after the
 *       reference day; in a sentence that reports the deadline after the fact ("passed", "expired",
 *       "had until") it is the nearest one on or before the reference day;</li>
 *   <li>a date without a year is its next occurrence, unless the last one lies at most 60 days back
 *       or, in a sentence that binds no one ahead, less than half as far back as the next lies ahead:
 *       then it names a past deadline ("must file by Dec. 31" written in March is the next one); a
 *       weekday that contradicts its date gives no value;</li>
 *   <li>a window ("within 48 hours", "a 90-day pause") counts from the reference time, or from the
 *       date the text gives it ("50 days from July 14"), or from the weekday its sentence reports the
 *       grant on ("on Monday gave them 24 hours"), else the article's lead does (the extractor dates it), except an extension ("another 75 days"), which the
 *       article counts from the deadline it extends; hours from a day with no time of day end on the
 *       day they reach (24 hours: the next day);</li>
 *   <li>a weekday with a clock time already past on that same day is next week's;</li>
 *   <li>a clock time without a day is its next occurrence after the reference;</li>
 *   <li>midnight is the end of the day it names ("midnight Sunday" = Sunday 24:00);</li>
 *   <li>a part of day is due when it ends (evening 17-21h), a day at 23:59 (the day a threatened action
 *       starts, "a shutdown starting Sunday", at 00:00), "end of the week" on
 *       Friday 23:59, "end of the month/year" on its last day 23:59;</li>
 *   <li>zones: the written abbreviation (US ones follow daylight saving), else the feed's zone.</li>
 * </ul>
 * {@link #value} gives the instant any mention names, past or not ("the Friday deadline passed");
 * {@link #resolve} keeps only deadlines still ahead at the reference time and at most {@link #HORIZON}
 * ahead: the ones a desk tracks.
 */
public final class DeadlineResolver {
    public static final Duration HORIZON = Duration.ofDays(3 * 366);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneId.of("America/New_York")),
            Map.entry("EDT", ZoneId.of("America/New_York")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PST", ZoneId.of("America/Los_Angeles")), Map.entry("PDT", ZoneId.of("America/Los_Angeles")),
            Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CST", ZoneId.of("America/Chicago")),
            Map.entry("CDT", ZoneId.of("America/Chicago")), Map.entry("MT", ZoneId.of("America/Denver")),
            Map.entry("MST", ZoneId.of("America/Denver")), Map.entry("MDT", ZoneId.of("America/Denver")),
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("BST", ZoneId.of("Europe/London")),
            Map.entry("CET", ZoneId.of("Europe/Paris")), Map.entry("CEST", ZoneId.of("Europe/Paris")),
            Map.entry("IST", ZoneId.of("Asia/Kolkata")));

    /** The deadline a mention names if it is still ahead at the reference time (and within the horizon). */
    public Optional<ResolvedDeadline> resolve(DeadlineMention mention, Reference reference) {
        return value(mention, reference).filter(d -> !isPast(d, reference));
    }

    /** Whether a value lies before the reference time (for a date-only reference: before its day). */
    public static boolean isPast(ResolvedDeadline d, Reference reference) {
        if (reference.dateOnly()) {
            return d.due().toLocalDate().isBefore(reference.instant().atZone(reference.zone()).toLocalDate());
        }
        return d.dueInstant().isBefore(reference.instant());
    }

    /** The instant a mention names, past or ahead; empty where the text does not pin one, or beyond the horizon. */
    public Optional<ResolvedDeadline> value(DeadlineMention mention, Reference reference) {
        ZoneId defaultZone = reference.zone();
        TimeExpression e = mention.expression().yearFrom(reference.instant().atZone(defaultZone).getYear());
        ZoneId zone = e.zone() == null ? defaultZone
                : e.zone().indexOf('/') > 0 ? ZoneId.of(e.zone()) : ZONES.getOrDefault(e.zone(), defaultZone);
        ZonedDateTime ref = reference.instant().atZone(reference.dateOnly() ? defaultZone : zone);
        LocalDate refDate = ref.toLocalDate();
        ZonedDateTime refInZone = reference.dateOnly() ? refDate.atStartOfDay(zone) : ref.withZoneSameInstant(zone);

        ZonedDateTime windowStart;
        ZonedDateTime due;
        Precision precision;
        if (Boolean.TRUE.equals(e.range())) {
            return Optional.empty(); // "60 or 90 days": the text pins neither end
        }
        if (e.spanAmount() != null) {
            ChronoUnit unit = switch (e.spanUnit()) {
                case MINUTE -> ChronoUnit.MINUTES;
                case HOUR -> ChronoUnit.HOURS;
                case WEEK -> ChronoUnit.WEEKS;
                case MONTH -> ChronoUnit.MONTHS;
                default -> ChronoUnit.DAYS;
            };
            boolean clockSpan = unit == ChronoUnit.MINUTES || unit == ChronoUnit.HOURS;
            LocalDate anchor = null; // "50 days from July 14"; "on Monday gave them 24 hours": the day the window opened
            if (e.day() != null && e.month() != null || e.weekday() != null) {
                anchor = e.day() != null ? explicitDate(e, refDate) : day(e, refDate, refInZone);
                if (anchor == null) {
                    return Optional.empty();
                }
            }
            if (clockSpan && (reference.dateOnly() || anchor != null)) { // hours from a day with no time of day: the day it ends
                if (unit != ChronoUnit.HOURS || e.spanAmount() < 12) {
                    return Optional.empty();
                }
                LocalDate end = (anchor != null ? anchor : refDate).plusDays(Math.round(e.spanAmount() / 24.0));
                return Optional.of(new ResolvedDeadline(mention.text(), ZonedDateTime.of(end, END_OF_DAY, zone)
                        .toOffsetDateTime(), Precision.DAY, end.atStartOfDay(zone).toInstant(), mention.start(),
                        mention.end()));
            }
            ZonedDateTime from = anchor != null ? anchor.atStartOfDay(zone) : refInZone;
            due = Boolean.TRUE.equals(e.businessDays()) ? plusBusinessDays(from, e.spanAmount())
                    : from.plus(e.spanAmount(), unit);
            precision = clockSpan ? Precision.HOUR : Precision.DAY;
            // days counted from a day are known to the day: outlets that count from the day of the grant
            // and from the day they write differ by one, and name the same deadline
            windowStart = clockSpan ? due : due.minusDays(1);
            if (!clockSpan && e.hour() != null) { // "in 7 days at 5pm": that clock time on the window's last day
                due = ZonedDateTime.of(due.toLocalDate(), LocalTime.of(e.hour(), e.minute() == null ? 0 : e.minute()), zone);
                precision = e.minute() != null ? Precision.MINUTE : Precision.HOUR;
                windowStart = due;
            }
        } else {
            LocalDate day = day(e, refDate, refInZone);
            if (day == null) {
                return Optional.empty();
            }
            if (e.hour() != null) {
                precision = e.minute() != null ? Precision.MINUTE : Precision.HOUR;
                due = e.hour() == 24 ? day.plusDays(1).atStartOfDay(zone)
                        : ZonedDateTime.of(day, LocalTime.of(e.hour(), e.minute() == null ? 0 : e.minute()), zone);
                windowStart = due;
            } else if (e.partOfDay() != null) {
                precision = Precision.PART_OF_DAY;
                windowStart = ZonedDateTime.of(day, e.partOfDay().start, zone);
                due = e.partOfDay().end == LocalTime.MIDNIGHT ? ZonedDateTime.of(day, END_OF_DAY, zone)
                        : ZonedDateTime.of(day, e.partOfDay().end, zone);
            } else if (e.endOf() == Precision.WEEK) {
                precision = Precision.WEEK;
                windowStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
                due = ZonedDateTime.of(day, END_OF_DAY, zone);
            } else if (e.endOf() == Precision.MONTH) {
                precision = Precision.MONTH;
                windowStart = day.withDayOfMonth(1).atStartOfDay(zone);
                due = ZonedDateTime.of(day, END_OF_DAY, zone);
            } else if (Boolean.TRUE.equals(e.starts())) {
                precision = Precision.DAY; // "a shutdown starting Sunday": averted only before Sunday begins
                windowStart = day.atStartOfDay(zone);
                due = windowStart;
            } else {
                precision = Precision.DAY;
                windowStart = day.atStartOfDay(zone);
                due = ZonedDateTime.of(day, END_OF_DAY, zone);
            }
        }
        if (Duration.between(ref, due).abs().compareTo(HORIZON) > 0) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDeadline(mention.text(), due.toOffsetDateTime(), precision,
                windowStart.toInstant(), mention.start(), mention.end()));
    }

    /**
     * The period a limit names that pins no day: a month ("by June", "by October 2027") or a quarter ("by
     * the third quarter", "next quarter"), due at its last day's end. Never a deadline the desk tracks
     * ({@link #value} leaves these unresolved, as the real-news specification does); this is what the time
     * grammar read, for measuring it on time corpora. Empty for every other expression, and for a period
     * already over at the reference day.
     */
    public Optional<ResolvedDeadline> period(DeadlineMention mention, Reference reference) {
        TimeExpression e = mention.expression();
        LocalDate refDate = reference.instant().atZone(reference.zone()).toLocalDate();
        e = e == null ? null : e.yearFrom(refDate.getYear());
        if (e == null || e.day() != null || e.weekday() != null || e.spanAmount() != null || e.holiday() != null
                || e.hour() != null || e.dayOffset() != null) {
            return Optional.empty();
        }
        LocalDate first;
        LocalDate next;
        Precision precision;
        if (e.endOf() == Precision.QUARTER) {
            int month = e.month() != null ? e.month()
                    : (refDate.getMonthValue() - 1) / 3 * 3 + 1 + (Boolean.TRUE.equals(e.next()) ? 3 : 0);
            first = firstOnOrAfter(LocalDate.of(refDate.getYear(), 1, 1).plusMonths(month - 1), e.year(), refDate, 3);
            next = first.plusMonths(3);
            precision = Precision.QUARTER;
        } else if (e.endOf() == null && e.month() != null) {
            first = firstOnOrAfter(LocalDate.of(refDate.getYear(), e.month(), 1), e.year(), refDate, 1);
            next = first.plusMonths(1);
            precision = Precision.MONTH;
        } else {
            return Optional.empty();
        }
        ZoneId zone = reference.zone();
        ZonedDateTime due = ZonedDateTime.of(next.minusDays(1), END_OF_DAY, zone);
        if (due.toLocalDate().isBefore(refDate)) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedDeadline(mention.text(), due.toOffsetDateTime(), precision,
                first.atStartOfDay(zone).toInstant(), mention.start(), mention.end()));
    }

    /** The period starting at {@code start}'s month in the year written, else the next one not over by the reference day. */
    private static LocalDate firstOnOrAfter(LocalDate start, Integer year, LocalDate refDate, int months) {
        if (year != null) {
            return start.withYear(year);
        }
        return start.plusMonths(months).isAfter(refDate) ? start : start.plusYears(1);
    }

    private static LocalDate day(TimeExpression e, LocalDate refDate, ZonedDateTime ref) {
        if (e.endOf() == Precision.QUARTER || e.weekOfMonth() != null && e.weekday() == null) {
            return null; // "by the third quarter", "by the first week of October": as "by June", no day is pinned
        }
        if (e.weekOfMonth() != null && e.weekday() != null && e.month() != null) { // "the first Tuesday of October"
            for (int year = e.year() != null ? e.year() : refDate.getYear(); year <= refDate.getYear() + 4; year++) {
                LocalDate first = LocalDate.of(year, e.month(), 1);
                LocalDate date = e.weekOfMonth() < 0 ? first.with(TemporalAdjusters.lastInMonth(e.weekday()))
                        : first.with(TemporalAdjusters.dayOfWeekInMonth(e.weekOfMonth(), e.weekday()));
                if (date.getMonthValue() != e.month()) {
                    return null; // "the fifth Monday of February": none that year
                }
                if (e.year() != null || !date.isBefore(refDate)) {
                    return date;
                }
            }
            return null;
        }
        if (e.day() != null && e.month() != null) {
            LocalDate date = explicitDate(e, refDate);
            if (date != null && e.weekday() != null && date.getDayOfWeek() != e.weekday()) {
                return null; // "Friday, March 5" when March 5 is a Thursday: ambiguous, no deadline rather than a wrong one
            }
            return date;
        }
        if (e.day() != null && e.month() == null && e.weekday() != null) { // "Tuesday 19th": the next 19th that is a Tuesday
            LocalDate month = refDate.withDayOfMonth(1);
            for (int i = 0; i <= 12; i++, month = month.plusMonths(1)) {
                if (e.day() <= month.lengthOfMonth() && !month.withDayOfMonth(e.day()).isBefore(refDate)
                        && month.withDayOfMonth(e.day()).getDayOfWeek() == e.weekday()) {
                    return month.withDayOfMonth(e.day());
                }
            }
            return null;
        }
        if (e.day() != null && e.month() == null) { // "the 15th": this month's, else next month's ("of next month": next)
            LocalDate date = refDate.getDayOfMonth() <= e.day() && !Boolean.TRUE.equals(e.next()) ? refDate : refDate.plusMonths(1);
            return e.day() > date.lengthOfMonth() ? null : date.withDayOfMonth(e.day());
        }
        if (e.holiday() != null) { // with a day offset: "three days after Easter"
            LocalDate holiday = e.year() != null ? e.holiday().in(e.year()) // "Thanksgiving 2026"
                    : Boolean.TRUE.equals(e.past()) ? e.holiday().onOrBefore(refDate) : e.holiday().onOrAfter(refDate);
            return e.dayOffset() == null || holiday == null ? holiday : holiday.plusDays(e.dayOffset());
        }
        if (e.weekday() != null && Boolean.TRUE.equals(e.next()) && e.dayOffset() != null) { // "3 Fridays from now"
            return refDate.with(TemporalAdjusters.next(e.weekday())).plusDays(e.dayOffset());
        }
        if (e.weekday() != null && !Boolean.TRUE.equals(e.past()) && Integer.valueOf(7).equals(e.dayOffset())) {
            return refDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(e.weekday()));
        } // "Wednesday of next week": that weekday in the week after the reference day's
        if (e.weekday() != null && Boolean.TRUE.equals(e.past())) { // with a day offset: "Sunday last week" (-7)
            return refDate.minusDays((refDate.getDayOfWeek().getValue() - e.weekday().getValue() + 7) % 7)
                    .plusDays(e.dayOffset() == null ? 0 : e.dayOffset());
        }
        if (e.weekday() != null) {
            int ahead = (e.weekday().getValue() - refDate.getDayOfWeek().getValue() + 7) % 7;
            boolean clockAlreadyPast = e.hour() != null && e.hour() != 24
                    && LocalTime.of(e.hour(), e.minute() == null ? 0 : e.minute()).isBefore(ref.toLocalTime());
            if (ahead == 0 && (Boolean.TRUE.equals(e.next()) || clockAlreadyPast)) {
                ahead = 7; // "7 a.m. Monday" written on a Monday at 9: next Monday
            }
            if (ahead == 6 && e.next() == null && !Boolean.TRUE.equals(e.ahead())) {
                ahead = -1; // a bare weekday six days ahead is yesterday's: a week ahead is written "next Wednesday"
            }
            return refDate.plusDays(ahead);
        }
        if (e.dayOffset() != null) {
            return refDate.plusDays(e.dayOffset());
        }
        if (e.endOf() == Precision.DAY) {
            return refDate;
        }
        if (e.endOf() == Precision.WEEK) {
            LocalDate friday = refDate.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            return Boolean.TRUE.equals(e.next()) ? friday.plusWeeks(1) : friday;
        }
        if (e.endOf() == Precision.MONTH) {
            LocalDate monthDay = refDate;
            if (e.month() != null) {
                int year = e.year() != null ? e.year() : refDate.getYear() + (e.month() < refDate.getMonthValue() ? 1 : 0);
                monthDay = LocalDate.of(year, e.month(), 1);
            } else if (Boolean.TRUE.equals(e.next())) {
                monthDay = refDate.plusMonths(1);
            }
            return monthDay.with(TemporalAdjusters.lastDayOfMonth());
        }
        if (e.hour() != null) { // a clock time alone: its next occurrence
            LocalDateTime at = LocalDateTime.of(refDate, e.hour() == 24 ? LocalTime.MIDNIGHT : LocalTime.of(e.hour(), 0));
            return e.hour() != 24 && at.isBefore(ref.toLocalDateTime()) ? refDate.plusDays(1) : refDate;
        }
        return null;
    }

    /** A date without a year that lies at most this far back names a past event, not next year's date. */
    private static final int RECENT_PAST_DAYS = 60;

    /**
     * With a year, that date. Without one, its next occurrence on or after the reference day, unless the
     * last one lies at most {@link #RECENT_PAST_DAYS} back, or (unless the sentence binds someone ahead) less
     * than half as far back as the next lies ahead: then it names a past deadline ("the truce expires on
     * Nov. 10" written on Nov. 20 is not a deadline a year ahead; "the law required a sale by January 19"
     * written in April is January's; "must file by Dec. 31" written in March is December's ahead).
     */
    private static LocalDate explicitDate(TimeExpression e, LocalDate refDate) {
        try {
            if (e.year() != null) {
                return LocalDate.of(e.year(), e.month(), e.day());
            }
            LocalDate ahead = null;
            for (int year = refDate.getYear(); year <= refDate.getYear() + 4 && ahead == null; year++) {
                if (e.month() == 2 && e.day() == 29 && !java.time.Year.isLeap(year)) {
                    continue;
                }
                LocalDate candidate = LocalDate.of(year, e.month(), e.day());
                ahead = candidate.isBefore(refDate) ? null : candidate;
            }
            LocalDate back = null;
            for (int year = refDate.getYear(); year >= refDate.getYear() - 4 && back == null; year--) {
                if (e.month() == 2 && e.day() == 29 && !java.time.Year.isLeap(year)) {
                    continue;
                }
                LocalDate candidate = LocalDate.of(year, e.month(), e.day());
                back = candidate.isBefore(refDate) ? candidate : null;
            }
            if (ahead == null || back == null) {
                return ahead != null ? ahead : back;
            }
            if (Boolean.TRUE.equals(e.next())) {
                return ahead; // "by the beginning of January", written in February: as "the end of January", the next one
            }
            long daysAhead = ChronoUnit.DAYS.between(refDate, ahead);
            long daysBack = ChronoUnit.DAYS.between(back, refDate);
            if (Boolean.TRUE.equals(e.ahead()) && !Boolean.TRUE.equals(e.past())) {
                return daysBack <= RECENT_PAST_DAYS ? back : ahead; // "must be filed by Dec. 31", written in March
            }
            return daysBack <= RECENT_PAST_DAYS || 2 * daysBack < daysAhead ? back : ahead;
        } catch (java.time.DateTimeException invalid) { // "February 30"
            return null;
        }
    }

    private static ZonedDateTime plusBusinessDays(ZonedDateTime from, int days) {
        ZonedDateTime at = from;
        for (int added = 0; added < days; ) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return at;
    }
}
