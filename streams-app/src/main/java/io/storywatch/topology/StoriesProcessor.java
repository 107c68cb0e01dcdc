package io.storywatch.topology;

import io.storywatch.alert.AlertFactory;
import io.storywatch.dedup.CopyMatch;
import io.storywatch.desk.DeadlineWatch;
import io.storywatch.desk.DeskInput;
import io.storywatch.desk.StoryRepository;
import io.storywatch.desk.StoryRetention;
import io.storywatch.story.ArticleDeadlines;
import io.storywatch.story.DeadlineEvent;
import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.StoryMatcher;
import io.storywatch.story.StoryState;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskOutput;
import io.storywatch.wire.EnrichedArticle;
import io.storywatch.wire.Verdict;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The desk's last stage: the story of each article, its deadlines, the deadline watch, and the
 * outputs (a verdict per article to news.articles.enriched, alerts to news.alerts). It receives
 * articles in feed order, each with the copies stage's verdict, and ticks of feed time; before an
 * article is handled, the tick that brought feed time to it has run the watch, so approaching and
 * passed alerts come out in feed order.
 */
final class StoriesProcessor implements Processor<String, DeskInput, String, DeskOutput> {
    private final StorywatchConfig config;
    private final StorywatchMetrics metrics;
    private final StoryMatcher matcher;
    private final DeadlineTracker tracker;
    private ProcessorContext<String, DeskOutput> context;
    private StoryRepository stories;
    private DeadlineWatch watch;
    private final StoryRetention retention = new StoryRetention();
    private long horizon = Long.MIN_VALUE;
    /** Stories in this task's store, as counted into the stories-active gauge. */
    private long storiesHeld;

    static final class Supplier implements ProcessorSupplier<String, DeskInput, String, DeskOutput> {
        private final StorywatchConfig config;
        private final StorywatchMetrics metrics;

        Supplier(StorywatchConfig config, StorywatchMetrics metrics) {
            this.config = config;
            this.metrics = metrics;
        }

        @Override
        public Processor<String, DeskInput, String, DeskOutput> get() {
            return new StoriesProcessor(config, metrics);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return StoryRepository.stores(config.retention());
        }
    }

    StoriesProcessor(StorywatchConfig config, StorywatchMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.matcher = new StoryMatcher(config.storyThreshold(), config.storySupport(), config.storyWindow());
        this.tracker = new DeadlineTracker(config.tolerance(), config.approachingThresholds());
    }

