package io.storywatch.story;

import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.wire.Source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a story's deadlines as coverage refines or moves them, and says when they approach and pass.
 * <ul>
 *   <li>Mentions that name the same deadline (their periods meet, within {@link #tolerance}) merge:
 *       the most precise wins; the others are kept as sources. "5 p.m." against "5:01 p.m." is a
 *       source, not a second deadline.</li>
 *   <li>A more precise mention within the current period refines the deadline: DEADLINE_REVISED.</li>
 *   <li>A mention in a sentence that says the deadline moved, and that names another time, moves the
 *       story's latest live deadline: DEADLINE_REVISED with the old and new instant; unless the same
 *       article also states that deadline as it stands: then the other time is history (an earlier
 *       request, a past extension) and changes nothing.</li>
 *   <li>Any other mention is a further deadline of the story: DEADLINE_DETECTED.</li>
 *   <li>Each threshold (e.g. 24 h, 1 h) gives one DEADLINE_APPROACHING at due − threshold; a deadline
 *       first seen inside several thresholds gets one alert, for the tightest. DEADLINE_PASSED at due.</li>
 * </ul>
 */
public final class DeadlineTracker {
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(10);
    public static final List<Duration> DEFAULT_THRESHOLDS = List.of(Duration.ofHours(24), Duration.ofHours(1));

    private final Duration tolerance;
    /** Thresholds in milliseconds, largest first. */
    private final List<Long> thresholds;

    public DeadlineTracker(Duration tolerance, List<Duration> thresholds) {
        this.tolerance = tolerance;
        this.thresholds = thresholds.stream().map(Duration::toMillis).sorted(Comparator.reverseOrder()).toList();
    }

    public List<Long> thresholdsMillis() {
        return thresholds;
    }

    /** Applies one article's resolved mentions to its story. */
    public List<DeadlineEvent> observe(StoryState story, List<ResolvedDeadline> mentions, List<Boolean> moves,
                                       String articleId, String outlet, long at) {
        List<DeadlineEvent> events = new ArrayList<>();
        List<Group> groups = groups(mentions, moves);
        Set<TrackedDeadline> restated = new HashSet<>();
        for (Group group : groups) {
            TrackedDeadline same = sameLiveDeadline(story, group.best);
            if (same != null) {
                restated.add(same);
            }
        }
        for (Group group : groups) {
            ResolvedDeadline best = group.best;
            TrackedDeadline same = sameLiveDeadline(story, best);
            if (same != null) {
                group.members.forEach(m -> same.addSource(source(m, articleId, outlet)));
                if (best.precision().finerThan(same.precision())) {
                    events.add(revise(same, best, Revision.Kind.REFINED, articleId, at));
                }
                continue;
            }
            TrackedDeadline latest = latestLive(story);
            if (group.moves && latest != null && restated.contains(latest)) {
                continue; // the article also states the deadline as it stands: the other time is history, not a move
            }
            if (group.moves && latest != null) {
                group.members.forEach(m -> latest.addSource(source(m, articleId, outlet)));
                events.add(revise(latest, best, Revision.Kind.MOVED, articleId, at));
                continue;
            }
            TrackedDeadline passed = samePassedDeadline(story, best, at);
            if (passed != null) { // "midnight Saturday" written on Sunday: the deadline that passed, told again
                group.members.forEach(m -> passed.addSource(source(m, articleId, outlet)));
                continue;
            }
            TrackedDeadline added = story.addDeadline(best, articleId, at);
            group.members.forEach(m -> added.addSource(source(m, articleId, outlet)));
            events.add(new DeadlineEvent.Detected(added, at, articleId));
        }
        return events;
    }

    /** Approaching and passed events of the story's deadlines up to feed time {@code now}, in time order. */
    public List<DeadlineEvent> advance(StoryState story, long now) {
        List<DeadlineEvent> events = new ArrayList<>();
        for (TrackedDeadline d : story.deadlines()) {
            if (d.passed()) {
                continue;
            }
            long due = d.dueMillis();
            for (int i = 0; i < thresholds.size(); i++) {
                long threshold = thresholds.get(i);
                long crossing = due - threshold;
                if (crossing > now || !d.fire(threshold)) {
                    continue; // not yet, or already alerted for this due
                }
                boolean tighterAlsoCrossedWhenArmed = i + 1 < thresholds.size() && due - thresholds.get(i + 1) <= d.armedAt();
                if (!tighterAlsoCrossedWhenArmed) {
                    events.add(new DeadlineEvent.Approaching(d, Math.max(crossing, d.armedAt()), Duration.ofMillis(threshold)));
                }
            }
            if (due <= now) {
                long at = Math.max(due, d.armedAt()); // never dated before the deadline was known (a stale reference can resolve into the past)
                d.markPassed(at);
                events.add(new DeadlineEvent.Passed(d, at));
            }
        }
        events.sort(Comparator.comparingLong(DeadlineEvent::at));
        return events;
    }

    private static DeadlineEvent revise(TrackedDeadline d, ResolvedDeadline to, Revision.Kind kind, String articleId, long at) {
        return new DeadlineEvent.Revised(d, at, articleId, d.revise(to, kind, articleId, at));
    }

    private TrackedDeadline sameLiveDeadline(StoryState story, ResolvedDeadline mention) {
        return sameDeadline(story, mention, false);
    }

    /** The story's first deadline, passed or live as asked, that the mention names. */
    private TrackedDeadline sameDeadline(StoryState story, ResolvedDeadline mention, boolean passed) {
        for (TrackedDeadline d : story.deadlines()) {
            if (d.passed() == passed && d.current().sameDeadlineAs(mention, tolerance)) {
                return d;
            }
        }
        return null;
    }

    /** A deadline of the story that has passed and that a mention already past at {@code at} names again. */
    private TrackedDeadline samePassedDeadline(StoryState story, ResolvedDeadline mention, long at) {
        return mention.dueInstant().toEpochMilli() > at ? null : sameDeadline(story, mention, true);
    }

    private static TrackedDeadline latestLive(StoryState story) {
        TrackedDeadline latest = null;
        for (TrackedDeadline d : story.deadlines()) {
            if (!d.passed() && (latest == null || d.armedAt() >= latest.armedAt())) {
                latest = d;
            }
        }
        return latest;
    }

    private static Source source(ResolvedDeadline m, String articleId, String outlet) {
        return new Source(articleId, outlet, m.text(), m.due(), m.precision());
    }

    /** One article's mentions of one deadline. */
    private static final class Group {
        final List<ResolvedDeadline> members = new ArrayList<>();
        ResolvedDeadline best;
        boolean moves;
    }

    /** Groups an article's mentions that name the same deadline; the most precise (first on ties) leads. */
    private List<Group> groups(List<ResolvedDeadline> mentions, List<Boolean> moves) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ResolvedDeadline m = mentions.get(i);
            Group home = null;
            for (Group g : groups) {
                if (g.best.sameDeadlineAs(m, tolerance)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Group();
                home.best = m;
                groups.add(home);
            } else if (m.precision().finerThan(home.best.precision())) {
                home.best = m;
            }
            home.members.add(m);
            home.moves |= moves.get(i);
        }
        return groups;
    }
}
