package io.storywatch.topology;

import io.storywatch.Topics;
import io.storywatch.alert.Alert;
import io.storywatch.json.JsonSerde;
import io.storywatch.story.AnalyzedArticle;
import io.storywatch.story.DeskOutput;
import io.storywatch.story.StoryState;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import java.util.Properties;

/**
 * The whole storywatch topology in one place:
 * <pre>
 * news.articles ─► analyze (parallel: decode, validate, normalize, terms, deadline mentions)
 *               ─► desk repartition (one partition: every story must be visible to every article)
 *               ─► story-desk (feed-order buffer, dedup, story, deadlines, watch; state stores)
 *               ─► news.alerts (alerts) / news.articles.enriched (verdicts)
 * bad records ──► news.articles.dlq (Kafka's dead-letter queue, through {@link DeadLetterHandler})
 * </pre>
 * Every node, store and internal topic has an explicit name, so that the topology can change without
 * orphaning state.
 */
public final class StorywatchTopology {
    public static final String STORIES_STORE = "storywatch-stories";
    public static final String SEEN_ARTICLES_STORE = "storywatch-seen-articles";
    public static final String SEEN_CONTENT_STORE = "storywatch-seen-content";
    public static final String WATCH_STORE = "storywatch-deadline-watch";
    public static final String REORDER_STORE = "storywatch-desk-reorder";
    public static final String PARTITION_CLOCKS_STORE = "storywatch-desk-partition-clocks";
    public static final String NEAR_DUP_INDEX_STORE = "storywatch-near-duplicate-index";
    public static final String STORY_INDEX_STORE = "storywatch-story-index";
    public static final String EXPIRY_STORE = "storywatch-expiry-queue";
    /** Name of the repartition topic feeding the desk ({@code <application.id>-desk-repartition}). */
    public static final String DESK_REPARTITION = "desk";

    private StorywatchTopology() {
    }

    public static Topology build(Properties props, StorywatchMetrics metrics) {
        StorywatchConfig config = StorywatchConfig.from(props);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(STORIES_STORE, JsonSerde.of(StoryState.class)));
        builder.addStateStore(store(SEEN_ARTICLES_STORE, JsonSerde.of(DeskProcessor.Seen.class)));
        builder.addStateStore(store(SEEN_CONTENT_STORE, JsonSerde.of(DeskProcessor.Seen.class)));
        builder.addStateStore(store(WATCH_STORE, Serdes.Long()));
        builder.addStateStore(inMemory(REORDER_STORE, JsonSerde.of(AnalyzedArticle.class)));
        builder.addStateStore(inMemory(PARTITION_CLOCKS_STORE, Serdes.Long()));
        builder.addStateStore(store(NEAR_DUP_INDEX_STORE, JsonSerde.of(DeskProcessor.Postings.class)));
        builder.addStateStore(store(STORY_INDEX_STORE, JsonSerde.of(DeskProcessor.Postings.class)));
        builder.addStateStore(store(EXPIRY_STORE, Serdes.Long()));

        Serde<DeskOutput> outputSerde = Serdes.serdeFrom(outputSerializer(), (topic, bytes) -> {
            throw new UnsupportedOperationException("storywatch only writes its outputs");
        });
        builder.stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-source"))
                .processValues(() -> new AnalyzeProcessor(config), Named.as("analyze"))
                .repartition(Repartitioned.<String, AnalyzedArticle>as(DESK_REPARTITION)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(AnalyzedArticle.class))
                        .withNumberOfPartitions(1))
                .process(() -> new DeskProcessor(config, metrics), Named.as("story-desk"),
                        STORIES_STORE, SEEN_ARTICLES_STORE, SEEN_CONTENT_STORE, WATCH_STORE, REORDER_STORE,
                        PARTITION_CLOCKS_STORE, NEAR_DUP_INDEX_STORE, STORY_INDEX_STORE, EXPIRY_STORE)
                .split(Named.as("desk-output-"))
                .branch((storyOrArticleId, out) -> out instanceof Alert, Branched.withConsumer(alerts -> alerts.to(
                        Topics.ALERTS, Produced.with(Serdes.String(), outputSerde).withName("alerts-sink")), "alerts"))
                .defaultBranch(Branched.withConsumer(enriched -> enriched.to(
                        Topics.ENRICHED, Produced.with(Serdes.String(), outputSerde).withName("enriched-sink")), "enriched"));
        return builder.build(props);
    }

    /** A persistent key-value store with string keys. */
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }

    /**
     * An in-memory store, changelogged like the others, for the desk's reorder buffer and clocks: a few
     * entries that are read as a queue. In RocksDB every release left a tombstone that the next range
     * scan had to step over, so the per-article cost grew with the feed (profiled: 20,000 articles
     * slowed to 9 articles/s).
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> inMemory(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values);
    }

    /** Alerts and verdicts are records: Jackson writes each by its own type. */
    private static Serializer<DeskOutput> outputSerializer() {
        JsonSerde<Object> json = JsonSerde.of(Object.class);
        return (topic, value) -> json.serializer().serialize(topic, value);
    }
}
