package io.storywatch.topology;

import io.storywatch.alert.Alert;
import io.storywatch.alert.AlertFactory;
import io.storywatch.deadline.DeadlineMention;
import io.storywatch.deadline.DeadlineResolver;
import io.storywatch.deadline.Reference;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.story.AnalyzedArticle;
import io.storywatch.story.DeadlineEvent;
import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.DeskOutput;
import io.storywatch.story.EnrichedArticle;
import io.storywatch.story.EnrichedArticle.ReferenceSource;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.story.StoryDesk;
import io.storywatch.story.StoryIndex;
import io.storywatch.story.StoryState;
import io.storywatch.story.Verdict;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Stages 3-7 on one partition, because a story can be joined from any input partition: exact
 * dedup, story assignment, deadline tracking, the deadline watch, and the outputs.
 *
 * <p><b>Feed order.</b> Articles from different input partitions reach this partition in whatever
 * order their tasks ran. The desk puts them back in order: it keeps each input partition's clock
 * (the latest timestamp seen from it, ticks included), buffers articles in a store sorted by
 * (timestamp, article id), and lets out those not later than the slowest partition's clock. The
 * outcome is then the same for every interleaving, in a live replay and in a backtest alike.
 *
 * <p><b>Deadline watch.</b> Before each article is handled, the watch runs up to its timestamp, so
 * approaching/passed alerts come out in feed order whether ticks or articles moved the clock. With
 * {@code storywatch.clock.wall=true} (live) a wall-clock punctuator drives the watch, and lets
 * buffered articles out after {@code storywatch.reorder.max.wait} even if a partition stays quiet.
 */
final class DeskProcessor implements Processor<String, AnalyzedArticle, String, DeskOutput> {
    /** How often (in feed time) the stores are swept of entries older than the retention. */
    private static final long SWEEP_EVERY = Duration.ofHours(1).toMillis();
    /**
     * LSH bands of 2 components (16 of the signature's 32 pairs, so an article has 16 index keys): a copy
     * at similarity 0.5 shares a band with probability 1 - 0.75^16 = 0.99, at 0.6 more than 0.999.
     */
    static final int LSH_BANDS = 16;
    /** Decoded stories kept in memory (write-through; the store stays the truth across restarts). */
    private static final int STORY_CACHE = 20_000;
    /** Articles kept per LSH band key. */
    private static final int NEAR_DUP_POSTINGS = 16;

    private final StorywatchConfig config;
    private final StorywatchMetrics metrics;
    private final StoryDesk desk;
    private final DeadlineTracker tracker;
    private final DeadlineResolver resolver;
    private ProcessorContext<String, DeskOutput> context;
    private StoryCache stories;
    private KeyValueStore<String, Seen> seenArticles;
    private KeyValueStore<String, Seen> seenContent;
    private KeyValueStore<String, Long> watch;
    private KeyValueStore<String, AnalyzedArticle> buffer;
    private KeyValueStore<String, Postings> nearDupIndex;
    private KeyValueStore<String, Postings> storyIndex;
    private KeyValueStore<String, Long> expiry;
    private KeyValueStore<String, Long> partitionClocks;
    /** In-memory copy of {@link #partitionClocks}, one per input partition. */
    private long[] clocks;
    private long lastOrderedRelease;
    private long clock = Long.MIN_VALUE;
    private long nextWatch = Long.MIN_VALUE;
    private long lastSweep = Long.MIN_VALUE;

    /**
     * A dedup entry: per article id, its story; per content hash, the first article with that text.
     * {@code at} is the feed time it was stored, for the retention sweep.
     */
    record Seen(String ref, long at, String fingerprint) {
    }

    /** An entry of an index: an article or story id and when it was listed. */
    record Posting(String id, long at) {
    }

    /** The entries under one index key, oldest first. */
    record Postings(List<Posting> entries) {
        static Postings add(Postings current, String id, long at, int cap) {
            List<Posting> entries = new ArrayList<>(current == null ? List.of() : current.entries());
            entries.removeIf(p -> p.id().equals(id));
            entries.add(new Posting(id, at));
            while (entries.size() > cap) {
                entries.remove(0);
            }
            return new Postings(entries);
        }
    }

