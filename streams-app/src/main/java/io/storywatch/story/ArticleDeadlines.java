package io.storywatch.story;

import io.storywatch.deadline.DeadlineMention;
import io.storywatch.deadline.DeadlineResolver;
import io.storywatch.deadline.Precision;
import io.storywatch.deadline.Reference;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.deadline.TimeExpression;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.EnrichedArticle.MentionStatus;
import io.storywatch.wire.EnrichedArticle.ReferenceSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An article's deadline mentions resolved against its reference time: its own publish time; for an
 * undated article, its story's (the latest publish time among the story's dated articles); else the
 * feed time it reached the desk.
 *
 * <p>{@code deadlines} are the stated deadlines still ahead: what the story's tracker sees.
 * {@code mentions} are all of them in text order, each with its status: past ones, ones whose time
 * the text does not pin (a range, a month), and anaphors. Rules that read the whole article, in the
 * order they apply:
 * <ol>
 *   <li>one article's windows of the same length are one window: the one its sentence dates ("on
 *       Wednesday gave him 24 hours") dates the others;</li>
 *   <li>a window counted from the day of writing ("a six-month extension") whose end the article
 *       also states as a date ("until 31 October") ends on that date, if the two lie within a fifth of
 *       the window (at least two days) of each other: the text's date beats the arithmetic, which counts
 *       from the day of writing rather than the day the window was granted;</li>
 *   <li>an extension with no such date counts from the nearest deadline ahead the article states;</li>
 *   <li>a bare clock time takes the day of the same clock time stated with a day, else of the nearest
 *       day stated; then each stated value is ahead or past again;</li>
 *   <li>a day or part of day takes a clock time the article gives for it, else one the story tracks on that
 *       date (for the tracker's deadlines only where that clock is in another zone: the tracker merges a day
 *       with its clock time itself, but not with one whose instant falls on another date where it is read);</li>
 *   <li>a definite window ("the six-month delay") takes the date the article states where its length
 *       reaches (as a window does, rule 3), else the story's deadline it tells again; else</li>
 *   <li>an anaphor ("before the deadline") takes the value of the deadline the article states right
 *       after it in its sentence (within {@link #RIGHT_AFTER} characters: "the new deadline, 31 October"), else the
 *       nearest stated date before it, then after it, then the nearest window, else the story's next
 *       live deadline; a definite window with none of those ("the 75-day delay") keeps its own
 *       arithmetic.</li>
 * </ol>
 *
 * @param moves for each resolved deadline, whether its sentence says the deadline moved
 */
public record ArticleDeadlines(Instant reference, ReferenceSource source, List<ResolvedDeadline> deadlines,
                               List<Boolean> moves, List<Found> mentions) {
    private static final DeadlineResolver RESOLVER = new DeadlineResolver();
    static final int RIGHT_AFTER = 60;

    /** One mention with the value it resolved to (null where none). */
    public record Found(DeadlineMention mention, ResolvedDeadline value, MentionStatus status) {
        boolean stated() {
            return value != null && status != MentionStatus.ANAPHOR;
        }

        boolean window() {
            return mention.expression().spanAmount() != null && mention.expression().day() == null;
        }
    }

    /** @param story the article's story, or null when it has none (a copy of a forgotten article) */
    public static ArticleDeadlines resolve(AnalyzedArticle article, StoryState story, long at, ZoneId zone) {
        Reference reference;
        ReferenceSource source;
        if (article.publishedAt() != null) {
            reference = new Reference(article.publishedAt(), article.dateOnly(), zone);
            source = ReferenceSource.PUBLISHED;
        } else if (story != null && story.referenceTime() != null) {
            reference = new Reference(story.referenceTime(), story.referenceDateOnly(), zone);
            source = ReferenceSource.STORY;
        } else {
            reference = new Reference(Instant.ofEpochMilli(at), false, zone);
            source = ReferenceSource.INGEST;
        }
        List<Found> found = new ArrayList<>();
        for (DeadlineMention mention : article.mentions()) {
            ResolvedDeadline value = RESOLVER.value(mention, reference).orElse(null);
            MentionStatus status = mention.anaphor() ? MentionStatus.ANAPHOR
                    : value == null ? MentionStatus.OPEN
                    : DeadlineResolver.isPast(value, reference) ? MentionStatus.PAST : MentionStatus.AHEAD;
            found.add(new Found(mention, value, status));
        }
        List<Found> windows = sameWindow(found);
        List<Found> valued = statusOf(dated(restated(extended(snapped(windows, reference.instant()), windows), windows,
                story, reference.instant())), reference);
        List<Found> carried = clockCarried(valued, story);
        List<Found> mentions = referredTo(carried, story, reference.instant());
        List<ResolvedDeadline> deadlines = new ArrayList<>();
        List<Boolean> moves = new ArrayList<>();
        for (int i = 0; i < valued.size(); i++) {
            Found f = valued.get(i);
            if (f.status() == MentionStatus.AHEAD && !f.mention().background()) {
                // the tracker merges a day with its clock time itself, keeping the mention that states it; a clock
                // stated in another zone, whose date there is the day's, it cannot tell: that one the article carries
                Found c = carried.get(i);
                boolean otherZone = c.value() != f.value() && !c.value().due().getOffset().equals(f.value().due().getOffset());
                deadlines.add(otherZone ? c.value() : f.value());
                moves.add(f.mention().moves());
            }
        }
        return new ArticleDeadlines(reference.instant(), source, deadlines, moves, mentions);
    }

    /**
     * An extension ("another 75 days", "extended for two more months") that no stated date ends counts
     * from the end of the deadline it extends: the nearest one ahead that the article states as a date;
     * with none, from the reference time. (The story's tracked deadline is no base: an article often
     * repeats the very extension the story already tracks.)
     */
    private static List<Found> extended(List<Found> found, List<Found> beforeSnapping) {
        ResolvedDeadline current = found.stream().filter(f -> f.stated() && !f.window() && f.status() == MentionStatus.AHEAD)
                .map(Found::value).min(Comparator.comparing(ResolvedDeadline::dueInstant)).orElse(null);
        if (current == null) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            TimeExpression e = f.mention().expression();
            if (!f.stated() || !f.window() || !Boolean.TRUE.equals(e.extension()) || e.weekday() != null
                    || f.value() != beforeSnapping.get(i).value()) { // snapped to a stated date already
                out.add(f);
                continue;
            }
            LocalDate end = current.due().toLocalDate();
            LocalDate due = switch (e.spanUnit()) {
                case MONTH -> end.plusMonths(e.spanAmount());
                case WEEK -> end.plusWeeks(e.spanAmount());
                case DAY -> end.plusDays(e.spanAmount());
                default -> null; // hours and minutes extend a clock time: left to the arithmetic
            };
            if (due == null) {
                out.add(f);
                continue;
            }
            OffsetDateTime at = due.atTime(23, 59).atOffset(current.due().getOffset());
            out.add(new Found(f.mention(), new ResolvedDeadline(f.mention().text(), at, Precision.DAY,
                    due.atStartOfDay().toInstant(current.due().getOffset()), f.mention().start(), f.mention().end()),
                    f.status()));
        }
        return out;
    }

    /**
     * A window counted from the day of writing that ends a few days after a live deadline the story tracks is
     * that deadline, told again by a later report: "a 75-day pause" written two days after the order counts
     * from the wrong day; "within 24 hours" written the next day is the "Thursday evening" the story refined
     * the window to. The drift allowed is the days since the story learned the deadline, plus the day an
     * outlet may count from, and at most a fifth of the window (at least two days). Not an extension, a
     * window its sentence dates, or one the article already ends on a stated date.
     */
    private static List<Found> restated(List<Found> found, List<Found> beforeSnapping, StoryState story, Instant reference) {
        if (story == null || story.deadlines().isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            TimeExpression e = f.mention().expression();
            if (!f.stated() || !f.window() || Boolean.TRUE.equals(e.extension()) || e.weekday() != null
                    || f.value() != beforeSnapping.get(i).value() || f.value().precision() != Precision.DAY) {
                out.add(f);
                continue;
            }
            ResolvedDeadline told = toldAgain(f.value(), story, reference);
            out.add(told == null ? f : new Found(f.mention(), told.citedAs(f.mention()), f.status()));
        }
        return out;
    }

    /** The story's live deadline that a window ending at {@code window} tells again ({@link #restated}), or null. */
    private static ResolvedDeadline toldAgain(ResolvedDeadline window, StoryState story, Instant reference) {
        if (story == null) {
            return null;
        }
        long windowDays = Duration.between(reference, window.dueInstant()).toDays();
        for (TrackedDeadline d : story.deadlines()) {
            long drift = Duration.between(d.current().dueInstant(), window.dueInstant()).toDays();
            long since = Math.max(0, Duration.between(Instant.ofEpochMilli(d.armedAt()), reference).toDays());
            if (!d.passed() && drift >= 0 && drift <= Math.min(since + 1, Math.max(2, windowDays / 5))) {
                return d.current();
            }
        }
        return null;
    }

    /**
     * One article's windows of the same length are one window: "De Moraes on Wednesday gave Musk 24
     * hours" dates the later "within 24 hours" too.
     */
    private static List<Found> sameWindow(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            TimeExpression e = f.mention().expression();
            Found anchored = !f.stated() || !f.window() || e.weekday() != null ? null : found.stream()
                    .filter(o -> o.stated() && o.window() && o.mention().expression().weekday() != null
                            && e.spanAmount().equals(o.mention().expression().spanAmount())
                            && e.spanUnit() == o.mention().expression().spanUnit())
                    .findFirst().orElse(null);
            out.add(anchored == null ? f : new Found(f.mention(), anchored.value().citedAs(f.mention()),
                    anchored.status()));
        }
        return out;
    }

    private static List<Found> snapped(List<Found> found, Instant reference) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (!f.stated() || !f.window()) {
                out.add(f);
                continue;
            }
            ResolvedDeadline date = dateReached(found, f.value(), reference);
            out.add(date == null ? f : new Found(f.mention(), date.citedAs(f.mention()), f.status()));
        }
        return out;
    }

    /** The first date the article states within a fifth of the window (at least two days) of where its arithmetic ends. */
    private static ResolvedDeadline dateReached(List<Found> found, ResolvedDeadline window, Instant reference) {
        Duration tolerance = Duration.ofDays(Math.max(2, Duration.between(reference, window.dueInstant()).abs().toDays() / 5));
        return found.stream().filter(o -> o.stated() && !o.window())
                .map(Found::value)
                .filter(v -> Duration.between(v.dueInstant(), window.dueInstant()).abs().compareTo(tolerance) <= 0)
                .findFirst().orElse(null);
    }

    /**
     * A clock time stated once holds for the other mentions of that deadline: "by Sunday evening" where
     * the article gives "6 p.m. Sunday" (or "midnight Sunday") is 18:00 (Monday 00:00); failing that, a
     * clock time the story tracks on that date; a bare "midnight" is the one the article dates
     * elsewhere ("midnight Wednesday").
     */
    private static List<Found> clockCarried(List<Found> found, StoryState story) {
        List<ResolvedDeadline> storyClocks = story == null ? List.of() : story.deadlines().stream()
                .filter(d -> !d.passed()).map(TrackedDeadline::current).filter(d -> !coarse(d)).toList();
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            ResolvedDeadline clock = null;
            if (f.stated() && !f.window() && coarse(f.value())) {
                clock = found.stream().filter(o -> o.stated() && !coarse(o.value()) && sameDay(f.value(), o.value()))
                        .map(Found::value).findFirst()
                        .orElseGet(() -> storyClocks.stream().filter(d -> sameDate(f.value(), d)).findFirst().orElse(null));
            }
            out.add(clock == null ? f : new Found(f.mention(), clock.citedAs(f.mention()), f.status()));
        }
        return out;
    }

    /** A bare clock time ("at 1 p.m.") takes the day of the same clock time stated with a day, else of the nearest day stated. */
    private static List<Found> dated(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            ResolvedDeadline day = null;
            if (f.stated() && bareClock(f.mention().expression())) {
                day = found.stream().filter(o -> o.stated() && !bareClock(o.mention().expression())
                                && sameClock(f.mention().expression(), o.mention().expression()))
                        .map(Found::value).findFirst().orElseGet(() -> onTheDayStated(f, found));
            }
            out.add(day == null ? f : new Found(f.mention(), day.citedAs(f.mention()), f.status()));
        }
        return out;
    }

    /** Ahead or past again, once the article's other mentions have changed a value. */
    private static List<Found> statusOf(List<Found> found, Reference reference) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean stated = f.status() == MentionStatus.AHEAD || f.status() == MentionStatus.PAST;
            out.add(!stated ? f : new Found(f.mention(), f.value(),
                    DeadlineResolver.isPast(f.value(), reference) ? MentionStatus.PAST : MentionStatus.AHEAD));
        }
        return out;
    }

    /** "by midnight" in an article whose deadline is "the end of Wednesday": that clock on the nearest day stated. */
    private static ResolvedDeadline onTheDayStated(Found clock, List<Found> found) {
        TimeExpression e = clock.mention().expression();
        ResolvedDeadline day = null;
        boolean starts = false;
        int distance = Integer.MAX_VALUE;
        for (Found o : found) {
            if (o.stated() && !o.window() && o.value().precision() == Precision.DAY
                    && Math.abs(o.mention().start() - clock.mention().start()) < distance) {
                day = o.value();
                starts = Boolean.TRUE.equals(o.mention().expression().starts());
                distance = Math.abs(o.mention().start() - clock.mention().start());
            }
        }
        if (day == null) {
            return null;
        }
        LocalDate date = day.due().toLocalDate();
        // the midnight of a day an action starts on is the one that begins it ("starting Sunday ... the midnight deadline")
        OffsetDateTime at = e.hour() == 24 ? date.plusDays(starts ? 0 : 1).atStartOfDay().atOffset(day.due().getOffset())
                : date.atTime(e.hour(), e.minute() == null ? 0 : e.minute()).atOffset(day.due().getOffset());
        return new ResolvedDeadline(clock.mention().text(), at, clock.value().precision(), at.toInstant(),
                clock.mention().start(), clock.mention().end());
    }

    private static boolean coarse(ResolvedDeadline d) {
        return d.precision() == Precision.DAY || d.precision() == Precision.PART_OF_DAY;
    }

    /** A clock time on the day the coarse deadline names, or the midnight that ends it, read where the clock is stated. */
    private static boolean sameDay(ResolvedDeadline day, ResolvedDeadline clock) {
        OffsetDateTime at = clock.due();
        return sameDate(day, clock)
                || at.toLocalTime().equals(LocalTime.MIDNIGHT) && at.toLocalDate().equals(day.due().toLocalDate().plusDays(1));
    }

    /** In one zone, a clock within the part of the day named ("Friday evening" takes 6 p.m., not 9 a.m.). */
    private static boolean withinPart(ResolvedDeadline day, ResolvedDeadline clock) {
        return !clock.due().getOffset().equals(day.due().getOffset()) || !clock.dueInstant().isBefore(day.windowStart());
    }

    /**
     * A clock time on the coarse deadline's own date, read where the clock is stated (not the midnight that
     * ends it): "by Sunday" is not "Monday 4 a.m. local time", though that is Sunday evening in New York.
     */
    private static boolean sameDate(ResolvedDeadline day, ResolvedDeadline clock) {
        return clock.due().toLocalDate().equals(day.due().toLocalDate()) && withinPart(day, clock);
    }

    private static boolean bareClock(TimeExpression e) {
        return e.hour() != null && e.weekday() == null && e.day() == null && e.dayOffset() == null && e.holiday() == null
                && e.spanAmount() == null;
    }

    private static boolean sameClock(TimeExpression a, TimeExpression b) {
        return a.hour().equals(b.hour()) && Objects.equals(a.minute(), b.minute());
    }

    private static List<Found> referredTo(List<Found> found, StoryState story, Instant reference) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.status() != MentionStatus.ANAPHOR) {
                out.add(f);
                continue;
            }
            // a definite window ("the six-month delay") refers to the stated date its length reaches, if one does,
            // else to the story's deadline it tells again ("the 75-day delay" two days after the order)
            boolean definiteWindow = f.value() != null && f.window();
            ResolvedDeadline value = definiteWindow ? dateReached(found, f.value(), reference) : null;
            if (value == null && definiteWindow) {
                value = toldAgain(f.value(), story, reference);
            }
            if (value == null) {
                value = referent(found, i);
            }
            if (value == null && story != null) {
                value = story.deadlines().stream().filter(d -> !d.passed()).map(TrackedDeadline::current)
                        .min(Comparator.comparing(ResolvedDeadline::dueInstant)).orElse(null);
            }
            if (value == null) {
                value = f.value(); // a definite window alone: its own arithmetic
            }
            out.add(new Found(f.mention(), value == null ? null : value.citedAs(f.mention()), MentionStatus.ANAPHOR));
        }
        return out;
    }

    private static boolean refersTo(Found f, boolean window, boolean background) {
        return f.stated() && f.window() == window && f.mention().background() == background;
    }

    private static ResolvedDeadline referent(List<Found> found, int at) {
        int end = found.get(at).mention().end();
        if (at + 1 < found.size() && found.get(at + 1).stated() && found.get(at + 1).mention().start() - end <= RIGHT_AFTER
                && !found.get(at).mention().closesSentence()) {
            return found.get(at + 1).value();
        }
        // a date the article states first, a window only failing that; an earlier state of the story (the past
        // perfect: "had warned it could be as soon as June 1") only failing both
        for (boolean background : new boolean[]{false, true}) {
            for (boolean windows : new boolean[]{false, true}) {
                for (int k = at - 1; k >= 0; k--) {
                    if (refersTo(found.get(k), windows, background)) {
                        return found.get(k).value();
                    }
                }
                for (int k = at + 1; k < found.size(); k++) {
                    if (refersTo(found.get(k), windows, background)) {
                        return found.get(k).value();
                    }
                }
            }
        }
        return null;
    }
}