    @Override
    public void init(ProcessorContext<String, DeskOutput> context) {
        this.context = context;
        stories = new StoryRepository(context.getStateStore(StoryRepository.STORIES_STORE),
                context.getStateStore(StoryRepository.STORY_INDEX_STORE),
                context.getStateStore(StoryRepository.ARTICLE_STORIES_STORE), config.retention());
        watch = new DeadlineWatch(stories, tracker, this::emit, metrics::deadlines);
        metrics.watchLists(config.watchLists().names());
        long count = 0;
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryState> entry = all.next();
                StoryState story = entry.value;
                count++;
                retention.touch(story.storyId(), story.lastSeen());
                watch.rebuild(story);
                if (story.hasLiveDeadline()) {
                    metrics.deadlines(story);
                }
            }
        }
        storiesHeld = count;
        metrics.storiesChanged(count); // added, not set: with several desk partitions each task adds its own
    }

    /** The task leaves this instance (or closes): its stories no longer count here. */
    @Override
    public void close() {
        metrics.storiesChanged(-storiesHeld);
        storiesHeld = 0;
    }

    @Override
    public void process(Record<String, DeskInput> record) {
        try {
            if (record.value() instanceof DeskInput.Screened screened) {
                handle(screened.article(), screened.copy(), record.timestamp());
            } else if (record.value() instanceof DeskInput.Tick tick) {
                onTick(tick);
            } else {
                throw new IllegalStateException("the stories stage takes screened articles and ticks, not " + record.value());
            }
        } catch (RuntimeException e) {
            stories.invalidate(); // a story may have been changed in memory and not written
            throw e;
        }
    }

    /**
     * Feed time moved on: the watch runs up to it, and the stories quiet past the horizon, and then the
     * index terms that name only forgotten stories, are forgotten.
     */
    private void onTick(DeskInput.Tick tick) {
        metrics.clock(tick.now());
        watch.punctuate(tick.now());
        if (tick.horizon() > horizon) {
            horizon = tick.horizon();
            retention.sweep(horizon, tick.now(), stories, storyId -> {
                watch.forget(storyId);
                storiesHeld--;
                metrics.storiesChanged(-1);
            });
            stories.sweepIndex(horizon);
        }
    }

    private void handle(AnalyzedArticle article, CopyMatch copy, long at) {
        if (copy instanceof CopyMatch.Exact exact) {
            String storyId = stories.storyOf(exact.originalId(), horizon);
            StoryState story = stories.get(storyId);
            ArticleDeadlines deadlines = ArticleDeadlines.resolve(article, story, at, config.zoneFor(article.outlet()));
            if (story != null) {
                story.list(article, Verdict.DUPLICATE, exact.originalId());
                stories.save(story);
            }
            emit(article, storyId, Verdict.DUPLICATE, exact.originalId(), deadlines, at);
            return;
        }
        List<Alert> alerts = new ArrayList<>();
        StoryState story = null;
        String copyOf = null;
        if (copy instanceof CopyMatch.Near near) {
            story = stories.get(stories.storyOf(near.originalId(), horizon));
            copyOf = story == null ? null : near.originalId();
        }
        if (story == null) {
            story = bestStory(article, at);
        }
        Verdict verdict;
        if (story == null) {
            story = StoryState.startFor(article, at);
            verdict = Verdict.NEW_STORY;
            storiesHeld++;
            metrics.storiesChanged(1);
            alerts.add(AlertFactory.newStory(story, article.id(), article.outlet(), at));
        } else {
            story.join(article, at);
            verdict = copyOf != null ? Verdict.NEAR_DUPLICATE : Verdict.SAME_STORY;
            if (story.confirmNewOutletCount(config.confirmedAt())) {
                alerts.add(AlertFactory.confirmed(story, article.id(), at));
            }
        }
        ArticleDeadlines deadlines = ArticleDeadlines.resolve(article, story, at, config.zoneFor(article.outlet()));
        for (DeadlineEvent event : tracker.observe(story, deadlines.deadlines(), deadlines.moves(), article.id(),
                article.outlet(), at)) {
            alerts.add(AlertFactory.deadline(story, event));
        }
        story.list(article, verdict, copyOf);
        for (Alert alert : alerts) {
            story.recordAlert(alert.alertId());
        }
        stories.save(story, article, at);
        retention.touch(story.storyId(), at);
        watch.schedule(story);
        emit(article, story.storyId(), verdict, copyOf, deadlines, at);
        alerts.forEach(this::emit);
        if (!alerts.isEmpty()) {
            metrics.alertLatency(Duration.ofMillis(Math.max(0, context.currentSystemTimeMs() - article.receivedAt())));
        }
    }

    /** The story to join among the index's candidates, or null. */
    private StoryState bestStory(AnalyzedArticle article, long at) {
        StoryMatcher.Search search = matcher.search(article.terms(), article.lang(), at);
        ArticleDeadlines own = null; // resolved only for a candidate whose principal deadline has passed: most have none
        long written = writtenBy(article, at);
        for (StoryState candidate : stories.candidates(article)) {
            if (candidate.principalPassedBy(written) && own == null) {
                own = ArticleDeadlines.resolve(article, null, at, config.zoneFor(article.outlet()));
            }
            if (own == null || !candidate.isDevelopedBy(own.deadlines(), own.moves(), written, config.tolerance())) {
                search.consider(candidate); // else: a new deadline after the story's passed is a development of its own
            }
        }
        return search.best();
    }

    /**
     * The latest time an article may have been written: an article dated by its day only may report what
     * happened late that day ("extended until February 18" on the day the deadline fell), so the end of that
     * day, in the feed's zone; else the feed time it reached the desk.
     */
    private long writtenBy(AnalyzedArticle article, long at) {
        if (!article.dateOnly() || article.publishedAt() == null) {
            return at;
        }
        ZoneId zone = config.zoneFor(article.outlet());
        long endOfDay = article.publishedAt().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                .toEpochMilli() - 1;
        return Math.max(at, endOfDay);
    }

    private void emit(AnalyzedArticle article, String storyId, Verdict verdict, String duplicateOf,
                      ArticleDeadlines resolution, long at) {
        List<EnrichedArticle.Deadline> deadlines = resolution.deadlines().stream()
                .map(d -> new EnrichedArticle.Deadline(d.text(), d.due(), d.precision(), d.start(), d.end()))
                .toList();
        List<EnrichedArticle.Mention> mentions = resolution.mentions().stream()
                .map(f -> new EnrichedArticle.Mention(f.mention().text(), f.status(),
                        f.value() == null ? null : f.value().due(), f.value() == null ? null : f.value().precision(),
                        f.mention().start(), f.mention().end()))
                .toList();
        EnrichedArticle enriched = new EnrichedArticle(article.id(), storyId, verdict, duplicateOf, article.outlet(),
                article.published(), resolution.reference().atOffset(ZoneOffset.UTC), resolution.source(), deadlines,
                mentions);
        metrics.article(article.outlet(), verdict);
        context.forward(new Record<>(article.id(), enriched, at));
    }

    /** Sends an alert on, marked with the watch lists its story matches now. */
    private void emit(Alert alert) {
        List<String> watches = config.watchLists().matching(stories.get(alert.storyId()));
        Alert out = watches.isEmpty() ? alert : alert.withWatches(watches);
        metrics.alert(out.type(), watches);
        context.forward(new Record<>(out.storyId(), out, out.at().toEpochMilli()));
    }
}
