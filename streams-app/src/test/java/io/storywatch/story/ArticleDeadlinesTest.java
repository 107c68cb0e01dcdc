package io.storywatch.story;

import io.storywatch.deadline.DeadlineExtractor;
import io.storywatch.deadline.Precision;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.text.TextNormalizer;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.EnrichedArticle.MentionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rules that read a whole article: each sentence here is written for the rule it checks. */
class ArticleDeadlinesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday 3 March 2026, 10:00 in New York. */
    private static final Instant TUESDAY = Instant.parse("2026-03-03T15:00:00Z");

    private static List<ArticleDeadlines.Found> found(String body) {
        AnalyzedArticle article = new AnalyzedArticle("a1", null, "outlet", null, null, TUESDAY, false, "h",
                Map.of(), DeadlineExtractor.extract(TextNormalizer.normalize(body)), 0L, "en", "f");
        return ArticleDeadlines.resolve(article, null, TUESDAY.toEpochMilli(), NEW_YORK).mentions();
    }

    private static String due(ArticleDeadlines.Found f) {
        return f.value() == null ? null : f.value().due().toString();
    }

    @Test
    void aWindowEndsOnTheDateTheArticleStatesForIt() {
        List<ArticleDeadlines.Found> f = found("The club won a six-month extension. The new deadline is 31 August.");
        assertEquals("2026-08-31T23:59-04:00", due(f.get(0)), "six months from 3 March, snapped to the stated date");
        assertEquals(MentionStatus.AHEAD, f.get(0).status());
    }

    @Test
    void aClockTimeStatedOnceHoldsForTheOtherMentionsOfThatDay() {
        List<ArticleDeadlines.Found> f = found("Bids are due by Friday. The tender closes at 3 p.m. Friday.");
        assertEquals("2026-03-06T15:00-05:00", due(f.get(0)));
        List<ArticleDeadlines.Found> midnight = found("The agency must pay by the end of Wednesday. "
                + "It asked to be spared the midnight deadline.");
        assertEquals("2026-03-05T00:00-05:00", due(midnight.get(1)), "the bare midnight is the one that ends Wednesday");
    }

    @Test
    void aBareClockInAReportFallsOnTheWeekdayTheArticleReportedJustBefore() {
        List<ArticleDeadlines.Found> f = found("The judge on Monday night froze the order. "
                + "The ruling came hours before the midnight deadline for the payments.");
        assertEquals("2026-03-03T00:00-05:00", due(f.get(0)), "the midnight that ends Monday, not tonight's");
        List<ArticleDeadlines.Found> ahead = found("The judge on Monday night froze the order. "
                + "The agency must pay by midnight.");
        assertEquals("2026-03-04T00:00-05:00", due(ahead.get(0)), "a binding sentence looks ahead: tonight's midnight");
    }

    @Test
    void aClockStatedInAnotherZoneHoldsForTheDateItFallsOnThere() {
        List<ArticleDeadlines.Found> f = found("The truce is due to expire on March 9. "
                + "Fighters in Lebanon must leave by March 9 at 4 a.m. local time.");
        assertEquals("2026-03-09T04:00+02:00", due(f.get(0)), "4 a.m. on 9 March in Beirut is 8 March in New York");
        List<ArticleDeadlines.Found> part = found("Bids are due Friday evening. The office opens at 9 a.m. Friday for questions "
                + "and bids must arrive by 9 a.m. Friday for the first round.");
        assertEquals("2026-03-06T21:00-05:00", due(part.get(0)), "a morning clock is not the evening's");
    }

    @Test
    void theMidnightOfTheDayAnActionStartsIsTheOneThatBeginsIt() {
        List<ArticleDeadlines.Found> f = found("The council approved a stopgap to avert a transit shutdown starting Sunday. "
                + "Members voted minutes before the midnight deadline.");
        assertEquals("2026-03-08T00:00-05:00", due(f.get(0)));
        assertEquals("2026-03-08T00:00-05:00", due(f.get(1)), "not the midnight that ends Sunday");
    }

    @Test
    void aDeadlineStatedInThePastPerfectIsAMentionTheDeskDoesNotTrack() {
        AnalyzedArticle article = new AnalyzedArticle("a1", null, "outlet", null, null, TUESDAY, false, "h", Map.of(),
                DeadlineExtractor.extract(TextNormalizer.normalize("The mayor had requested an extension of the "
                        + "lease until June 30. The council must decide by Friday.")), 0L, "en", "f");
        ArticleDeadlines resolved = ArticleDeadlines.resolve(article, null, TUESDAY.toEpochMilli(), NEW_YORK);
        assertEquals(List.of("June 30", "Friday"), resolved.mentions().stream().map(f -> f.mention().text()).toList());
        assertEquals(List.of("Friday"), resolved.deadlines().stream().map(d -> d.text()).toList(),
                "the extension asked for earlier is background");
    }

    @Test
    void aDefiniteWindowRefersToTheStatedDateItsLengthReaches() {
        List<ArticleDeadlines.Found> f = found("The board offered an extension until 31 August. Otherwise the club "
                + "must leave on 1 April without a deal. Fans cheered the six-month delay.");
        assertEquals("2026-08-31T23:59-04:00", due(f.get(2)), "six months from 3 March reach 31 August, not 1 April");
    }

    @Test
    void anAnaphorTakesTheDeadlineItRefersTo() {
        List<ArticleDeadlines.Found> f = found("The council must answer by March 20. Both sides met before the deadline.");
        assertEquals(MentionStatus.ANAPHOR, f.get(1).status());
        assertEquals(OffsetDateTime.parse("2026-03-20T23:59-04:00"), f.get(1).value().due());
        assertEquals("the deadline", f.get(1).value().text(), "the value is cited as the anaphor's own text");
        List<ArticleDeadlines.Found> alone = found("Both sides met before the deadline.");
        assertNull(alone.get(0).value(), "with nothing stated in the article or the story, no value");
    }

    @Test
    void anAnaphorThatEndsItsSentenceIsNotRestatedByTheNextSentencesTime() {
        List<ArticleDeadlines.Found> f = found("Ships must sail by 1 pm on March 20. Trucks must leave the port at that time. "
                + "By 6 pm, the gates must close.");
        assertEquals(MentionStatus.ANAPHOR, f.get(1).status());
        assertEquals(OffsetDateTime.parse("2026-03-20T13:00-04:00"), f.get(1).value().due(), "the time stated before it");
        List<ArticleDeadlines.Found> restated = found("Ships must sail by 1 pm on March 20. The union set a new deadline, 6 pm on March 20.");
        assertEquals(OffsetDateTime.parse("2026-03-20T18:00-04:00"), restated.get(1).value().due(), "the time right after it");
    }

    @Test
    void anAnaphorTakesTheCurrentDeadlineOverAnEarlierStateOfTheStory() {
        List<ArticleDeadlines.Found> f = found("The city must pay its bills by March 20. The mayor had warned that the fund "
                + "could run out of cash as soon as March 10. Both sides met before the deadline.");
        assertEquals(3, f.size());
        assertEquals(MentionStatus.ANAPHOR, f.get(2).status());
        assertEquals(OffsetDateTime.parse("2026-03-20T23:59-04:00"), f.get(2).value().due(), "not the superseded March 10");
    }

    @Test
    void anExtensionCountsFromTheEndOfTheDeadlineItExtends() {
        List<ArticleDeadlines.Found> f = found("The sale was due by March 10. The regulator gave the buyer another 30 days.");
        assertEquals("2026-04-09T23:59-04:00", due(f.get(1)), "30 days from 10 March, not from the day of writing");
    }

    @Test
    void aDayTakesTheStorysClockOnlyWhereThatClockFallsOnItsDate() {
        StoryState story = StoryState.startFor(new AnalyzedArticle("s1", null, "outlet", null, null, TUESDAY, false, "h",
                Map.of(), List.of(), 0L, "en", "f"), 0L);
        DeadlineTracker tracker = new DeadlineTracker(DeadlineTracker.DEFAULT_TOLERANCE, DeadlineTracker.DEFAULT_THRESHOLDS);
        // the story tracks Friday 6 p.m. local time (+02:00): still Friday in New York, where "by Friday" is read
        OffsetDateTime six = OffsetDateTime.parse("2026-03-06T18:00+02:00");
        tracker.observe(story, List.of(new ResolvedDeadline("6 p.m.", six, Precision.MINUTE, six.toInstant(), 0, 1)),
                List.of(false), "s1", "outlet", TUESDAY.toEpochMilli());
        assertEquals("2026-03-06T18:00+02:00", due(withStory("The troops must leave by Friday.", story).get(0)));
        // Saturday 4 a.m. local time is Friday evening in New York, but no article's "Friday"
        StoryState later = StoryState.startFor(new AnalyzedArticle("s2", null, "outlet", null, null, TUESDAY, false, "h",
                Map.of(), List.of(), 0L, "en", "f"), 0L);
        OffsetDateTime four = OffsetDateTime.parse("2026-03-07T04:00+02:00");
        tracker.observe(later, List.of(new ResolvedDeadline("4 a.m.", four, Precision.MINUTE, four.toInstant(), 0, 1)),
                List.of(false), "s2", "outlet", TUESDAY.toEpochMilli());
        assertEquals("2026-03-06T23:59-05:00", due(withStory("The troops must leave by Friday.", later).get(0)));
    }

    private static List<ArticleDeadlines.Found> withStory(String body, StoryState story) {
        AnalyzedArticle article = new AnalyzedArticle("a2", null, "outlet", null, null, TUESDAY, false, "h",
                Map.of(), DeadlineExtractor.extract(TextNormalizer.normalize(body)), 0L, "en", "f");
        return ArticleDeadlines.resolve(article, story, TUESDAY.toEpochMilli(), NEW_YORK).mentions();
    }

    @Test
    void aPastDeadlineIsAMentionButNotADeadlineToTrack() {
        AnalyzedArticle article = new AnalyzedArticle("a1", null, "outlet", null, null, TUESDAY, false, "h", Map.of(),
                DeadlineExtractor.extract(TextNormalizer.normalize("The filing deadline passed on Friday.")), 0L, "en", "f");
        ArticleDeadlines d = ArticleDeadlines.resolve(article, null, TUESDAY.toEpochMilli(), NEW_YORK);
        assertEquals(MentionStatus.PAST, d.mentions().get(0).status());
        assertEquals(List.of(), d.deadlines());
    }

    /** A story that learned of {@code deadline} at feed time {@code at}. */
    private static StoryState tracking(String id, ResolvedDeadline deadline, long at) {
        StoryState story = StoryState.startFor(new AnalyzedArticle(id, null, "outlet", null, null, TUESDAY, false, "h",
                Map.of(), List.of(), 0L, "en", "f"), at);
        new DeadlineTracker(DeadlineTracker.DEFAULT_TOLERANCE, DeadlineTracker.DEFAULT_THRESHOLDS)
                .observe(story, List.of(deadline), List.of(false), id, "outlet", at);
        return story;
    }

    @Test
    void aWindowToldAgainDaysLaterIsTheDeadlineTheStoryTracks() {
        // the story learned on Sunday of a window ending on 31 March; on Tuesday an outlet writes "within 30 days",
        // which counted from Tuesday ends on 2 April: the same window, told from the wrong day
        OffsetDateTime end = OffsetDateTime.parse("2026-03-31T23:59-04:00");
        ResolvedDeadline window = new ResolvedDeadline("30 days", end, Precision.DAY, end.minusDays(1).toInstant(), 0, 1);
        StoryState story = tracking("s1", window, TUESDAY.minus(java.time.Duration.ofDays(2)).toEpochMilli());
        assertEquals("2026-03-31T23:59-04:00", due(withStory("The agency must comply within 30 days.", story).get(0)));
        assertEquals("2026-03-31T23:59-04:00", due(withStory("The agency must comply within 31 days.", story).get(0)));
        // one learned today leaves a day of drift only: a window two days past it is another deadline
        StoryState today = tracking("s2", window, TUESDAY.toEpochMilli());
        assertEquals("2026-04-03T10:00-04:00", due(withStory("The agency must comply within 31 days.", today).get(0)));
        // a definite window told again refers to it too, not to another date the article states
        List<ArticleDeadlines.Found> definite = withStory("The agency missed the March 1 deadline. The 30-day delay "
                + "gives it time to comply.", story);
        assertEquals("2026-03-31T23:59-04:00", due(definite.get(definite.size() - 1)));
        // nor is an extension told again: "another 30 days" is a window added, not the one the story tracks
        assertEquals("2026-04-02T10:00-04:00", due(withStory("The agency may get another 30 days to comply.", story).get(0)));
    }

    @Test
    void aWindowToldAgainTakesTheFinerDeadlineTheStoryRefinedItTo() {
        OffsetDateTime evening = OffsetDateTime.parse("2026-03-04T21:00-05:00");
        StoryState story = tracking("s1", new ResolvedDeadline("Wednesday evening", evening, Precision.PART_OF_DAY,
                evening.minusHours(4).toInstant(), 0, 1), TUESDAY.minus(java.time.Duration.ofDays(1)).toEpochMilli());
        AnalyzedArticle dateOnly = new AnalyzedArticle("a3", null, "outlet", null, null, TUESDAY, true, "h", Map.of(),
                DeadlineExtractor.extract(TextNormalizer.normalize("The court ordered him to respond within 24 hours.")),
                0L, "en", "f");
        assertEquals("2026-03-04T21:00-05:00",
                due(ArticleDeadlines.resolve(dateOnly, story, TUESDAY.toEpochMilli(), NEW_YORK).mentions().get(0)));
    }

    @Test
    void aDayWhoseClockIsStatedInAnotherZoneIsTrackedAtThatClock() {
        // Saturday 4 a.m. in Beirut is Friday evening in New York: the tracker could not tell it is the
        // article's "Saturday", so the day goes to it with the clock
        AnalyzedArticle article = new AnalyzedArticle("a1", null, "outlet", null, null, TUESDAY, false, "h", Map.of(),
                DeadlineExtractor.extract(TextNormalizer.normalize("Talks resumed in Lebanon. The truce expires on Saturday. "
                        + "The militias must leave by Saturday at 4 a.m. local time.")), 0L, "en", "f");
        List<ResolvedDeadline> deadlines = ArticleDeadlines.resolve(article, null, TUESDAY.toEpochMilli(), NEW_YORK).deadlines();
        assertEquals(List.of("2026-03-07T04:00+02:00", "2026-03-07T04:00+02:00"),
                deadlines.stream().map(d -> d.due().toString()).toList());
    }
}
