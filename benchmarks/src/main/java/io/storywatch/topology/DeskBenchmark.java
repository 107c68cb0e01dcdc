package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.desk.Copies;
import io.storywatch.desk.DeskInput;
import io.storywatch.desk.FeedTime;
import io.storywatch.desk.IndexStoreOptions;
import io.storywatch.desk.StoryRepository;
import io.storywatch.json.JsonSerde;
import io.storywatch.story.StoryState;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskOutput;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Per-article cost of fingerprinting and story assignment (the desk: exact and near-duplicate checks,
 * story candidates from the term index, scoring, state updates) with 10 thousand, 100 thousand and 1
 * million articles already in the window. Runs the desk's real copies and stories stages
 * ({@link CopiesProcessor}, {@link StoriesProcessor}) on Kafka's MockProcessorContext with the app's
 * RocksDB stores or Kafka's in-memory ones (no changelog), the first stage's output handed to the
 * second, fed synthetic news: stories with their own vocabulary, rewrites and wire reprints, 150-word
 * bodies. After filling the window it prints the heap used after GC and the state on disk, in all and
 * per article in the window.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx16g"})
public class DeskBenchmark {
    private static final Duration RETENTION = Duration.ofDays(3650);

    @Param({"10000", "100000", "1000000"})
    public int windowArticles;

    /** {@code rocksdb}: the stores the app runs with (no changelog); {@code memory}: Kafka's in-memory ones. */
    @Param({"rocksdb", "memory"})
    public String stores;

    private CopiesProcessor copies;
    private StoriesProcessor stories;
    private MockProcessorContext<String, DeskInput> copiesContext;
    private MockProcessorContext<String, DeskOutput> storiesContext;
    private SyntheticNews news;
    private File stateDir;
    private final List<StateStore> opened = new ArrayList<>();
    private long clock;
    private final HourlyHorizon horizon = new HourlyHorizon(RETENTION);

