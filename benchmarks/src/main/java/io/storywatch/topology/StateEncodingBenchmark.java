package io.storywatch.topology;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.desk.Copies;
import io.storywatch.desk.DeskInput;
import io.storywatch.desk.StoryRepository;
import io.storywatch.feed.SyntheticFeed;
import io.storywatch.json.Json;
import io.storywatch.json.JsonSerde;
import io.storywatch.story.StoryState;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskOutput;
import io.storywatch.wire.DeskRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.kstream.Windowed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What the desk's state costs to write and read back in JSON (today's encoding) and in Jackson's two
 * binary formats, Smile and CBOR, with the same mapper configuration: microseconds per value for a
 * write and a read, and (printed once) bytes per value. The values are the app's own: a synthetic feed
 * ({@code ./storywatch synthetic}'s generator) analysed by {@link ArticleAnalyzer} (the repartition
 * topic's records) and run through the desk's copies and stories stages on in-memory stores, whose
 * story states, posting lists and seen articles are then taken as they stand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StateEncodingBenchmark {
    @Param({"json", "smile", "cbor"})
    public String format;

    /** {@code story}: StoryState; {@code postings}: a term's posting list; {@code seen}: a seen article; {@code record}: a repartition record. */
    @Param({"story", "postings", "seen", "record"})
    public String value;

    @Param("2000")
    public int articles;

    private ObjectMapper mapper;
    private Class<?> type;
    private List<Object> values;
    private int next;

    @Setup
    public void load() throws IOException {
        mapper = switch (format) {
            case "json" -> Json.MAPPER;
            case "smile" -> Json.withSettings(SmileMapper.builder(SmileFactory.builder()
                    .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build()));
            case "cbor" -> Json.withSettings(CBORMapper.builder(CBORFactory.builder()
                    .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build()));
            default -> throw new IllegalArgumentException("format: json, smile or cbor");
        };
        Desk desk = new Desk(articles);
        type = switch (value) {
            case "story" -> StoryState.class;
            case "postings" -> StoryRepository.Postings.class;
            case "seen" -> Copies.SeenArticle.class;
            case "record" -> DeskRecord.class;
            default -> throw new IllegalArgumentException("value: story, postings, seen or record");
        };
        values = switch (value) {
            case "story" -> desk.all(StoryRepository.STORIES_STORE);
            case "postings" -> desk.all(StoryRepository.STORY_INDEX_STORE);
            case "seen" -> desk.windowed(Copies.SEEN_ARTICLES_STORE);
            default -> desk.records;
        };
        long bytes = 0;
        for (Object v : values) {
            byte[] written = mapper.writeValueAsBytes(v);
            bytes += written.length;
            if (!java.util.Arrays.equals(written, mapper.writeValueAsBytes(mapper.readValue(written, type)))) {
                throw new IllegalStateException(format + " does not read back the " + value + " it wrote");
            }
        }
        System.out.printf("%n%s %s: %d values, %.0f bytes each on average%n", format, value, values.size(),
                bytes / (double) values.size());
    }

    @Benchmark
    public Object writeAndRead() throws IOException {
        Object v = values.get(next);
        next = (next + 1) % values.size();
        return mapper.readValue(mapper.writeValueAsBytes(v), type);
    }

    /** The desk's two stages on in-memory stores, run over an analysed synthetic feed. */
    private static final class Desk {
        private final MockProcessorContext<String, DeskInput> copiesContext;
        private final MockProcessorContext<String, DeskOutput> storiesContext;
        final List<Object> records = new ArrayList<>();

        Desk(int articles) throws IOException {
            Properties props = new Properties();
            props.put("application.id", "encoding-bench");
            props.put("bootstrap.servers", "none:9092");
            StorywatchConfig config = StorywatchConfig.from(props);
            var stateDir = Files.createTempDirectory("encoding-bench").toFile();
            stateDir.deleteOnExit();
            copiesContext = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir);
            storiesContext = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir);
            storiesContext.setCurrentSystemTimeMs(System.currentTimeMillis());
            long kept = config.retention().toMillis();
            add(copiesContext, window(Copies.SEEN_ARTICLES_STORE, kept, false, JsonSerde.of(Copies.SeenArticle.class)));
            add(copiesContext, window(Copies.SEEN_CONTENT_STORE, kept, false, JsonSerde.of(Copies.SeenContent.class)));
            add(copiesContext, window(Copies.BANDS_STORE, kept, true, Serdes.String()));
            add(storiesContext, Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoryRepository.STORIES_STORE),
                    Serdes.String(), JsonSerde.of(StoryState.class)).withLoggingDisabled().build());
            add(storiesContext, Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoryRepository.STORY_INDEX_STORE),
                    Serdes.String(), JsonSerde.of(StoryRepository.Postings.class)).withLoggingDisabled().build());
            add(storiesContext, window(StoryRepository.ARTICLE_STORIES_STORE, kept, false, Serdes.String()));
            CopiesProcessor copies = new CopiesProcessor(config);
            copies.init(copiesContext);
            StoriesProcessor stories = new StoriesProcessor(config, new StorywatchMetrics(new SimpleMeterRegistry()));
            stories.init(storiesContext);
            ArticleAnalyzer analyzer = new ArticleAnalyzer(config);
            DeskBenchmark.HourlyHorizon horizon = new DeskBenchmark.HourlyHorizon(Duration.ofMillis(kept));
            long at = SyntheticFeed.DEFAULT_START.toEpochMilli();
            for (SyntheticFeed.Item item : SyntheticFeed.generate(7, articles)) {
                AnalyzedArticle analyzed = analyzer.analyze(item.article().id(), Json.write(item.article()), 0L);
                records.add(new DeskRecord.Article(analyzed));
                at = analyzed.publishedAt() != null ? Math.max(at, analyzed.publishedAt().toEpochMilli()) : at; // undated: now
                copies.process(new Record<>("~clock", horizon.tick(at), at));
                copies.process(new Record<>(analyzed.id(), new DeskInput.Arrival(analyzed), at));
                DeskBenchmark.handOn(copiesContext, stories, storiesContext);
            }
        }

        private static <T> StateStore window(String name, long retentionMillis, boolean duplicates, Serde<T> values) {
            return Stores.windowStoreBuilder(Stores.inMemoryWindowStore(name, Duration.ofMillis(retentionMillis),
                    Duration.ofMillis(1), duplicates), Serdes.String(), values).withLoggingDisabled().build();
        }

        private static void add(MockProcessorContext<?, ?> context, StateStore store) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }

        List<Object> all(String name) {
            KeyValueStore<String, Object> store = storiesContext.getStateStore(name);
            List<Object> out = new ArrayList<>();
            try (KeyValueIterator<String, Object> it = store.all()) {
                it.forEachRemaining(kv -> out.add(kv.value));
            }
            return out;
        }

        List<Object> windowed(String name) {
            WindowStore<String, Object> store = copiesContext.getStateStore(name);
            List<Object> out = new ArrayList<>();
            try (KeyValueIterator<Windowed<String>, Object> it = store.all()) {
                it.forEachRemaining((KeyValue<Windowed<String>, Object> kv) -> out.add(kv.value));
            }
            return out;
        }
    }
}
