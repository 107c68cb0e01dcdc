package io.storywatch.deadline;

import io.storywatch.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineExtractorTest {

    private static List<DeadlineMention> extract(String text) {
        return DeadlineExtractor.extract(TextNormalizer.normalize(text));
    }

    private static void assertClock(int hour, Integer minute, String sentence) {
        TimeExpression e = extract(sentence).get(0).expression();
        assertEquals(hour, e.hour(), sentence);
        assertEquals(minute, e.minute(), sentence);
    }

    @Test
    void theFormsOfATenderOfferAndARangeInQuotes() {
        List<DeadlineMention> york = extract("Holders must tender their notes by 5:00 p.m., New York City time, on May 21.");
        assertEquals(List.of("5:00 p.m., New York City time, on May 21"), york.stream().map(DeadlineMention::text).toList());
        assertEquals("America/New_York", york.get(0).expression().zone());
        TimeExpression minuteAfter = extract("The offer will expire at one minute after 11:59 p.m. on June 2.").get(0).expression();
        assertEquals(24, minuteAfter.hour(), "one minute after 11:59 p.m. is the midnight that ends the day");
        assertEquals(2, minuteAfter.day());
        List<DeadlineMention> range = extract("The mayor said he would give the board \"five or six days\" to decide.");
        assertEquals(List.of("five or six days"), range.stream().map(DeadlineMention::text).toList());
        assertEquals(Boolean.TRUE, range.get(0).expression().range());
        assertEquals(Boolean.TRUE, extract("He will give the board 10 or 12 days to decide.").get(0).expression().range());
    }

    @Test
    void commonWordsStartATimeOnlyBeforeAWordThatCanContinueIt() {
        DeadlineExtractor.Scan prose = DeadlineExtractor.scan(TextNormalizer.normalize(
                "In Paris, a deal in principle was an option this year, a spokesman for the National Guard said in an "
                        + "interview. Good news came in a letter from this office, as a law on a tax in Canada took a turn."));
        assertEquals(List.of(), prose.mentions());
        // each token is read to see whether it can start a time, a common one again with the word after it, and a
        // holiday's first word against the names it begins: a few reads a token (trying every component cost 19)
        assertTrue(prose.steps() <= 4L * prose.tokens(), prose.steps() + " reads for " + prose.tokens() + " tokens");
        assertEquals(List.of("in a couple of days"), texts("Negotiators must reach a deal in a couple of days."));
        assertEquals(List.of("in a week"), texts("The board must decide in a week, the chair said."));
        assertEquals(List.of("a week"), texts("They gave the union a week to respond."));
        assertEquals(List.of("in the next two weeks"), texts("A ruling is due in the next two weeks, the court said."));
        assertEquals(List.of("a quarter past three"), texts("The vote must close by a quarter past three."));
        assertEquals(List.of("this weekend"), texts("The two sides must reach a deal by this weekend."));
        assertEquals(List.of("this Friday"), texts("The deadline is this Friday."));
        assertEquals(List.of("Good Friday"), texts("Ballots must be returned by Good Friday."));
        assertEquals(List.of("National Heroes' Day"), texts("Applications close before National Heroes' Day."));
    }

    @Test
    void justAfterMidnightIsAMinuteIntoTheDayNamed() {
        List<DeadlineMention> strike = extract("A strike at the ports appears poised to occur just after midnight on Oct. 1.");
        assertEquals(List.of("just after midnight on Oct. 1"), strike.stream().map(DeadlineMention::text).toList());
        assertEquals(0, strike.get(0).expression().hour());
        assertEquals(1, strike.get(0).expression().minute());
        assertEquals(1, strike.get(0).expression().day());
        assertClock(0, 1, "Workers will walk out shortly after midnight on Friday.");
        assertClock(24, 0, "The contract expires at midnight on Sept. 30."); // midnight alone ends the day named
        assertClock(24, 0, "Talks must end by midnight, after which the union will strike.");
    }

    @Test
    void quotationMarksDoNotPutTheWordsTheyQuoteFurtherAway() {
        assertEquals(List.of("June 1"), texts("Her letter said the U.S. ‘could’ run out of funds ‘as soon as’ June 1."));
        assertEquals(List.of("June 1"), texts("Her letter said the U.S. could run out of funds as soon as June 1."));
    }

    @Test
    void thoseAndTheseDatesAfterALimitReferToDatesStated() {
        List<DeadlineMention> those = extract("Britain may leave on December 1 if both sides ratify the treaty before those dates.");
        assertEquals(List.of("those dates"), those.stream().map(DeadlineMention::text).toList());
        assertTrue(those.get(0).anaphor());
        assertEquals(List.of("these dates"), texts("Members must vote before these dates, the union said."));
        assertEquals(List.of(), texts("Those dates were chosen by the council.")); // no limit before them
    }

    @Test
    void twelveWithTheWordThatSaysWhichTwelve() {
        assertClock(12, 0, "Offers must arrive by 12 noon on Tuesday.");
        assertEquals(List.of("12 noon on 3 May"), texts("Bidders have until 12 noon on 3 May to submit offers."));
        assertClock(24, 0, "The ferry must sail before twelve midnight on Sunday.");
        assertEquals(List.of("twelve midnight on Sunday"), texts("The ferry must sail before twelve midnight on Sunday."));
    }

    private static List<String> texts(String text) {
        return extract(text).stream().map(DeadlineMention::text).toList();
    }

    @Test
    void findsEveryDeadlinePhrasingOfTheSeeds() {
        assertEquals(List.of("Friday evening"), texts("Anthropic has until Friday evening to either give the U.S. military access."));
        assertEquals(List.of("Friday (27 February) evening"),
                texts("Hegseth has given Amodei until Friday (27 February) evening to grant access."));
        assertEquals(List.of("5:01 PM ET on Friday"), texts("\"They have until 5:01 PM ET on Friday to decide.\""));
        assertEquals(List.of("5 p.m. Friday"), texts("Hegseth set a hard deadline of 5 p.m. Friday for Anthropic."));
        assertEquals(List.of("end of the week"), texts("provide the military with access by the end of the week, or face consequences"));
        assertEquals(List.of("Friday"), texts("As the Friday deadline approaches, both parties face choices."));
        assertEquals(List.of("Friday afternoon"), texts("Anthropic had until Friday afternoon before the Pentagon would act."));
    }

    @Test
    void parsesTheFieldsOfAClockTimeWithZone() {
        TimeExpression e = extract("They have until 5:01 PM ET on Friday to decide.").get(0).expression();
        assertEquals(17, e.hour());
        assertEquals(1, e.minute());
        assertEquals("ET", e.zone());
        assertEquals(DayOfWeek.FRIDAY, e.weekday());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Defense Secretary Pete Hegseth told Amodei in a meeting Tuesday morning that the Pentagon would act.",
            "Boston, MA | June 9, 2026",
            "On Thursday, Amodei said Anthropic could not accept the changes.",
            "During a tense meeting on Tuesday (24 February), Hegseth delivered an ultimatum.",
            "— Sean Parnell (@SeanParnellASW) February 26, 2026",
            "If Anthropic canceled the contract tomorrow, it would be a serious problem.",
            "The company signed a two-year contract in July 2024.",
            "Whatever happens at the end of today, this fight is probably far from over",
            "The report was published by Reuters on Monday.",
            "She will sun herself on Sat and wed in May."})
    void aDateWithoutADeadlineCueIsNotADeadline(String sentence) {
        assertEquals(List.of(), texts(sentence));
    }

    @Test
    void cuesBeforeAndAfterTheExpression() {
        assertEquals(List.of("Feb. 27"), texts("Comments are due Feb. 27."));
        assertEquals(List.of("midnight Sunday"), texts("The offer expires at midnight Sunday."));
        assertEquals(List.of("March 1"), texts("Lawmakers must pass a budget no later than March 1."));
        assertEquals(List.of("noon"), texts("Workers will strike unless a deal is reached by noon."));
        assertEquals(List.of("Monday"), texts("Monday's deadline looms over the talks."));
        assertEquals(List.of("within 48 hours"), texts("Hamas was told to respond within 48 hours."));
        assertEquals(List.of("in 30 days"), texts("The company must comply in 30 days or face fines."));
        assertEquals(List.of("10 days"), texts("The judge gave the parties 10 days to settle."));
        assertEquals(List.of("2026-03-15"), texts("Applications are due 2026-03-15."));
    }

    @Test
    void aSpanWithoutADeadlineSentenceIsNotADeadline() {
        assertEquals(List.of(), texts("Prices rose for the first time in 30 days."));
    }

    @Test
    void offsetsPointIntoTheOriginalBody() {
        String body = "top of page\n\nSee [Axios](https://axios.com/x) — Anthropic has until Friday evening to decide.";
        DeadlineMention m = extract(body).get(0);
        assertEquals("Friday evening", body.substring(m.start(), m.end()));
    }

    @Test
    void aMoveIsFlagged() {
        assertTrue(extract("The Pentagon extended the deadline to Monday at 9 a.m.").get(0).moves());
    }

    @Test
    void hostileTextIsBoundedAndDoesNotThrow() {
        StringBuilder cues = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            cues.append("until by deadline Friday ");
        }
        assertEquals(DeadlineExtractor.MAX_MENTIONS, extract(cues.toString()).size());
        String digits = "9".repeat(1_000_000) + ":99 p.m. until " + "1".repeat(50_000);
        assertEquals(List.of(), texts(digits));
        String brackets = "[".repeat(200_000) + "](" + "(".repeat(200_000);
        assertEquals(List.of(), texts(brackets));
    }

    @Test
    void anaphorsReferToADeadlineStatedElsewhere() {
        List<DeadlineMention> m = extract("Talks went on as the deadline neared. Neither side would sign before that date.");
        assertEquals(List.of("the deadline", "that date"), m.stream().map(DeadlineMention::text).toList());
        assertTrue(m.stream().allMatch(DeadlineMention::anaphor));
        assertTrue(m.get(0).expression().weekday() == null && !m.get(0).expression().hasAnchor());
        // a head that introduces its own time is that time's cue, not an anaphor
        assertEquals(List.of("noon Thursday"), texts("The board set a deadline of noon Thursday."));
        // "the Friday deadline" is one mention; a publication called Deadline is none; a date with no limit is none
        assertEquals(List.of("Friday"), texts("The Friday deadline looms."));
        assertEquals(List.of(), texts("The producer told Deadline the film was finished."));
        assertEquals(List.of(), texts("The release date was a matter of debate."));
        // the plural names deadlines in general ("set deadlines for loading"), not the one the story states
        assertEquals(List.of(), texts("The ports set deadlines for loading and imposed similar deadlines on trucks."));
        assertEquals(List.of("the deadline"), texts("The ports set deadlines for loading as the deadline neared."));
        // a date of a deadline's kind refers to it ("the exit date"); so do "before then" and "at that time" in
        // a sentence that binds or threatens, and an agreement that expires
        assertEquals(List.of("The exit date"), texts("The exit date was a matter of debate."));
        assertEquals(List.of("new compliance date"), texts("The order moves the new compliance date again."));
        assertEquals(List.of("Friday", "before then"), texts("The mill will close on Friday unless a buyer is found before then."));
        assertEquals(List.of("at that time"), texts("At 9 p.m. the gates shut. Every truck must leave the yard at that time."));
        assertEquals(List.of(), texts("By then the crowd had gone home."));
        assertEquals(List.of("the lease expires"), texts("Tenants may protest when the lease expires."));
        assertEquals(List.of(), texts("The milk expires soon."));
        // the head introduces the time right after it: "the exit date from this Friday"
        assertEquals(List.of("this Friday"), texts("She asked to move the exit date from this Friday to a later one."));
    }

    @Test
    void windowsAPartyIsGiven() {
        assertEquals(List.of("90-day"), texts("The council announced a 90-day pause on the new fees."));
        assertEquals(List.of("72-hour"), texts("The union served a 72-hour strike notice."));
        assertEquals(List.of("30 days"), texts("The levy was paused for 30 days while talks go on."));
        assertEquals(List.of("1 month"), texts("Mayor pauses parking levy for 1 month after traders protest"));
        assertEquals(List.of("45-day"), texts("Both sides said the 45-day timeframe would be hard to meet."));
        assertEquals(List.of("two more months"), texts("The lease was extended for two more months."));
        assertEquals(List.of("48 hours"), texts("The tenants have 48 hours left to leave."));
        assertEquals(List.of("14 days"), texts("The crew gave the owners 14 days' notice of the walkout."));
        assertEquals(List.of("14 days"), texts("The crew gave the owners 14 days’ notice of the walkout."));
        assertEquals(List.of("50 days from July 14"), texts("The plan sets a limit of 50 days from July 14."));
        List<DeadlineMention> ended = extract("In March the port extended the permit for 60 days, until May 18.");
        assertEquals(List.of("60 days, until May 18"), ended.stream().map(DeadlineMention::text).toList());
        assertEquals(18, ended.get(0).expression().day(), "the window ends on the date stated with it");
        assertEquals(Boolean.TRUE, extract("The firm got another 60 days to sell.").get(0).expression().extension());
        assertEquals(null, extract("The regulator gave the firm 60 days to sell.").get(0).expression().extension());
        // a duration reckoned from an event, a contract's length, a sunset of funding: no window
        assertEquals(List.of(), texts("The strike was extended 45 days ago."));
        assertEquals(List.of(), texts("The levy was paused 30 days after the vote."));
        assertEquals(List.of(), texts("The lease runs for two years."));
        assertEquals(List.of(), texts("The bill extended government funding for 45 days."));
        assertEquals(List.of(), texts("The stopgap keeps the agencies funded through Nov. 21."));
    }

    @Test
    void theTenseOfTheSentenceMarksAReportAfterTheFact() {
        assertEquals(Boolean.TRUE, extract("The filing deadline passed on Friday.").get(0).expression().past());
        assertEquals(Boolean.TRUE, extract("The firm had until Friday to deliver.").get(0).expression().past());
        assertEquals(null, extract("The firm had until Friday before the board would act.").get(0).expression().past());
        assertEquals(Boolean.TRUE, extract("The Friday deadline came and went.").get(0).expression().past());
        assertEquals(Boolean.TRUE, extract("The two sides blew through the Sunday deadline.").get(0).expression().past());
        assertEquals(null, extract("The two sides may blow through the Sunday deadline.").get(0).expression().past());
        assertEquals(Boolean.TRUE, extract("The board must decide by Wednesday.").get(0).expression().ahead());
        // "took effect on Sunday" is a measure already in force; a forecast's hours are not deadlines
        assertEquals(List.of(), texts("The tariffs took effect on Sunday."));
        assertEquals(List.of("Sunday"), texts("The tariffs take effect on Sunday."));
        assertEquals(List.of(), texts("Showers are likely before 8 p.m. with temperatures near 60 degrees."));
    }

    @Test
    void timesJoinedAcrossACueAndWrittenInMoreWays() {
        assertEquals(List.of("midnight deadline on Wednesday"), texts("The court set a midnight deadline on Wednesday."));
        assertEquals(List.of("end of Wednesday"), texts("The agency must pay by the end of Wednesday."));
        assertEquals(List.of("mid-day Friday"), texts("Responses are due by mid-day Friday."));
        assertEquals(List.of("Halloween"), texts("The exit was delayed until Halloween."));
    }

    @Test
    void theStartOfAThreatenedActionIsADeadline() {
        assertEquals(List.of("midnight"), texts("The nurses will walk off the job at midnight."));
        assertEquals(List.of("12:01 a.m. Thursday"), texts("Deliveries will cease at 12:01 a.m. Thursday."));
        assertEquals(List.of("Sunday night"), texts("The vote raised the possibility of a strike as early as Sunday night."));
        assertEquals(List.of(), texts("The senators said a vote could come as early as Tuesday."));
        // the day the threat was made, and a strike reported after the fact, are not
        assertEquals(List.of(), texts("The union said on Thursday that members would strike."));
        assertEquals(List.of(), texts("The strike began at 12:01 a.m. on Monday."));
        // the verb that schedules the action may stand after it, right before the time
        assertEquals(List.of("midnight"), texts("A walkout by 12,000 cleaners is all but certain to start at midnight."));
        assertEquals(List.of("Sunday"), texts("The council approved a stopgap to avert a transit shutdown starting Sunday."));
        assertEquals(List.of("Sunday"), texts("The council approved a stopgap to avert a transit shutdown starting Sunday "
                + "after a tense session Saturday."), "Saturday is no start: the scheduling verb governs only the time after it");
        // more actions (a site going dark, new tariffs) and words that look ahead to them (averting, planning)
        assertEquals(List.of("Sunday"), texts("Lawmakers rushed to stave off a ban on Sunday."));
        assertEquals(List.of("Friday"), texts("The forum is planning to shut down its servers on Friday."));
        assertEquals(List.of("midnight Tuesday"), texts("The new levies on steel were scheduled to start at midnight Tuesday."
                .replace("levies", "tariffs")));
        assertEquals(List.of(), texts("The site went dark on Sunday."));
        // what happens at a time without a deal makes it the deal's deadline, as "unless" does
        assertEquals(List.of("1 June"), texts("The province must join the scheme or leave it on 1 June without an agreement."));
        assertEquals(List.of("Friday"), texts("The vote heads off a no-deal exit on Friday."));
        assertEquals(List.of("June 2"), texts("The levy doubles on June 2 if no agreement is reached."));
        assertEquals(List.of("Thursday"), texts("Absent a deal, the walkout goes ahead on Thursday."));
        assertEquals(List.of(), texts("The drivers have been without a contract since January 1."));
        // running out (of money) is an action too, and a quote mark may stand between a cue and its time
        assertEquals(List.of("June 1"), texts("The city said its pension fund could run out of cash “as soon as” June 1."));
        assertEquals(List.of("March 3"), texts("Bids are due by “March 3”, officials said."));
        // "may" and "might" look ahead as "could" does, and running low is running out
        assertEquals(List.of("June 5"), texts("The country may default on its debt on June 5."));
        assertEquals(List.of("June 5"), texts("The fund might run dry on June 5.".replace("dry", "out of cash")));
        assertEquals(List.of("June 1"), texts("The fund could run too low as soon as June 1."));
        assertEquals(List.of(), texts("The fund ran a surplus in May, June and July."));
    }

    @Test
    void aTimeThatOpensItsSentenceIsTheStartOfTheActionTheSentenceSchedules() {
        assertEquals(List.of("midnight tonight"), texts("At midnight tonight, the drivers will walk out, the union said."));
        assertEquals(List.of("Tonight"), texts("“Tonight, for the first time ever, we will strike every plant,” she said."));
        assertEquals(List.of("3 pm on May 2"), texts("At 3 pm on May 2, terminal operations will stop and ships must sail."));
        assertEquals(List.of(), texts("At 3 pm on May 2, all terminal operations will stop."), "a schedule binds no one");
        // a reporting verb first dates the report; a time the action names of its own is the action's; no action, no limit
        assertEquals(List.of(), texts("On Monday, the union said members will strike."));
        assertEquals(List.of("4pm"), texts("On May 2, terminal operations will cease at 4pm."));
        assertEquals(List.of(), texts("At noon on Friday, the mayor will hold a press conference."));
        assertEquals(List.of(), texts("Late on Friday, union members went on strike."));
    }

    @Test
    void aStoppageStillAheadAfterALimitRefersToTheStorysDeadline() {
        for (String sentence : List.of("Talks resumed with days to go until a planned strike.",
                "Shippers rushed cargo out before the impending stoppage.",
                "Freight piled up ahead of the looming rail shutdown.")) {
            List<DeadlineMention> m = extract(sentence);
            assertEquals(1, m.size(), sentence);
            assertTrue(m.get(0).anaphor(), sentence);
        }
        assertEquals(List.of(), texts("The planned strike was called off."), "no limit before it");
        assertEquals(List.of(), texts("Shippers rushed cargo out before the strike."), "nothing says it is still ahead");
        assertEquals(List.of(), texts("Cargo piled up after the planned strike."), "after it is no limit");
    }

    @Test
    void aTimeSetOffAfterTheEndOfAnAgreementAndTheStrokeOfTheClockAreLimits() {
        assertEquals(List.of("midnight on June 30"), texts("Talks stalled, with the end of the pact — midnight on June 30 — near."));
        assertEquals(List.of("11:59 p.m. Sunday"), texts("Both sides met before the expiry of the contract, 11:59 p.m. Sunday, passed."));
        assertEquals(List.of("midnight"), texts("Leaders hope to strike a deal before the clock strikes midnight."));
        assertEquals(List.of("June 1"), texts("Buyers circled as the June 1 date loomed."));
        assertEquals(List.of(), texts("The June 1 date was chosen for the gala."), "a date that comes no closer is none");
        assertEquals(List.of(), texts("Shops filled up as Christmas loomed."), "a holiday that looms is no limit");
        assertEquals(List.of(), texts("The crowd cheered when the clock struck midnight."));
        assertEquals(List.of(), texts("The terms of the contract, June 30, were read out."));
    }

    @Test
    void anExtensionToADateAndMoreWaysOfWritingAWindow() {
        assertEquals(List.of("March 31"), texts("Leaders agreed an extension to March 31."));
        assertEquals(List.of("90 day"), texts("The mayor authorized a 90 day pause on evictions."));
        assertEquals(List.of("next 60 days"), texts("The agency will hold off on fines for the next 60 days."));
        assertEquals(List.of("one month"), texts("The levies were suspended for one month."));
        // a duration "for" introduces may stand past the object the verb acts on, or after "a period of"
        assertEquals(List.of("45 days"), texts("The board voted to delay enforcement of the new rule on short-term rentals for 45 days."));
        assertEquals(List.of("30 days"), texts("The order postpones the closure of the county landfill for a period of 30 days."));
        assertEquals(List.of("six months"), texts("The mayor backed off his plan to close the shelters for six months."));
        assertEquals(List.of(), texts("The team backed his plan to close the shelters for six months."));
    }

    @Test
    void aMonthAloneIsALimitLeftUnresolvedAndMoreStartsOfAnAction() {
        DeadlineMention june = extract("The ministry must publish the rules by June.").get(0);
        assertEquals("June", june.text());
        assertEquals(6, june.expression().month());
        assertEquals(null, june.expression().day(), "a month alone pins no day");
        assertEquals(List.of("May"), texts("The club must hold its vote in May or leave the league without a deal."));
        // "in" a month dates an event unless a modal binds someone to it; "May" the name is no month
        assertEquals(List.of(), texts("The law passed by the council in September in order to avoid a no-deal exit."));
        assertEquals(List.of(), texts("In a speech, May said the plan was firm."));
        // a possible or a faced action, and a measure that takes effect
        assertEquals(List.of("Nov. 3"), texts("Shippers are bracing for a possible strike by bus drivers on Nov. 3."));
        assertEquals(List.of("March 9"), texts("The firm must sell its stake or face a ban on March 9."));
        assertEquals(List.of("Monday"), texts("The new duties on lumber are still set to go into effect as planned on Monday."));
        assertEquals(List.of(), texts("The new duties on lumber went into effect on Monday."));
        // "barring" is a condition as "unless" is; closing and stopping are actions a party schedules
        assertEquals(List.of("6 a.m."), texts("Drivers would walk out of both depots at 6 a.m., barring a late offer."));
        assertEquals(List.of("noon"), texts("All loading docks will close at noon."));
        assertEquals(List.of("2 p.m."), texts("Ferry service will stop at 2 p.m., the operator said."));
        assertEquals(List.of(), texts("A source close to the council said it will be settled today."));
        // "must" or "have to" binds a party to the time that follows, unless it is when a meeting is held
        assertEquals(List.of("1 July"), texts("If the bill fails, the tenants will have to leave on 1 July."));
        assertEquals(List.of(), texts("All members have to agree to hold a vote tonight."));
        // "beyond" limits; "beyond the 60 days agreed" refers to a window already stated
        assertEquals(List.of("Sunday"), texts("The troops cannot stay beyond Sunday."));
        DeadlineMention agreed = extract("The troops stayed beyond the 30 days agreed in the truce.").get(0);
        assertEquals("30 days", agreed.text());
        assertTrue(agreed.anaphor(), "a definite window is the one stated before");
        assertEquals(List.of("next 45 days"), texts("The agency will refrain from issuing any fines on farms for the next 45 days."));
        // a time that opens a sentence whose agreement then expires is that agreement's deadline
        assertEquals(List.of("March 31"), texts("On March 31, the lease covering all four depots is set to expire."));
        assertEquals(List.of("Today"), texts("Today the pact that lets barges pass the strait expires."));
        assertTrue(!texts("On March 31, the mayor said the lease expires.").contains("March 31"), "the day it was said");
        // a range is found and left unresolved; "by" before a name or a means is no limit; "through" after
        // a date ends a period
        DeadlineMention range = extract("The agency may grant an additional 30 or 60 days to comply.").get(0);
        assertEquals("30 or 60 days", range.text());
        assertEquals(Boolean.TRUE, range.expression().range());
        assertEquals(List.of(), texts("The raids were ordered by Judge Alves as part of the inquiry into the May 3 riot."));
        assertEquals(List.of(), texts("The minister told the union by telephone on Saturday it must accept the offer."));
        assertEquals(List.of(), texts("The plan covers the fiscal year (July 1, 2026 through June 30, 2027)."));
        assertEquals(List.of("June 30"), texts("Tenants must stay through June 30."));
        // a window counts from the date that opens its sentence; "three days earlier" is reckoned from an event;
        // an extension recounted under a past date ("On May 2, the lease was extended for 60 days") is history
        DeadlineMention given = extract("On March 2, the judge gave the firm 30 days to respond.").get(0);
        assertEquals(2, given.expression().day());
        assertEquals(30, given.expression().spanAmount());
        assertEquals(List.of(), texts("The bill would grant a vote on June 9, three days earlier than the mayor asked."));
        DeadlineMention recounted = extract("On May 2, 2025, the lease was extended for 60 days.").get(0);
        assertTrue(recounted.background(), "an earlier extension, recounted");
        assertTrue(!extract("The lease was extended for 60 days on Monday.").get(0).background());
        // a weekday after an ultimatum that was issued dates the act; one the ultimatum sets is its limit
        assertEquals(List.of(), texts("The mayor issued an ultimatum to the striking drivers Sunday."));
        assertEquals(List.of("Friday"), texts("The mayor issued an ultimatum expiring Friday."));
        assertEquals(List.of("Friday"), texts("The mayor set a deadline of Friday."));
        // limits in more words: "past", "as of" a cutoff, "after" what stops then, "by late", "in less than"
        assertEquals(List.of("Friday"), texts("Stores may not sell the drink past Friday."));
        assertEquals(List.of(), texts("Prices fell sharply this past Friday."));
        assertEquals(List.of("Monday"), texts("As of Monday, visitors will no longer be able to enter the park."));
        assertEquals(List.of(), texts("As of Monday, 40 visitors had entered the park."));
        assertEquals(List.of("June 30"), texts("The permits will be terminated after June 30."));
        assertEquals(List.of(), texts("The talks resumed after June 30."));
        assertEquals(List.of("January"), texts("Troops should withdraw by late January."));
        assertEquals(36, extract("The agency must pay in less than 36 hours.").get(0).expression().spanAmount());
        // "will end on" states an end as "ends on" does
        assertEquals(List.of("April 2"), texts("The truce will end on April 2."));
    }

    @Test
    void moreWrittenFormsOfClockTimesDatesHolidaysAndPeriods() {
        assertEquals(List.of("15:30"), texts("Bids must arrive by 15:30."));
        assertEquals(List.of("three pm"), texts("Bids must arrive by three pm."));
        assertEquals(List.of("3 oclock pm"), texts("Bids must arrive by 3 oclock pm."));
        assertEquals(List.of("3:15p"), texts("Bids must arrive by 3:15p."));
        assertEquals("EST", extract("Bids must arrive by 11:59pmEST Monday.").get(0).expression().zone());
        // "local time" is the zone of the place named last before it; with none named, the feed's
        assertEquals("Asia/Beirut", extract("Talks resumed in Lebanon. Militias must leave the border zone "
                + "by Sunday at 4 a.m. local time.").get(0).expression().zone());
        assertEquals("Africa/Lagos", extract("The union in Nigeria met in South Africa before. The "
                + "strike in Nigeria will begin at 6 a.m. local time unless talks resume.").get(0).expression().zone());
        assertEquals(null, extract("The store must close by 9 p.m. local time.").get(0).expression().zone());
        assertEquals(List.of("2/15"), texts("Bids must arrive by 2/15."));
        assertEquals(List.of("3/3/2015"), texts("Bids must arrive by 3/3/2015."));
        assertEquals(List.of("15th"), texts("Filings are due on the 15th."));
        assertEquals(List.of("1st of March"), texts("Filings are due by the 1st of March."));
        assertEquals(List.of("easter monday"), texts("The work must be done by easter monday."));
        assertEquals(List.of("Thanksgiving 2027"), texts("The work must be done by Thanksgiving 2027."));
        assertEquals(List.of("next week"), texts("The ministry must reply by next week."));
        // clock times written in more ways: minutes in words or run into the hour, a part of the day, minutes
        // before or after a clock time
        assertClock(19, 30, "Bids must arrive by seven thirty p.m.");
        assertClock(15, 30, "Bids must arrive by 330 p.m.");
        assertClock(20, null, "Bids must arrive by 8 this evening.");
        assertClock(3, null, "Bids must arrive by 3 in the morning.");
        assertClock(15, 15, "Bids must arrive by 3:15 in the afternoon.");
        assertClock(10, null, "Bids must arrive this morning at 10.");
        assertClock(15, 15, "Bids must arrive by a quarter past 3pm.");
        assertClock(13, 40, "Bids must arrive by 20 minutes to 2pm.");
        assertClock(20, null, "Bids must arrive tonight at 8 o'clock.");
        // ordinal days, the day after tomorrow, a day of next month, business shorthand, holidays
        assertEquals(3, extract("Bids must arrive by the third of March.").get(0).expression().day());
        assertEquals(1, extract("Bids must arrive by March first.").get(0).expression().day());
        assertEquals(List.of(), texts("They may first need to march first to the square."), "verbs, not dates");
        assertEquals(2, extract("Bids must arrive by the day after tomorrow.").get(0).expression().dayOffset());
        assertEquals(Boolean.TRUE, extract("Bids must arrive by the 20th of next month.").get(0).expression().next());
        assertEquals(Precision.DAY, extract("Send the figures by EOD.").get(0).expression().endOf());
        assertEquals(Holiday.PALM_SUNDAY, extract("The work must be done by Palm Sunday.").get(0).expression().holiday());
        assertEquals(Holiday.TAX_DAY, extract("Returns must be filed by tax day.").get(0).expression().holiday());
        assertEquals(DayOfWeek.THURSDAY, extract("Bids must arrive by Thu 15th.").get(0).expression().weekday());
        // spans in more words
        assertEquals(15, extract("They must reply in a quarter of an hour.").get(0).expression().spanAmount());
        assertEquals(150, extract("They must reply within two and a half hours.").get(0).expression().spanAmount());
        assertEquals(30, extract("They must reply in 1/2 hour.").get(0).expression().spanAmount());
        // a time with no cue, or "at 10:30" with none, is no deadline
        assertEquals(List.of(), texts("The hearing resumed at 10:30 with two witnesses."));
    }

    @Test
    void aCueAfterAVoteOrAnElectionDatesTheEventUnlessSomeoneIsBoundToIt() {
        assertEquals(List.of(), texts("MPs vote today on plans for a general election before Christmas."));
        assertEquals(List.of(), texts("Senate leaders scheduled a vote by Friday on the package."));
        assertEquals(List.of("Friday"), texts("The Senate must hold a vote by Friday on the package."));
        assertEquals(List.of("Friday"), texts("The chamber faces a deadline to hold a vote by Friday."));
    }

    @Test
    void aTimeThatDatesACountIsNoLimit() {
        assertEquals(List.of(), texts("Forty ships were waiting outside the ports by Wednesday, up from three on Sunday."));
        assertEquals(List.of("Wednesday"), texts("The ships must leave the ports by Wednesday, the harbour master said."));
    }

    @Test
    void thePastPerfectOfReportedSpeechTellsTheStoryAsItStands() {
        assertTrue(extract("May had requested an extension till June 30.").get(0).background(), "an earlier state");
        DeadlineMention reported = extract("The White House said on Sunday that the deal had been extended until "
                + "February 18.").get(0);
        assertEquals(false, reported.background(), "backshifted after 'said': the deal is extended now");
        assertTrue(reported.moves());
    }
}
