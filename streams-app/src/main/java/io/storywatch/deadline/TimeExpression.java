package io.storywatch.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.DayOfWeek;

/**
 * A temporal expression as written, before it is resolved against a reference time. Every field is
 * optional; the resolver combines what is there.
 *
 * @param weekday      "Friday"
 * @param month        1-12, with {@code day} for "Feb. 27" / "27 February"
 * @param year         when written
 * @param hour         0-23 once am/pm is applied; 24 for midnight (the end of the day named)
 * @param minute       minute of the hour when written ("5:01"), else null ("5 p.m.")
 * @param zone         zone abbreviation as written ("ET", "GMT")
 * @param partOfDay    "evening"
 * @param dayOffset    0 for today/tonight, 1 for tomorrow; with a weekday reported after the fact, the days
 *                     added to it ("on Sunday last week": -7); with a weekday ahead, 7 for that weekday of next
 *                     week ("Wednesday of next week"), or with {@code next} the days added to its next occurrence
 *                     ("3 Fridays from now": 14); with a holiday, the days counted from it ("three days after
 *                     Easter": 3)
 * @param endOf        "end of the week": DAY, WEEK or MONTH; QUARTER for a quarter named alone ("by the third
 *                     quarter", {@code month} its first month where the text says which), a limit left unresolved
 * @param spanAmount   with {@code spanUnit}: "within 48 hours"
 * @param next         "next Friday": strictly after the reference day; with a month and day, the next such date
 *                     ("the beginning of January" written in February: next January); with {@code endOf} QUARTER,
 *                     the quarter after this one
 * @param businessDays with {@code spanAmount}: "10 business days" counts Monday to Friday only
 * @param holiday      "Thanksgiving", "Christmas Eve" (see {@link Holiday})
 * @param past         the sentence reports the deadline after the fact ("the Friday deadline passed"):
 *                     a weekday or a date without a year is the nearest one on or before the reference day
 * @param ahead        the sentence binds someone ahead ("must", "will", "has until", "is due to"): a bare weekday is never
 *                     yesterday's
 * @param extension    with {@code spanAmount}: the window extends a deadline already set ("another 75 days",
 *                     "extended for two more months"), so it counts from that deadline's end
 * @param starts       the time is when a threatened action begins ("a shutdown starting Sunday", "the strike
 *                     is set to begin on Thursday"): a day without a clock time is due at its start
 * @param range        with {@code spanAmount}: the text gives two amounts ("60 or 90 days", "10 to 12 days"),
 *                     a mention that pins no end and stays unresolved
 * @param weekOfMonth  with {@code weekday} and {@code month}: which such weekday of the month, 1 to 5, or -1 for
 *                     the last ("the first Tuesday of October", "the last Friday in March"); with {@code endOf}
 *                     WEEK instead of a weekday, which week ("the first week of October", a limit left unresolved)
 * @param yearOffset   with a date, a month or a holiday and no {@code year}: the year is the reference's plus this
 *                     ("Christmas next year": 1, "June 30 this year": 0)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeExpression(DayOfWeek weekday, Integer month, Integer day, Integer year,
                             Integer hour, Integer minute, String zone, PartOfDay partOfDay,
                             Integer dayOffset, Precision endOf, Integer spanAmount, Precision spanUnit,
                             Boolean next, Boolean businessDays, Holiday holiday, Boolean past,
                             Boolean ahead, Boolean extension, Boolean starts, Boolean range,
                             Integer weekOfMonth, Integer yearOffset) {

    /** The same expression read as reported after the fact. */
    TimeExpression asPast() {
        return new TimeExpression(weekday, month, day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                spanAmount, spanUnit, next, businessDays, holiday, Boolean.TRUE, ahead, extension, starts, range, weekOfMonth, yearOffset);
    }

    /** The same expression in a sentence that binds someone ahead. */
    TimeExpression asAhead() {
        return new TimeExpression(weekday, month, day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                spanAmount, spanUnit, next, businessDays, holiday, past, Boolean.TRUE, extension, starts, range, weekOfMonth, yearOffset);
    }

    /** The same expression as the start of a threatened action. */
    TimeExpression asStart() {
        return new TimeExpression(weekday, month, day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                spanAmount, spanUnit, next, businessDays, holiday, past, ahead, extension, Boolean.TRUE, range, weekOfMonth, yearOffset);
    }

    /** The same window counted from the latest such weekday on or before the reference day: the day it was granted. */
    TimeExpression grantedOn(DayOfWeek day) {
        return new TimeExpression(day, month, this.day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                spanAmount, spanUnit, next, businessDays, holiday, Boolean.TRUE, ahead, extension, starts, range, weekOfMonth, yearOffset);
    }

    /** The same clock time on the latest such weekday on or before the reference day. */
    TimeExpression onWeekday(DayOfWeek day) {
        return new TimeExpression(day, month, this.day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                spanAmount, spanUnit, next, businessDays, holiday, Boolean.TRUE, ahead, extension, starts, range, weekOfMonth, yearOffset);
    }

    /** The same expression at a clock time the text gives after it ("in 7 days at 5pm"). */
    TimeExpression atClock(Integer hour, Integer minute, String zone) {
        return new TimeExpression(weekday, month, day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                spanAmount, spanUnit, next, businessDays, holiday, past, ahead, extension, starts, range, weekOfMonth, yearOffset);
    }

    /** The same expression with its year written out: a year offset counted from {@code referenceYear}. */
    TimeExpression yearFrom(int referenceYear) {
        if (yearOffset == null || year != null) {
            return this;
        }
        return new TimeExpression(weekday, month, day, referenceYear + yearOffset, hour, minute, zone, partOfDay, dayOffset,
                endOf, spanAmount, spanUnit, next, businessDays, holiday, past, ahead, extension, starts, range, weekOfMonth,
                null);
    }

    boolean hasDayAnchor() {
        return weekday != null || day != null || dayOffset != null || endOf != null || spanAmount != null
                || holiday != null || (month != null && (year != null || yearOffset != null));
    }

    boolean hasAnchor() {
        return hasDayAnchor() || hour != null || month != null; // a month alone is a limit left unresolved
    }

    /** A mutable builder for the scanner. */
    static final class Builder {
        DayOfWeek weekday;
        Integer month;
        Integer day;
        Integer year;
        Integer hour;
        Integer minute;
        String zone;
        PartOfDay partOfDay;
        Integer dayOffset;
        Precision endOf;
        Integer spanAmount;
        Precision spanUnit;
        Boolean next;
        Boolean businessDays;
        Holiday holiday;
        Boolean past;
        Boolean ahead;
        Boolean extension;
        Boolean starts;
        Boolean range;
        Integer weekOfMonth;
        Integer yearOffset;

        TimeExpression build() {
            return new TimeExpression(weekday, month, day, year, hour, minute, zone, partOfDay, dayOffset, endOf,
                    spanAmount, spanUnit, next, businessDays, holiday, past, ahead, extension, starts, range, weekOfMonth, yearOffset);
        }

        boolean hasAnchor() {
            return build().hasAnchor();
        }
    }
}
