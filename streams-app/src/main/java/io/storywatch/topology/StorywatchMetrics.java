package io.storywatch.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.storywatch.wire.AlertType;
import io.storywatch.story.StoryState;
import io.storywatch.story.TrackedDeadline;
import io.storywatch.wire.Verdict;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The domain meters. In Prometheus:
 * <ul>
 *   <li>{@code storywatch_articles_total{verdict}}, {@code storywatch_dead_letters_total{reason}},
 *       {@code storywatch_alerts_total{type}}: bounded label sets, registered at zero when the app starts,
 *       because Prometheus cannot see the first increment of a series that the increment creates;</li>
 *   <li>{@code storywatch_outlet_articles_total{outlet}}: valid articles per outlet (at most
 *       {@value #MAX_OUTLET_LABELS} outlets, then "other");</li>
 *   <li>{@code storywatch_stories_active}, {@code storywatch_deadlines_tracked};</li>
 *   <li>{@code storywatch_deadline_remaining_seconds{rank,story,headline}}: the {@value #UPCOMING} nearest
 *       live deadlines, counted down on the desk's clock (feed time in a replay, wall time live);</li>
 *   <li>{@code storywatch_event_to_alert_seconds} (histogram): from the app receiving an article to the
 *       alerts it caused leaving the desk.</li>
 * </ul>
 */
public final class StorywatchMetrics {
    /** Outlets beyond this many distinct ones are counted as "other": labels must stay bounded. */
    static final int MAX_OUTLET_LABELS = 500;
    /** How many upcoming deadlines get a countdown series. */
    static final int UPCOMING = 10;
    private static final int HEADLINE_LABEL_CHARS = 80;
    private static final String REJECTED = "rejected";

    private final MeterRegistry registry;
    private final Set<String> outlets = ConcurrentHashMap.newKeySet();
    private final AtomicLong storiesActive = new AtomicLong();
    private final AtomicLong deadlinesTracked = new AtomicLong();
    private final AtomicLong deskClock = new AtomicLong();
    private final Map<String, Upcoming> upcoming = new java.util.HashMap<>();
    /** The same entries by due time: the nearest {@value #UPCOMING} are read off its head. */
    private final java.util.TreeSet<Upcoming> byDue = new java.util.TreeSet<>(
            Comparator.comparingLong(Upcoming::dueMillis).thenComparing(Upcoming::storyId));
    private final MultiGauge remaining;
    private final Timer eventToAlert;
    private List<Upcoming> shown = List.of();

    /** A story's nearest live deadline, and how many live deadlines it holds. */
    private record Upcoming(String storyId, String headline, long dueMillis, int live) {
    }

    public StorywatchMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("storywatch.stories.active", storiesActive, AtomicLong::get)
                .description("Stories the desk holds (bounded by the retention)").register(registry);
        Gauge.builder("storywatch.deadlines.tracked", deadlinesTracked, AtomicLong::get)
                .description("Live deadlines across all stories").register(registry);
        remaining = MultiGauge.builder("storywatch.deadline.remaining").baseUnit("seconds")
                .description("Time left until the nearest live deadlines, on the desk's clock").register(registry);
        eventToAlert = Timer.builder("storywatch.event.to.alert")
                .description("From the app receiving an article to the alerts it caused")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
        for (Verdict verdict : Verdict.values()) {
            articles(verdict.name().toLowerCase(Locale.ROOT));
        }
        articles(REJECTED);
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetters(reason.code());
        }
        for (AlertType type : AlertType.values()) {
            alerts(type);
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void article(String outlet, Verdict verdict) {
        articles(verdict.name().toLowerCase(Locale.ROOT)).increment();
        Counter.builder("storywatch.outlet.articles").description("Valid articles, by outlet")
                .tag("outlet", outletLabel(outlet)).register(registry).increment();
    }

    public void rejected(DeadLetterReason reason) {
        articles(REJECTED).increment();
        deadLetters(reason.code()).increment();
    }

    /** An alert went out; {@code watches}: the watch lists its story matches. */
    public void alert(AlertType type, List<String> watches) {
        alerts(type).increment();
        for (String watch : watches) {
            watched(watch).increment();
        }
    }

    /** Alerts per watch list (the names come from the config file: a bounded set). */
    public void watchLists(java.util.Collection<String> names) {
        names.forEach(this::watched);
    }

    private Counter watched(String watch) {
        return Counter.builder("storywatch.watch.alerts").description("Alerts whose story matches a watch list, by list")
                .tag("watch", watch).register(registry);
    }

    /** The desk's clock (feed time, or the wall clock live), as the deadline watch last saw it; 0 before. */
    public long deskClock() {
        return deskClock.get();
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("storywatch.dead.letters").description("Records sent to the dead-letter topic, by reason")
                .tag("reason", reason).register(registry);
    }

    private Counter alerts(AlertType type) {
        return Counter.builder("storywatch.alerts").description("Alerts emitted, by type")
                .tag("type", type.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    public void alertLatency(Duration latency) {
        eventToAlert.record(latency);
    }

    /** Stories held by the desk tasks of this instance changed by {@code delta} (each task adds its own). */
    public void storiesChanged(long delta) {
        storiesActive.addAndGet(delta);
    }

    /** The desk's clock moved: the countdowns follow it. */
    public void clock(long now) {
        deskClock.set(now);
    }

    /** A story's deadlines changed: refreshes its countdown and the totals. */
    public synchronized void deadlines(StoryState story) {
        TrackedDeadline nearest = null;
        int live = 0;
        for (TrackedDeadline d : story.deadlines()) {
            if (!d.passed()) {
                live++;
                if (nearest == null || d.dueMillis() < nearest.dueMillis()) {
                    nearest = d;
                }
            }
        }
        Upcoming previous = nearest == null ? upcoming.remove(story.storyId()) : upcoming.get(story.storyId());
        Upcoming current = null;
        if (nearest != null) {
            String headline = story.headline() == null ? "" : story.headline();
            current = new Upcoming(story.storyId(),
                    headline.length() > HEADLINE_LABEL_CHARS ? headline.substring(0, HEADLINE_LABEL_CHARS) : headline,
                    nearest.dueMillis(), live);
            upcoming.put(story.storyId(), current);
        }
        if (java.util.Objects.equals(previous, current)) {
            return; // the common case: an article that changed nothing about the story's deadlines
        }
        if (previous != null) {
            byDue.remove(previous);
            deadlinesTracked.addAndGet(-previous.live());
        }
        if (current != null) {
            byDue.add(current);
            deadlinesTracked.addAndGet(current.live());
        }
        List<Upcoming> nearestFirst = byDue.stream().limit(UPCOMING).toList();
        if (!nearestFirst.equals(shown)) {
            shown = nearestFirst;
            List<MultiGauge.Row<?>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < nearestFirst.size(); i++) {
                Upcoming u = nearestFirst.get(i);
                rows.add(MultiGauge.Row.of(Tags.of("rank", Integer.toString(i + 1), "story", u.storyId(),
                        "headline", u.headline()), u, x -> (x.dueMillis() - deskClock.get()) / 1000.0));
            }
            remaining.register(rows, true);
        }
    }

    private Counter articles(String verdict) {
        return Counter.builder("storywatch.articles").description("Articles processed, by verdict (rejected: dead-lettered)")
                .tag("verdict", verdict).register(registry);
    }

    private String outletLabel(String outlet) {
        if (outlet == null) {
            return "unknown";
        }
        if (outlets.contains(outlet) || (outlets.size() < MAX_OUTLET_LABELS && outlets.add(outlet))) {
            return outlet;
        }
        return "other";
    }
}