    @Setup(Level.Trial)
    public void fillTheWindow() {
        Properties props = new Properties();
        props.put("application.id", "desk-bench");
        props.put("bootstrap.servers", "none:9092");
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, IndexStoreOptions.class.getName()); // as the app has it
        // a million articles must stay in the window: no story or article expires during the run
        props.put("storywatch.retention", RETENTION.toString());
        props.put("storywatch.story.window", "P3650D");
        StorywatchConfig config = StorywatchConfig.from(props);
        try {
            stateDir = Files.createTempDirectory("desk-bench").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copiesContext = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir);
        storiesContext = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir);
        storiesContext.setCurrentSystemTimeMs(System.currentTimeMillis());
        long kept = config.retention().toMillis();
        for (StateStore store : List.of(
                window(Copies.SEEN_ARTICLES_STORE, kept, false, JsonSerde.of(Copies.SeenArticle.class)),
                window(Copies.SEEN_CONTENT_STORE, kept, false, JsonSerde.of(Copies.SeenContent.class)),
                window(Copies.BANDS_STORE, kept, true, Serdes.String()))) {
            store.init(copiesContext.getStateStoreContext(), store);
            copiesContext.addStateStore(store);
            opened.add(store);
        }
        for (StateStore store : List.of(
                keyValue(StoryRepository.STORIES_STORE, JsonSerde.of(StoryState.class)),
                keyValue(StoryRepository.STORY_INDEX_STORE, JsonSerde.of(StoryRepository.Postings.class)),
                window(StoryRepository.ARTICLE_STORIES_STORE, kept, false, Serdes.String()))) {
            store.init(storiesContext.getStateStoreContext(), store);
            storiesContext.addStateStore(store);
            opened.add(store);
        }
        copies = new CopiesProcessor(config);
        copies.init(copiesContext);
        stories = new StoriesProcessor(config, new StorywatchMetrics(new SimpleMeterRegistry()));
        stories.init(storiesContext);
        news = new SyntheticNews(42);
        clock = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < windowArticles; i++) {
            processOne();
        }
        for (StateStore store : opened) {
            store.flush();
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        long disk = sizeOf(stateDir.toPath());
        System.out.printf("%n%d articles in the window, %s stores: heap used after GC %.0f MiB (%.0f bytes per article), "
                        + "state on disk %.0f MiB (%.0f bytes per article)%n", windowArticles, stores, heap / 1048576.0,
                heap / (double) windowArticles, disk / 1048576.0, disk / (double) windowArticles);
    }

    private <T> StateStore keyValue(String name, Serde<T> values) {
        KeyValueBytesStoreSupplier supplier = persistent() ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), values).withLoggingDisabled().build();
    }

    private <T> StateStore window(String name, long retentionMillis, boolean duplicates, Serde<T> values) {
        Duration retention = Duration.ofMillis(retentionMillis);
        WindowBytesStoreSupplier supplier = persistent()
                ? Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), duplicates)
                : Stores.inMemoryWindowStore(name, retention, Duration.ofMillis(1), duplicates);
        return Stores.windowStoreBuilder(supplier, Serdes.String(), values).withLoggingDisabled().build();
    }

    private boolean persistent() {
        return stores.equals("rocksdb");
    }

    @TearDown(Level.Trial)
    public void closeTheStores() throws IOException {
        for (StateStore store : opened) {
            store.close();
        }
        try (Stream<Path> files = Files.walk(stateDir.toPath())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void fingerprintAndAssignOneArticle() {
        processOne();
    }

    private void processOne() {
        SyntheticNews.Article article = news.next();
        clock += 1_000;
        AnalyzedArticle analyzed = new AnalyzedArticle(article.id(), null, article.outlet(), article.title(), null,
                Instant.ofEpochMilli(clock), false, article.id(), article.terms(), List.of(), 0L, "en",
                Fingerprint.of(article.body()));
        // as the feed-order stage sends it: a tick that brings feed time to the article, then the article
        copies.process(new Record<>("~clock", horizon.tick(clock), clock));
        copies.process(new Record<>(article.id(), new DeskInput.Arrival(analyzed), clock));
        handOn(copiesContext, stories, storiesContext);
    }

    /** Ticks of a feed clock whose retention horizon moves once a feed hour, as {@link FeedTime} moves the app's. */
    static final class HourlyHorizon {
        private final long retentionMillis;
        private long lastSweep = Long.MIN_VALUE / 2;

        HourlyHorizon(Duration retention) {
            this.retentionMillis = retention.toMillis();
        }

        DeskInput.Tick tick(long now) {
            if (now - FeedTime.SWEEP_EVERY >= lastSweep) {
                lastSweep = now;
            }
            return new DeskInput.Tick(now, lastSweep - retentionMillis);
        }
    }

    /** What the copies stage forwarded, handed to the stories stage as the topology would; then both contexts cleared. */
    static void handOn(MockProcessorContext<String, DeskInput> copiesContext, StoriesProcessor stories,
                       MockProcessorContext<String, DeskOutput> storiesContext) {
        for (var forwarded : copiesContext.forwarded()) {
            var record = forwarded.record();
            stories.process(new Record<String, DeskInput>(record.key(), record.value(), record.timestamp()));
        }
        copiesContext.resetForwards();
        storiesContext.resetForwards();
    }

    /** Deterministic synthetic coverage: stories of 1-40 articles, a fifth of them wire reprints. */
    static final class SyntheticNews {
        private static final int VOCABULARY = 200_000;
        private final SplittableRandom random;
        private long articles;
        private long stories;
        private int[] storyWords = new int[0];
        private String lastBody;

        record Article(String id, String outlet, String title, String body, Map<String, Double> terms) {
        }

        SyntheticNews(long seed) {
            random = new SplittableRandom(seed);
        }

        Article next() {
            articles++;
            if (storyWords.length == 0 || random.nextInt(8) == 0) { // a new story
                stories++;
                storyWords = new int[40];
                for (int i = 0; i < storyWords.length; i++) {
                    storyWords[i] = random.nextInt(VOCABULARY);
                }
                lastBody = null;
            }
            String body;
            if (lastBody != null && random.nextInt(5) == 0) { // a wire reprint with another ending
                body = lastBody.substring(0, lastBody.length() * 4 / 5) + " word" + random.nextInt(VOCABULARY);
            } else {
                StringBuilder text = new StringBuilder(1500);
                for (int i = 0; i < 150; i++) {
                    int word = random.nextInt(10) < 6 ? storyWords[random.nextInt(storyWords.length)] : random.nextInt(VOCABULARY);
                    text.append('w').append(word).append(' ');
                }
                body = text.toString();
            }
            lastBody = body;
            Map<String, Double> terms = new LinkedHashMap<>();
            for (int i = 0; i < 40; i++) {
                int word = random.nextInt(10) < 7 ? storyWords[random.nextInt(storyWords.length)] : random.nextInt(VOCABULARY);
                terms.merge("w" + word, 1 + random.nextDouble(), Double::sum);
            }
            return new Article("a" + articles, "outlet" + random.nextInt(300), "story " + stories, body, terms);
        }
    }
}