    DeskProcessor(StorywatchConfig config, StorywatchMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.desk = new StoryDesk(config.storyThreshold(), config.storySupport(), config.storyWindow());
        this.tracker = new DeadlineTracker(config.tolerance(), config.approachingThresholds());
        this.resolver = new DeadlineResolver();
    }

    @Override
    public void init(ProcessorContext<String, DeskOutput> context) {
        this.context = context;
        this.stories = new StoryCache(context.getStateStore(StorywatchTopology.STORIES_STORE), STORY_CACHE);
        this.seenArticles = context.getStateStore(StorywatchTopology.SEEN_ARTICLES_STORE);
        this.seenContent = context.getStateStore(StorywatchTopology.SEEN_CONTENT_STORE);
        this.watch = context.getStateStore(StorywatchTopology.WATCH_STORE);
        this.buffer = context.getStateStore(StorywatchTopology.REORDER_STORE);
        this.nearDupIndex = context.getStateStore(StorywatchTopology.NEAR_DUP_INDEX_STORE);
        this.storyIndex = context.getStateStore(StorywatchTopology.STORY_INDEX_STORE);
        this.expiry = context.getStateStore(StorywatchTopology.EXPIRY_STORE);
        this.partitionClocks = context.getStateStore(StorywatchTopology.PARTITION_CLOCKS_STORE);
        clocks = new long[config.inputPartitions()];
        for (int p = 0; p < clocks.length; p++) {
            Long seen = partitionClocks.get(Integer.toString(p));
            clocks[p] = seen == null ? Long.MIN_VALUE : seen;
        }
        lastOrderedRelease = context.currentSystemTimeMs();
        long count = 0;
        try (KeyValueIterator<String, StoryState> all = stories.all()) {
            while (all.hasNext()) {
                StoryState story = all.next().value;
                count++;
                if (story.hasLiveDeadline()) {
                    metrics.deadlines(story);
                }
            }
        }
        metrics.storiesActive(count);
        if (config.wallClock()) {
            context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, this::onWallClock);
        }
    }

    @Override
    public void process(Record<String, AnalyzedArticle> record) {
        try {
            admit(record);
        } catch (RuntimeException e) {
            stories.invalidate(); // a story may have been changed in memory and not written
            throw e;
        }
    }

    private void admit(Record<String, AnalyzedArticle> record) {
        int source = AnalyzeProcessor.sourcePartition(record.headers());
        if (source >= 0 && source < clocks.length && record.timestamp() > clocks[source]) {
            clocks[source] = record.timestamp();
            partitionClocks.put(Integer.toString(source), record.timestamp());
        }
        if (record.value() != null) { // null: a tick of the feed's clock, it only moves time
            long offset = context.recordMetadata().map(m -> m.offset()).orElse(0L);
            buffer.put(ReorderKeys.key(record.timestamp(), record.value().id(), offset), record.value());
        }
        long watermark = Long.MAX_VALUE;
        for (long c : clocks) {
            watermark = Math.min(watermark, c);
        }
        if (watermark != Long.MIN_VALUE) {
            release(watermark);
            lastOrderedRelease = context.currentSystemTimeMs();
        }
    }

    /** Handles, in (timestamp, id) order, every buffered article not later than {@code upTo}. */
    private void release(long upTo) {
        List<KeyValue<String, AnalyzedArticle>> ready = new ArrayList<>();
        try (KeyValueIterator<String, AnalyzedArticle> due = buffer.range(ReorderKeys.LOWEST, ReorderKeys.upperBound(upTo))) {
            due.forEachRemaining(ready::add);
        }
        for (KeyValue<String, AnalyzedArticle> entry : ready) {
            long at = ReorderKeys.timestamp(entry.key);
            buffer.delete(entry.key); // first: an article that fails is dead-lettered once, not retried on every record
            advanceClock(at);
            handle(entry.value, at);
        }
        advanceClock(upTo);
    }

    /** Live mode: the watch follows the wall clock; a quiet input partition holds articles back at most reorderMaxWait. */
    private void onWallClock(long now) {
        if (now - lastOrderedRelease >= config.reorderMaxWait().toMillis()) {
            long latest = Long.MIN_VALUE;
            for (long c : clocks) {
                latest = Math.max(latest, c);
            }
            if (latest != Long.MIN_VALUE) {
                release(latest);
            }
        }
        advanceClock(now);
    }

    private void handle(AnalyzedArticle article, long at) {
        String duplicateOf = duplicateOf(article);
        if (duplicateOf != null) {
            Seen original = seenArticles.get(duplicateOf);
            String storyId = original == null ? null : original.ref();
            StoryState story = storyId == null ? null : stories.get(storyId);
            Resolution resolution = resolve(article, story, at);
            emit(article, storyId, Verdict.DUPLICATE, duplicateOf, resolution, at);
            return;
        }
        List<Alert> alerts = new ArrayList<>();
        Verdict verdict;
        String copyOf = null;
        StoryState story = null;
        Seen nearCopy = nearDuplicateOf(article);
        if (nearCopy != null) {
            story = stories.get(seenArticles.get(nearCopy.ref()).ref());
            copyOf = nearCopy.ref();
        }
        if (story == null) {
            story = bestStory(article, at);
            copyOf = null;
        }
        if (story == null) {
            story = StoryState.startFor(article, at);
            verdict = Verdict.NEW_STORY;
            metrics.storiesChanged(1);
            alerts.add(AlertFactory.newStory(story, article.id(), article.outlet(), at));
        } else {
            story.join(article, at);
            verdict = copyOf != null ? Verdict.NEAR_DUPLICATE : Verdict.SAME_STORY;
            int outlets = story.outlets.size();
            if (outlets > story.confirmedOutlets && config.confirmedAt().contains(outlets)) {
                story.confirmedOutlets = outlets;
                alerts.add(AlertFactory.confirmed(story, article.id(), at));
            }
        }
        Resolution resolution = resolve(article, story, at);
        for (DeadlineEvent event : tracker.observe(story, resolution.deadlines, resolution.moves, article.id(),
                article.outlet(), at)) {
            alerts.add(AlertFactory.deadline(story, event));
        }
        stories.put(story.storyId, story);
        seenArticles.put(article.id(), new Seen(story.storyId, at, article.fingerprint()));
        seenContent.put(article.contentHash(), new Seen(article.id(), at, null));
        expireLater(at, Expiring.STORY, story.storyId);
        expireLater(at, Expiring.ARTICLE, article.id());
        expireLater(at, Expiring.CONTENT, article.contentHash());
        index(article, story.storyId, at);
        schedule(story);
        emit(article, story.storyId, verdict, copyOf, resolution, at);
        alerts.forEach(this::emit);
        if (!alerts.isEmpty()) {
            metrics.alertLatency(Duration.ofMillis(Math.max(0, context.currentSystemTimeMs() - article.receivedAt())));
        }
    }

    /** The article this one copies exactly: the same id again, or the first article with the same text. */
    private String duplicateOf(AnalyzedArticle article) {
        if (seenArticles.get(article.id()) != null) {
            return article.id();
        }
        Seen sameText = seenContent.get(article.contentHash());
        return sameText == null ? null : sameText.ref();
    }

    /** The most similar earlier copy (estimated Jaccard ≥ threshold), found through the LSH bands; ties by id. */
    private Seen nearDuplicateOf(AnalyzedArticle article) {
        if (article.fingerprint() == null) {
            return null;
        }
        java.util.Set<String> candidates = new java.util.TreeSet<>();
        for (String band : Fingerprint.bandKeys(article.fingerprint(), LSH_BANDS)) {
            Postings postings = nearDupIndex.get(band);
            if (postings != null) {
                postings.entries().forEach(p -> candidates.add(p.id()));
            }
        }
        Seen best = null;
        double bestSimilarity = config.nearDuplicateThreshold();
        for (String candidate : candidates) {
            Seen seen = seenArticles.get(candidate);
            if (seen == null) {
                continue;
            }
            double similarity = Fingerprint.similarity(article.fingerprint(), seen.fingerprint());
            if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                best = new Seen(candidate, seen.at(), seen.fingerprint());
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** The story to join among the index's candidates, or null. */
    private StoryState bestStory(AnalyzedArticle article, long at) {
        List<List<String>> postings = new ArrayList<>();
        for (String term : StoryIndex.keyTerms(article.terms())) {
            Postings p = storyIndex.get(term);
            if (p != null) {
                postings.add(p.entries().stream().map(Posting::id).toList());
            }
        }
        StoryDesk.Search search = desk.search(article.terms(), article.lang(), at);
        for (String storyId : StoryIndex.candidates(postings)) {
            StoryState candidate = stories.get(storyId);
            if (candidate != null) {
                search.consider(candidate);
            }
        }
        return search.best();
    }

    /** Lists the article under its LSH bands and its story under the article's key terms. */
    private void index(AnalyzedArticle article, String storyId, long at) {
        if (article.fingerprint() != null) {
            for (String band : Fingerprint.bandKeys(article.fingerprint(), LSH_BANDS)) {
                nearDupIndex.put(band, Postings.add(nearDupIndex.get(band), article.id(), at, NEAR_DUP_POSTINGS));
                expireLater(at, Expiring.BAND, band);
            }
        }
        long horizon = at - config.retention().toMillis();
        for (String term : StoryIndex.keyTerms(article.terms())) {
            // keys are the vocabulary, so this index needs no sweep: old postings go when a key is written
            Postings postings = Postings.add(storyIndex.get(term), storyId, at, StoryIndex.POSTINGS);
            storyIndex.put(term, new Postings(postings.entries().stream().filter(p -> p.at() >= horizon).toList()));
        }
    }

    /** The article's deadlines resolved against its reference time. */
    private record Resolution(Instant reference, ReferenceSource source, List<ResolvedDeadline> deadlines,
                              List<Boolean> moves) {
    }

    private Resolution resolve(AnalyzedArticle article, StoryState story, long at) {
        Reference reference;
        ReferenceSource source;
        java.time.ZoneId zone = config.zoneFor(article.outlet());
        if (article.publishedAt() != null) {
            reference = new Reference(article.publishedAt(), article.dateOnly(), zone);
            source = ReferenceSource.PUBLISHED;
        } else if (story != null && story.referenceTime != null) {
            reference = new Reference(story.referenceTime, story.referenceDateOnly, zone);
            source = ReferenceSource.STORY;
        } else {
            reference = new Reference(Instant.ofEpochMilli(at), false, zone);
            source = ReferenceSource.INGEST;
        }
        List<ResolvedDeadline> deadlines = new ArrayList<>();
        List<Boolean> moves = new ArrayList<>();
        for (DeadlineMention mention : article.mentions()) {
            resolver.resolve(mention, reference).ifPresent(resolved -> {
                deadlines.add(resolved);
                moves.add(mention.moves());
            });
        }
        return new Resolution(reference.instant(), source, deadlines, moves);
    }

    private void emit(AnalyzedArticle article, String storyId, Verdict verdict, String duplicateOf,
                      Resolution resolution, long at) {
        List<EnrichedArticle.Deadline> deadlines = resolution.deadlines.stream()
                .map(d -> new EnrichedArticle.Deadline(d.text(), d.due(), d.precision(), d.start(), d.end()))
                .toList();
        EnrichedArticle enriched = new EnrichedArticle(article.id(), storyId, verdict, duplicateOf, article.outlet(),
                article.published(), resolution.reference.atOffset(ZoneOffset.UTC), resolution.source, deadlines);
        metrics.article(article.outlet(), verdict);
        context.forward(new Record<>(article.id(), enriched, at));
    }

    private void emit(Alert alert) {
        metrics.alert(alert.type());
        context.forward(new Record<>(alert.storyId(), alert, alert.at().toEpochMilli()));
    }

    /** Runs the deadline watch up to feed time {@code now}, and sweeps the stores now and then. */
    private void advanceClock(long now) {
        if (now <= clock) {
            return;
        }
        clock = now;
        metrics.clock(now);
        if (nextWatch == Long.MIN_VALUE) {
            nextWatch = earliestWatch();
        }
        if (now >= nextWatch) {
            runWatch(now);
        }
        if (now - SWEEP_EVERY >= lastSweep) { // not now - lastSweep: lastSweep starts at Long.MIN_VALUE
            lastSweep = now;
            sweep(now);
        }
    }

    private void runWatch(long now) {
        List<KeyValue<String, Long>> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = watch.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value <= now) {
                    due.add(kv);
                }
            });
        }
        List<Alert> alerts = new ArrayList<>();
        for (KeyValue<String, Long> entry : due) {
            StoryState story = stories.get(entry.key);
            if (story == null) {
                watch.delete(entry.key);
                continue;
            }
            for (DeadlineEvent event : tracker.advance(story, now)) {
                alerts.add(AlertFactory.deadline(story, event));
            }
            stories.put(story.storyId, story);
            schedule(story);
        }
        alerts.sort(java.util.Comparator.comparing(Alert::at)); // stable: one story's alerts keep their order
        alerts.forEach(this::emit);
        nextWatch = earliestWatch();
    }

    private void schedule(StoryState story) {
        metrics.deadlines(story);
        long next = story.nextWatchTime(tracker.thresholdsMillis());
        if (next == Long.MAX_VALUE) {
            watch.delete(story.storyId);
        } else {
            watch.put(story.storyId, next);
            nextWatch = Math.min(nextWatch == Long.MIN_VALUE ? Long.MAX_VALUE : nextWatch, next);
        }
    }

    private long earliestWatch() {
        long earliest = Long.MAX_VALUE;
        try (KeyValueIterator<String, Long> all = watch.all()) {
            while (all.hasNext()) {
                earliest = Math.min(earliest, all.next().value);
            }
        }
        return earliest;
    }

    /** What an expiry entry points at. */
    private enum Expiring { STORY, ARTICLE, CONTENT, BAND }

    /**
     * Queues {@code key} to be looked at once the retention has passed since {@code at}. The queue is
     * ordered by time, so the sweep reads only what has expired, never the whole window.
     */
    private void expireLater(long at, Expiring kind, String key) {
        expiry.put(String.format("%019d|%s|%s", Math.max(0, at), kind.name().charAt(0), key), at);
    }

    /**
     * Forgets what is older than the retention: articles, content hashes, near-duplicate postings, and
     * stories quiet for that long (a story with a live deadline waits for it). Each expired queue entry
     * is checked against its store, since the entry may have been refreshed since it was queued.
     */
    private void sweep(long now) {
        long horizon = now - config.retention().toMillis();
        List<KeyValue<String, Long>> expired = new ArrayList<>();
        // strictly older than the horizon, as the checks below: an entry must not be consumed and then kept
        try (KeyValueIterator<String, Long> due = expiry.range(ReorderKeys.LOWEST, ReorderKeys.upperBound(horizon - 1))) {
            due.forEachRemaining(expired::add);
        }
        for (KeyValue<String, Long> entry : expired) {
            expiry.delete(entry.key);
            int bar = entry.key.indexOf('|', 20);
            char kind = entry.key.charAt(20);
            String key = entry.key.substring(bar + 1);
            switch (kind) {
                case 'S' -> {
                    StoryState story = stories.get(key);
                    if (story != null && story.lastSeen < horizon) {
                        if (story.hasLiveDeadline()) {
                            expireLater(now, Expiring.STORY, key); // look again a retention later
                        } else {
                            stories.delete(key);
                            watch.delete(key);
                            metrics.storiesChanged(-1);
                        }
                    }
                }
                case 'A' -> deleteIfOlder(seenArticles, key, horizon);
                case 'C' -> deleteIfOlder(seenContent, key, horizon);
                default -> prune(nearDupIndex, key, horizon);
            }
        }
    }

    private static void deleteIfOlder(KeyValueStore<String, Seen> store, String key, long horizon) {
        Seen seen = store.get(key);
        if (seen != null && seen.at() < horizon) {
            store.delete(key);
        }
    }

    /** Drops a key's entries listed before the horizon, and the key when none is left. */
    private static void prune(KeyValueStore<String, Postings> index, String key, long horizon) {
        Postings postings = index.get(key);
        if (postings == null) {
            return;
        }
        List<Posting> kept = postings.entries().stream().filter(p -> p.at() >= horizon).toList();
        if (kept.isEmpty()) {
            index.delete(key);
        } else if (kept.size() < postings.entries().size()) {
            index.put(key, new Postings(kept));
        }
    }

}
