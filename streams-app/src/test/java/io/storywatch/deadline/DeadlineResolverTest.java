package io.storywatch.deadline;

import io.storywatch.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineResolverTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DeadlineResolver RESOLVER = new DeadlineResolver();
    /** Tuesday 24 Feb 2026, 16:18 in New York. */
    private static final Reference TUESDAY = new Reference(Instant.parse("2026-02-24T21:18:45Z"), false, NEW_YORK);

    private static Optional<ResolvedDeadline> resolve(String sentence, Reference reference) {
        var mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
        assertEquals(1, mentions.size(), "one mention in: " + sentence);
        return RESOLVER.resolve(mentions.get(0), reference);
    }

    private static void assertDue(String expected, Precision precision, String sentence, Reference reference) {
        ResolvedDeadline d = resolve(sentence, reference).orElseThrow();
        assertEquals(OffsetDateTime.parse(expected).toInstant(), d.due().toInstant(), sentence);
        assertEquals(OffsetDateTime.parse(expected).getOffset(), d.due().getOffset(), "offset of " + sentence);
        assertEquals(precision, d.precision(), sentence);
    }

    @Test
    void aRangeOrAMonthAlonePinsNoInstant() {
        assertEquals(Optional.empty(), resolve("The agency may grant an additional 30 or 60 days to comply.", TUESDAY));
        assertEquals(Optional.empty(), resolve("The ministry must publish the rules by June.", TUESDAY));
    }

    @Test
    void aQuarterOrAMonthInFiguresIsFoundAndPinsNoDay() {
        for (String sentence : List.of("The lender must repay the loan by the third quarter.",
                "Suppliers must sign on before the 3rd qtr of 2027.", "The board must decide by next quarter.",
                "Members must ratify the deal by Q3, or the strike will begin.",
                "The agency must publish the rules by 2026-10.", "The agency must publish the rules by 10/2026.")) {
            List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
            assertEquals(1, mentions.size(), sentence);
            assertEquals(Optional.empty(), resolve(sentence, TUESDAY), sentence);
        }
        for (String sentence : List.of("Profits rose in the first quarter.", "Three quarters of members voted.",
                "Members must vote on the first-quarter figures.", "The 2025-26 budget must pass by June 30.")) {
            assertTrue(DeadlineExtractor.extract(TextNormalizer.normalize(sentence)).stream()
                    .noneMatch(m -> m.expression().endOf() == Precision.QUARTER || m.text().contains("2025")), sentence);
        }
    }

    @Test
    void aWindowOfDaysAtAClockTimeEndsAtThatTimeOfItsLastDay() {
        assertDue("2026-03-03T17:00-05:00", Precision.HOUR, "Members must ratify it in 7 days at 5pm.", TUESDAY);
        assertDue("2026-03-10T09:30-04:00", Precision.MINUTE, "Members must ratify the deal within two weeks at 9:30 a.m.", TUESDAY);
    }

    @Test
    void theBeginningOfAMonthIsItsNextFirstDay() {
        assertDue("2027-01-01T23:59-05:00", Precision.DAY, "Members must ratify it by the beginning of January.", TUESDAY);
        assertDue("2026-04-01T23:59-04:00", Precision.DAY, "Members must ratify it by the start of April.", TUESDAY);
        // of a year, a month or a week: the next one that lies ahead
        assertDue("2027-01-01T23:59-05:00", Precision.DAY, "Members must ratify it by the beginning of the year.", TUESDAY);
        assertDue("2027-01-01T23:59-05:00", Precision.DAY, "Members must ratify it by the start of next year.", TUESDAY);
        assertDue("2026-03-01T23:59-05:00", Precision.DAY, "Members must ratify it by the beginning of the month.", TUESDAY);
        assertDue("2026-03-02T23:59-05:00", Precision.DAY, "Members must ratify it by the beginning of this week.", TUESDAY);
        assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize(
                "The team must be ready by the beginning of the year's second half.")), "the year's: not the year");
    }

    @Test
    void aBritishClockTimeAndADecimalSpanReadAsTheirUsualForms() {
        assertDue("2026-02-27T17:30-05:00", Precision.MINUTE, "Members must ratify it by 5.30pm on Friday.", TUESDAY);
        assertDue("2026-02-27T23:59-05:00", Precision.MINUTE, "Members must ratify it by 11.59 p.m. Friday.", TUESDAY);
        assertSameDeadline("Members must ratify it in 150 minutes.", "Members must ratify it in 2.5 hours.");
        assertSameDeadline("Members must ratify it within 36 hours.", "Members must ratify it within 1.5 days.");
        // a fraction that makes no whole number of the next unit, a month's, a share: no span, and no "33 hours"
        for (String sentence : List.of("Members must ratify it within 1.33 hours.", "Members must ratify it within 2.5 months.",
                "Members must ratify it by 5.30 percent.")) {
            assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize(sentence)), sentence);
        }
        // a decimal point ends no sentence: the cue before it still governs the day after it
        List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(
                "The fund must raise $2.5 billion by Friday."));
        assertEquals(1, mentions.size());
        assertEquals("Friday", mentions.get(0).text());
    }

    private static void assertSameDeadline(String whole, String decimal) {
        ResolvedDeadline expected = resolve(whole, TUESDAY).orElseThrow();
        ResolvedDeadline actual = resolve(decimal, TUESDAY).orElseThrow();
        assertEquals(List.of(expected.due(), expected.precision(), expected.windowStart()),
                List.of(actual.due(), actual.precision(), actual.windowStart()), decimal);
    }

    @Test
    void nextMonthNamedAloneIsFoundAndPinsNoDay() {
        List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(
                "The ministry must publish the rules by next March."));
        assertEquals(1, mentions.size());
        assertEquals(Optional.empty(), resolve("The ministry must publish the rules by next March.", TUESDAY));
    }

    @Test
    void seedPhrasesResolveFromTheArticlesOwnTime() {
        assertDue("2026-02-27T21:00-05:00", Precision.PART_OF_DAY, "has until Friday evening to decide", TUESDAY);
        assertDue("2026-02-27T17:01-05:00", Precision.MINUTE, "They have until 5:01 PM ET on Friday to decide.",
                new Reference(Instant.parse("2026-02-26T05:00:00Z"), true, NEW_YORK));
        assertDue("2026-02-27T17:00-05:00", Precision.HOUR, "a hard deadline of 5 p.m. Friday", TUESDAY);
        assertDue("2026-02-27T23:59-05:00", Precision.DAY, "has until Friday to comply", TUESDAY);
        assertDue("2026-02-27T23:59-05:00", Precision.WEEK, "access by the end of the week", TUESDAY);
    }

    @Test
    void weekdaysCountTheSameDayAndNextSkipsIt() {
        Reference friday = new Reference(Instant.parse("2026-02-27T14:00:00Z"), false, NEW_YORK);
        assertDue("2026-02-27T23:59-05:00", Precision.DAY, "has until Friday to comply", friday);
        assertDue("2026-03-06T23:59-05:00", Precision.DAY, "has until next Friday to comply", friday);
    }

    @Test
    void midnightIsTheEndOfTheDayItNames() {
        assertDue("2026-03-02T00:00-05:00", Precision.MINUTE, "The offer expires at midnight Sunday.", TUESDAY);
    }

    @Test
    void datesWithoutYearAreTheNextOccurrence() {
        assertDue("2026-03-01T23:59-05:00", Precision.DAY, "must pass a budget no later than March 1", TUESDAY);
        Reference december = new Reference(Instant.parse("2026-12-10T12:00:00Z"), false, NEW_YORK);
        assertDue("2027-03-01T23:59-05:00", Precision.DAY, "must pass a budget no later than March 1", december);
    }

    @Test
    void zonesAndDaylightSaving() {
        assertDue("2026-02-27T17:00-08:00", Precision.HOUR, "bids are due by 5 p.m. PT on Friday", TUESDAY);
        assertDue("2026-02-27T17:00Z", Precision.MINUTE, "the deadline is 17:00 GMT on Friday", TUESDAY);
        Reference july = new Reference(Instant.parse("2026-07-06T12:00:00Z"), false, NEW_YORK);
        assertDue("2026-07-10T17:00-04:00", Precision.HOUR, "has until 5 p.m. ET Friday", july);
    }

    @Test
    void relativeSpans() {
        assertDue("2026-02-26T16:18:45-05:00", Precision.HOUR, "told to respond within 48 hours", TUESDAY);
        Reference tuesdayDate = new Reference(TUESDAY.instant(), true, NEW_YORK);
        assertDue("2026-02-26T23:59-05:00", Precision.DAY, "told to respond within 48 hours", tuesdayDate); // the day it ends
        assertTrue(resolve("told to respond within 3 hours", tuesdayDate).isEmpty(),
                "a few hours from a date without a time of day cannot be resolved");
    }

    @Test
    void aDeadlineAlreadyPastWhenWrittenIsDropped() {
        Reference saturday = new Reference(Instant.parse("2026-02-28T15:00:00Z"), false, NEW_YORK);
        assertTrue(resolve("comments were due Feb. 27", saturday).isEmpty());
    }

    @Test
    void anImpossibleDateIsDropped() {
        assertTrue(resolve("bids are due February 30", TUESDAY).isEmpty());
    }

    private static ResolvedDeadline value(String sentence, Reference reference) {
        var mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
        assertEquals(1, mentions.size(), "one mention in: " + sentence);
        return RESOLVER.value(mentions.get(0), reference).orElseThrow();
    }

    @Test
    void aReportAfterTheFactResolvesBackwardsAndIsPast() {
        Reference monday = new Reference(Instant.parse("2026-03-02T15:00:00Z"), false, NEW_YORK);
        ResolvedDeadline passed = value("The filing deadline passed on Friday.", monday);
        assertEquals(java.time.LocalDate.parse("2026-02-27"), passed.due().toLocalDate());
        assertTrue(DeadlineResolver.isPast(passed, monday));
        assertTrue(RESOLVER.resolve(DeadlineExtractor.extract(TextNormalizer.normalize("The filing deadline passed on Friday."))
                .get(0), monday).isEmpty(), "a past deadline is no deadline to track");
    }

    @Test
    void aBareWeekdaySixDaysAheadIsYesterdayUnlessTheSentenceLooksAhead() {
        Reference thursday = new Reference(Instant.parse("2026-02-26T15:00:00Z"), false, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2026-02-25"),
                value("The order came hours before the Wednesday deadline.", thursday).due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-03-04"),
                value("The agency must reply by Wednesday.", thursday).due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-03-04"),
                value("The truce is due to expire on Wednesday.", thursday).due().toLocalDate(), "scheduled now: ahead");
        assertEquals(java.time.LocalDate.parse("2026-02-25"),
                value("The truce was due to expire on Wednesday.", thursday).due().toLocalDate(), "scheduled then");
        assertEquals(java.time.LocalDate.parse("2026-03-04"),
                value("Absent a deal, the walkout goes ahead on Wednesday.", thursday).due().toLocalDate(), "hangs on a deal");
    }

    @Test
    void aDateWithoutAYearIsTheNearerOneFavouringTheFuture() {
        Reference april = new Reference(Instant.parse("2026-04-04T15:00:00Z"), false, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2026-01-19"),
                value("The law required the owner to sell by January 19.", april).due().toLocalDate());
        Reference october = new Reference(Instant.parse("2026-10-10T15:00:00Z"), false, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2027-03-01"), value("The truce lasts until March 1.", october).due().toLocalDate());
        Reference march = new Reference(Instant.parse("2026-03-04T15:00:00Z"), false, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2026-12-31"),
                value("Owners must file the forms by Dec. 31.", march).due().toLocalDate(),
                "a sentence that binds someone ahead names the next one unless the last is recent");
        assertEquals(java.time.LocalDate.parse("2026-01-19"),
                value("Owners must file the forms by Jan. 19.", march).due().toLocalDate());
    }

    @Test
    void aWindowCountsFromTheDateOrWeekdayTheTextGivesIt() {
        assertEquals(java.time.LocalDate.parse("2026-09-02"),
                value("The plan sets a limit of 50 days from July 14.", TUESDAY).due().toLocalDate());
        Reference wednesday = new Reference(Instant.parse("2026-03-04T05:00:00Z"), true, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2026-03-12"),
                value("On Monday the court gave the company 10 days to respond.", wednesday).due().toLocalDate());
        Reference thursday = new Reference(Instant.parse("2026-02-26T05:00:00Z"), true, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2026-02-26"),
                value("A judge on Wednesday gave the firm 24 hours to name an agent.", thursday).due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-03-12"), value("On Monday, the regional transport minister "
                + "of the northern province signed a long-awaited decree that suspends the planned fare rise for 10 days.",
                wednesday).due().toLocalDate(), "the weekday of the grant holds across a long lead sentence");
        assertEquals(java.time.LocalDate.parse("2026-03-14"), value("The minister said on Monday that the "
                + "suspension would last another 10 days.", wednesday).due().toLocalDate(),
                "an extension counts from the deadline it extends (here, with none stated, the day of writing), not the grant");
        Reference monday = new Reference(Instant.parse("2026-03-09T05:00:00Z"), true, NEW_YORK);
        assertEquals(java.time.LocalDate.parse("2026-03-08"), value("The bloc on Sunday last week gave the "
                + "junta seven days to step down.", monday).due().toLocalDate(), "from Sunday 1 March, not 8 March");
    }

    @Test
    void aWindowWithNoDayOfItsOwnCountsFromTheDayTheArticleReportsTheGrantOn() {
        Reference wednesday = new Reference(Instant.parse("2026-03-04T05:00:00Z"), true, NEW_YORK);
        String lead = "Mayor orders a 30-day pause on parking fees\n\nOn Monday, the mayor signed an order that would "
                + "halt the new fees while traders and the council negotiate. ";
        assertEquals(java.time.LocalDate.parse("2026-04-01"), value(lead, wednesday).due().toLocalDate(),
                "30 days from Monday 2 March, not from the day of writing");
        assertEquals(java.time.LocalDate.parse("2026-04-03"), value("Mayor orders a 30-day pause on parking fees\n\n"
                + "The council will meet on Monday to weigh the plan.", wednesday).due().toLocalDate(),
                "a weekday ahead dates no grant");
        assertEquals(java.time.LocalDate.parse("2026-04-03"), value("Mayor orders a 30-day pause on parking fees\n\n"
                + "The office had closed late Saturday when the old permit expired.", wednesday).due().toLocalDate(),
                "a weekday that dates an expiry dates no grant");
    }

    @Test
    void theDayAThreatenedActionStartsIsDueAtItsStart() {
        assertEquals(java.time.OffsetDateTime.parse("2026-03-01T00:00-05:00"),
                value("The council approved a stopgap to avert a transit shutdown starting Sunday.", TUESDAY).due());
        assertEquals(java.time.OffsetDateTime.parse("2026-03-01T23:59-05:00"),
                value("The council must pass a stopgap by Sunday.", TUESDAY).due(), "a limit is the end of its day");
    }

    @Test
    void holidaysReckonedFromEasterAndDaysOfTheMonth() {
        assertEquals(java.time.LocalDate.parse("2026-04-06"), value("The work must be done by Easter Monday.", TUESDAY)
                .due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-03-15"), value("Filings are due on the 15th.", TUESDAY).due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-02-27"), value("The ministry must reply by the end of this week.", TUESDAY)
                .due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-03-06"), value("The ministry must reply by next week.", TUESDAY)
                .due().toLocalDate());
    }

    @Test
    void vagueAndWordyAmountsOfTime() {
        assertDue("2026-02-24T18:18:45-05:00", Precision.HOUR, "Officials must reply in a couple of hours.", TUESDAY);
        assertDue("2026-02-24T16:48:45-05:00", Precision.HOUR, "Officials must reply in half an hour.", TUESDAY);
        assertEquals(java.time.LocalDate.parse("2026-03-10"),
                value("Officials must reply by a fortnight hence.", TUESDAY).due().toLocalDate());
        assertEquals(java.time.LocalDate.parse("2026-02-27"),
                value("Officials must reply within a few days.", TUESDAY).due().toLocalDate());
    }

    private static java.time.LocalDate dueDate(String sentence) {
        return value(sentence, TUESDAY).due().toLocalDate();
    }

    @Test
    void holidaysOfTheHebrewAndIslamicCalendarsMoveWithTheirYears() {
        // written on 24 February 2026: each calendar's next occurrence, not a fixed Gregorian day
        assertEquals(java.time.LocalDate.parse("2026-04-02"), dueDate("The bill must pass before Passover."));
        assertEquals(java.time.LocalDate.parse("2026-09-12"), dueDate("He must reply by Rosh Hashanah."));
        assertEquals(java.time.LocalDate.parse("2026-03-03"), dueDate("Voters must register by Purim."),
                "Adar in a common year");
        assertEquals(java.time.LocalDate.parse("2026-03-20"), dueDate("Talks must end by Eid al-Fitr."));
        assertEquals(java.time.LocalDate.parse("2027-02-08"), dueDate("The truce must hold until Ramadan."),
                "Ramadan 2026 began on 18 February, before the article: the next one");
        assertEquals(java.time.LocalDate.parse("2026-05-27"), dueDate("The deal is due by Eid al Adha 2026."));
        assertEquals(java.time.LocalDate.parse("2026-03-23"), dueDate("The court gave them until three days after Eid ul-Fitr."));
        // the Islamic year is shorter than the Gregorian: a feast can fall twice in one
        assertEquals(java.time.LocalDate.parse("2000-01-08"), Holiday.EID_AL_FITR.in(2000));
        assertEquals(java.time.LocalDate.parse("2000-12-27"), Holiday.EID_AL_FITR.onOrAfter(java.time.LocalDate.parse("2000-02-01")));
        assertEquals(java.time.LocalDate.parse("2024-03-24"), Holiday.PURIM.onOrBefore(java.time.LocalDate.parse("2025-03-01")),
                "Adar II in a leap year");
        // beyond the Umm al-Qura table there is no day, and no exception
        assertEquals(null, Holiday.RAMADAN.onOrAfter(java.time.LocalDate.parse("2200-01-01")));
        assertEquals(null, Holiday.EID_AL_ADHA.in(9999));
        assertEquals(java.time.LocalDate.parse("2174-07-30"), Holiday.RAMADAN.onOrBefore(java.time.LocalDate.parse("2175-01-01")));
        // a bare "Eid" could be either feast: not read
        assertTrue(DeadlineExtractor.extract(TextNormalizer.normalize("The firms must deliver before Eid."))
                .stream().noneMatch(m -> m.expression().holiday() != null));
    }

    @Test
    void moreHolidaysWeekdaysOfAMonthAndOfNextWeek() {
        assertEquals(java.time.LocalDate.parse("2026-07-12"), dueDate("The marchers must disperse by Orangemen's Day."));
        assertEquals(java.time.LocalDate.parse("2027-02-15"), dueDate("The plan is due by Presidents' Day."));
        assertEquals(java.time.LocalDate.parse("2026-08-03"), dueDate("The plan is due by British Columbia Day."));
        assertDueDates(
                "2026-08-31", "The plan is due by National Heroes' Day.", // the last Monday of August
                "2026-06-22", "The plan is due by Discovery Day.", // the Monday nearest 24 June (a Wednesday)
                "2026-03-28", "The plan is due by Earth Hour."); // the last Saturday of March
        assertEquals(java.time.LocalDate.parse("2026-04-02"), dueDate("The plan is due by Thursday of Mysteries."),
                "a holiday whose name begins with a weekday is the holiday");
        // another calendar's new year moves each year and is not read: never January 1
        assertTrue(DeadlineExtractor.extract(TextNormalizer.normalize("The firms must deliver before the Lunar New Year."))
                .stream().noneMatch(m -> m.expression().holiday() != null));
        assertEquals(java.time.LocalDate.parse("2026-10-30"), dueDate("Bids must arrive by the last Friday of October."));
        assertEquals(java.time.LocalDate.parse("2026-10-06"), dueDate("Bids must arrive by the first Tuesday in October."));
        assertEquals(java.time.LocalDate.parse("2027-03-08"), dueDate("Bids must arrive by the 2nd Monday of March 2027."));
        assertEquals(Optional.empty(), resolve("Bids must arrive by the fifth Monday of February 2027.", TUESDAY),
                "February 2027 has four Mondays");
        assertEquals(java.time.LocalDate.parse("2026-03-04"), dueDate("The union must answer by Wednesday of next week."));
        assertEquals(java.time.LocalDate.parse("2026-03-06"), dueDate("The union must answer by Friday after next."));
        assertEquals(java.time.LocalDate.parse("2026-02-25"), dueDate("The union must answer by Wednesday."));
        assertEquals(java.time.LocalDate.parse("2026-03-02"), dueDate("The union must answer by the beginning of next week."));
        assertEquals(java.time.LocalDate.parse("2026-03-01"), dueDate("The union must answer by the start of next month."));
    }

    @Test
    void aClockTimeWithNoAmOrPmIsReadInBusinessHours() {
        assertDue("2026-02-25T15:30-05:00", Precision.MINUTE, "Bids must arrive by 3:30 Wednesday.", TUESDAY);
        assertDue("2026-02-25T03:30-05:00", Precision.MINUTE, "Bids must arrive by 03:30 Wednesday.", TUESDAY);
        assertDue("2026-02-25T09:30-05:00", Precision.MINUTE, "Bids must arrive by 9:30 Wednesday.", TUESDAY);
        assertDue("2026-02-25T15:30-05:00", Precision.MINUTE, "Bids must arrive by 3:30 p m Wednesday.", TUESDAY);
        assertDue("2026-02-25T09:59-05:00", Precision.MINUTE, "Bids must arrive by nine fifty nine a m Wednesday.", TUESDAY);
    }

    @Test
    void partsOfTheDayClockTimesInWordsAndDaysOfTheMonthWithTheirWeekday() {
        assertDue("2026-02-24T21:00-05:00", Precision.PART_OF_DAY, "The union must answer by this evening.", TUESDAY);
        assertDue("2026-02-25T14:00-05:00", Precision.PART_OF_DAY, "The union must answer by tomorrow lunchtime.", TUESDAY);
        assertDue("2026-03-02T09:00-05:00", Precision.PART_OF_DAY, "The union must answer by Monday early morning.", TUESDAY);
        assertDue("2026-03-02T09:00-05:00", Precision.PART_OF_DAY,
                "The union must answer by Monday in the early hours of the morning.", TUESDAY);
        assertDue("2026-03-15T12:00-04:00", Precision.PART_OF_DAY, "The union must answer by March 15 in the morning.", TUESDAY);
        assertDue("2026-02-25T09:00-05:00", Precision.HOUR, "The union must answer by 9 tomorrow.", TUESDAY);
        assertDue("2026-02-25T09:00-05:00", Precision.HOUR, "The union must answer by 9 tomorrow morning.", TUESDAY);
        assertDue("2026-02-25T15:20-05:00", Precision.MINUTE, "The union must answer by three twenty on Wednesday.", TUESDAY);
        assertDue("2026-02-25T15:30-05:00", Precision.MINUTE, "The union must answer by half three on Wednesday.", TUESDAY);
        assertDue("2026-02-25T13:15-05:00", Precision.MINUTE, "The union must answer by 15 minutes from 1pm on Wednesday.", TUESDAY);
        assertDue("2026-02-25T12:00-05:00", Precision.MINUTE, "The union must answer by mid day on Wednesday.", TUESDAY);
        // a day of the month with its weekday: the next such day that falls on it
        assertEquals(java.time.LocalDate.parse("2026-05-19"), dueDate("The union must answer by Tuesday 19th."));
        assertEquals(java.time.LocalDate.parse("2026-03-15"), dueDate("The union must answer by 15/3."), "no month 15: day first");
        assertEquals(java.time.LocalDate.parse("2026-03-05"), dueDate("The union must answer by 3/5."), "month first");
    }

    /** Each pair: the date a sentence is due on, written on {@link #TUESDAY}, and the sentence. */
    private static void assertDueDates(String... dateThenSentence) {
        for (int i = 0; i < dateThenSentence.length; i += 2) {
            assertEquals(java.time.LocalDate.parse(dateThenSentence[i]), dueDate(dateThenSentence[i + 1]), dateThenSentence[i + 1]);
        }
    }

    @Test
    void aWeekendIsDueOnItsSaturdayWhereItIsALimit() {
        assertDueDates(
                "2026-02-28", "The parties must reach a deal by the weekend.",
                "2026-03-07", "The parties must reach a deal by next weekend.",
                "2026-10-31", "The parties must reach a deal by the last weekend of October.",
                "2026-02-28", "The board extended the deadline to this week-end.");
        // a time things happen in, or an action's start over two days, is no limit
        for (String none : List.of("Talks went on over the weekend.", "The levy went into effect over the past weekend.",
                "The app would go dark this weekend.")) {
            assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize(none)), none);
        }
        // a pause moves a deadline as an extension does
        assertTrue(DeadlineExtractor.extract(TextNormalizer.normalize("The president paused the tariffs for 90 days."))
                .get(0).moves());
    }

    @Test
    void weekdaysFromNowDaysOfAMonthAndDaysFromAHoliday() {
        assertDueDates(
                "2026-03-13", "The union must answer by three Fridays from now.",
                "2026-03-08", "The union must answer by 2 Sundays from now.",
                "2026-10-03", "The union must answer by the third day of October.",
                "2026-03-20", "The union must answer by the 20th day of next month.",
                "2026-10-31", "The union must answer by the last day of October.",
                "2026-04-08", "The union must answer by three days after Easter.",
                "2026-11-19", "The union must answer a week before Thanksgiving.",
                "2026-03-15", "The union must answer by the Ides of March.",
                "2026-03-06", "The union must answer by the following week.");
        assertDue("2026-02-26T08:00Z", Precision.HOUR, "The union must answer by Thursday at 8 GMT.", TUESDAY);
    }

    @Test
    void fourDigitClockTimesAreReadWhereTheyCanBeNoCountOrYear() {
        assertDue("2026-02-25T17:00Z", Precision.MINUTE, "The militia must withdraw by 1700 GMT.", TUESDAY);
        assertDue("2026-02-25T06:00-05:00", Precision.MINUTE, "Crews must clear the road by 0600 hours.", TUESDAY);
        assertDue("2026-02-25T10:30-05:00", Precision.MINUTE, "Crews must clear the road by approximately 1030, officials said.", TUESDAY);
        assertDue("2026-02-25T08:30-05:00", Precision.MINUTE, "Crews must clear the road by 0830.", TUESDAY);
        assertNoMentionWhere(e -> e.hour() != null, "Members must cut staff by 1500.",
                "The country must cut emissions by 2030.", "The firm must shed 1250 jobs by the end of the year, staff said.");
    }

    @Test
    void aPartOfDayAfterALimitIsTodaysUnlessADayOrANounGoesWithIt() {
        assertDue("2026-02-24T17:00-05:00", Precision.PART_OF_DAY, "The council must vote by the afternoon.", TUESDAY);
        assertDue("2026-02-25T00:00-05:00", Precision.HOUR, "The council must ratify the deal this evening at 12, or talks end.", TUESDAY);
        assertDue("2026-02-25T00:00-05:00", Precision.HOUR, "The council must ratify the deal tonight at 12, or talks end.", TUESDAY);
        assertNoMentionWhere(e -> Integer.valueOf(0).equals(e.dayOffset()), "Showers turn heavier by the morning commute.",
                "The council must vote Friday by the afternoon.");
    }

    @Test
    void nextYearAfterADateOrHolidayCountsFromTheReferenceYear() {
        assertDueDates(
                "2027-06-30", "The regulator must publish the rules by June 30 next year.",
                "2027-12-25", "The builder must finish the bridge by Christmas next year.",
                "2027-11-25", "The builder must finish the bridge by Thanksgiving of next year.",
                "2026-12-25", "The builder must finish the bridge by Christmas this year.");
        assertEquals(Optional.empty(), resolve("The regulator must publish the rules by March next year.", TUESDAY),
                "a month alone stays unresolved, whatever its year");
    }

    @Test
    void aWeekdayAbbreviationThatIsAlsoAWordCountsOnlyInsideADate() {
        assertDue("2026-03-21T13:30-04:00", Precision.MINUTE, "Bids must arrive by 1:30 PM on Sat, Mar 21.", TUESDAY);
        assertDueDates("2026-03-21", "Bids must arrive by Sat, March 21.");
        assertNoMentionWhere(e -> e.weekday() != null, "Bids must arrive by Sun reporters.",
                "The Sun must print a correction, and Wed is its editor.");
    }

    @Test
    void aWeekOfAMonthIsFoundAndPinsNoDay() {
        for (String sentence : List.of("Ministers must agree a text by the first week of October.",
                "Ministers must agree a text by the last week of September 2027.")) {
            List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
            assertEquals(1, mentions.size(), sentence);
            assertEquals(Optional.empty(), resolve(sentence, TUESDAY), sentence);
            assertEquals(Optional.empty(), RESOLVER.period(mentions.get(0), TUESDAY), sentence);
        }
    }

    @Test
    void theTimeGrammarReadsTheMonthOrQuarterThatTheDeadlineRulesLeaveUnresolved() {
        Map<String, String> lastDays = Map.of(
                "The ministry must publish the rules by June.", "2026-06-30",
                "The ministry must publish the rules by February.", "2026-02-28",
                "The ministry must publish the rules by January.", "2027-01-31",
                "The lender must repay the loan by the third quarter.", "2026-09-30",
                "The board must decide by next quarter.", "2026-06-30",
                "The board must decide by this quarter.", "2026-03-31",
                "The agency must publish the rules by 10/2027.", "2027-10-31");
        lastDays.forEach((sentence, day) -> {
            List<DeadlineMention> mentions = DeadlineExtractor.extract(TextNormalizer.normalize(sentence));
            assertEquals(1, mentions.size(), sentence);
            assertEquals(Optional.empty(), RESOLVER.resolve(mentions.get(0), TUESDAY), sentence);
            ResolvedDeadline period = RESOLVER.period(mentions.get(0), TUESDAY).orElseThrow();
            assertEquals(java.time.LocalDate.parse(day), period.due().toLocalDate(), sentence);
        });
        assertEquals(Optional.empty(), RESOLVER.period(DeadlineExtractor.extract(TextNormalizer.normalize(
                "The union must answer by Friday.")).get(0), TUESDAY), "a day is a deadline, not a period");
    }

    /** No mention of any of the sentences has an expression that {@code reads}. */
    @Test
    void aLowercaseMarchAfterALimitAnOrdinalAloneAndAboutATimeAreDates() {
        assertDueDates(
                "2026-03-01", "The board must publish the rules by march first.",
                "2026-03-01", "Rent is due by the first.",
                "2026-03-01", "Rent is due by the first, the landlord said.");
        assertDue("2026-02-24T17:00-05:00", Precision.HOUR, "The board must publish the rules by 5ish pm.", TUESDAY);
        assertDue("2026-02-25T17:00-05:00", Precision.PART_OF_DAY, "The board must publish the rules by tomorrow afternoonish.", TUESDAY);
        assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize("The band will march first, then the choir.")));
        assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize("He arrived by the first train.")));
        assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize("The second vote came a week before the first.")));
        assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize("The race was won by the first.")));
        assertEquals(List.of(), DeadlineExtractor.extract(TextNormalizer.normalize("The board must publish the rules in a British-ish way.")));
    }

    @Test
    void aWindowGrantedAfterAFutureModalCountsFromTheDayOfWritingNotFromAWeekdayBeforeIt() {
        assertDueDates(
                "2026-03-26", "The tariffs announced on Saturday will be paused for a 30 day period.",
                "2026-03-23", "The president on Saturday paused the tariffs for a 30 day period.");
    }

    private static void assertNoMentionWhere(java.util.function.Predicate<TimeExpression> reads, String... sentences) {
        for (String sentence : sentences) {
            assertTrue(DeadlineExtractor.extract(TextNormalizer.normalize(sentence)).stream()
                    .noneMatch(m -> m.expression() != null && reads.test(m.expression())), sentence);
        }
    }
}
