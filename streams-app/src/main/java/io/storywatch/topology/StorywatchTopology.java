package io.storywatch.topology;

import io.storywatch.Topics;
import io.storywatch.json.JsonSerde;
import io.storywatch.wire.Alert;
import io.storywatch.wire.DeskRecord;
import io.storywatch.wire.DeskOutput;
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

import java.util.Properties;

/**
 * The whole storywatch topology in one place:
 * <pre>
 * news.articles ─► analyze (parallel: decode, validate, normalize, terms, deadline mentions)
 *               ─► desk repartition (storywatch.desk.partitions, 1 by default: sharded by language, ticks to all)
 *               ─► desk-feed-order (reorder buffer, partition clocks: articles and ticks in feed order)
 *               ─► desk-copies (exact and near copies: seen articles, contents, LSH bands)
 *               ─► desk-stories (story, deadlines, deadline watch: stories, story index, article stories)
 *               ─► news.alerts (alerts) / news.articles.enriched (verdicts)
 * bad records ──► news.articles.dlq (Kafka's dead-letter queue, through {@link DeadLetterHandler})
 * </pre>
 * Each desk stage declares its own stores (its supplier's {@code stores()}). Every node, store and
 * internal topic has an explicit name, so that the topology can change without orphaning state.
 */
public final class StorywatchTopology {
    /**
     * Name of the repartition topic feeding the desk ({@code <application.id>-desk-repartition}). Every story
     * must be visible to every article of its language, so the desk has one partition per shard of languages.
     */
    public static final String DESK_REPARTITION = "desk";

    private StorywatchTopology() {
    }

    /**
     * @param props           the Kafka Streams settings (for the topology's optimizations)
     * @param inputPartitions partitions of news.articles: the desk waits for the clock of each before it
     *                        lets an article out, so articles reach it in feed order
     */
    public static Topology build(Properties props, StorywatchConfig config, StorywatchMetrics metrics, int inputPartitions) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<DeskOutput> outputSerde = Serdes.serdeFrom(outputSerializer(), (topic, bytes) -> {
            throw new UnsupportedOperationException("storywatch only writes its outputs");
        });
        builder.stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-source"))
                .processValues(() -> new AnalyzeProcessor(config), Named.as("analyze"))
                .repartition(Repartitioned.<String, DeskRecord>as(DESK_REPARTITION)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(DeskRecord.class))
                        .withStreamPartitioner(new DeskPartitioner(config.deskLanguages()))
                        .withNumberOfPartitions(config.deskPartitions()))
                .process(new FeedOrderProcessor.Supplier(config, inputPartitions), Named.as("desk-feed-order"))
                .process(new CopiesProcessor.Supplier(config), Named.as("desk-copies"))
                .process(new StoriesProcessor.Supplier(config, metrics), Named.as("desk-stories"))
                .split(Named.as("desk-output-"))
                .branch((storyOrArticleId, out) -> out instanceof Alert, Branched.withConsumer(alerts -> alerts.to(
                        Topics.ALERTS, Produced.with(Serdes.String(), outputSerde).withName("alerts-sink")), "alerts"))
                .defaultBranch(Branched.withConsumer(enriched -> enriched.to(
                        Topics.ENRICHED, Produced.with(Serdes.String(), outputSerde).withName("enriched-sink")), "enriched"));
        return builder.build(props);
    }

    /** Alerts and verdicts are records: Jackson writes each by its own type. */
    private static Serializer<DeskOutput> outputSerializer() {
        JsonSerde<Object> json = JsonSerde.of(Object.class);
        return (topic, value) -> json.serializer().serialize(topic, value);
    }
}
