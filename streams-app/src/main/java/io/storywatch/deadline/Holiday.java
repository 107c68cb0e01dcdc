package io.storywatch.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/** Holidays a deadline can name ("until Thanksgiving"), as days of a given year. */
public enum Holiday {
    NEW_YEARS_DAY, NEW_YEARS_EVE, CHRISTMAS_EVE, CHRISTMAS, THANKSGIVING, INDEPENDENCE_DAY, LABOR_DAY, MEMORIAL_DAY, HALLOWEEN;

    public LocalDate in(int year) {
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
            case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
            case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
            case CHRISTMAS -> LocalDate.of(year, 12, 25);
            case INDEPENDENCE_DAY -> LocalDate.of(year, 7, 4);
            case THANKSGIVING -> LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case LABOR_DAY -> LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case HALLOWEEN -> LocalDate.of(year, 10, 31);
            case MEMORIAL_DAY -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        };
    }

    /** The holiday's next occurrence on or after {@code from}. */
    public LocalDate onOrAfter(LocalDate from) {
        LocalDate thisYear = in(from.getYear());
        return thisYear.isBefore(from) ? in(from.getYear() + 1) : thisYear;
    }
}
