package io.storywatch.app;

import io.storywatch.Topics;
import io.storywatch.desk.IndexStoreOptions;
import io.storywatch.topology.DeadLetterHandler;
import io.storywatch.topology.StorywatchMetrics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Properties;

/** The Kafka Streams settings storywatch runs with, in one place for the app, the demo and the backtest. */
public final class StreamsSettings {
    public static final String DEFAULT_APPLICATION_ID = "storywatch";
    /**
     * The producer's batch per partition (Kafka's default: 16 KiB). An article writes several kilobytes
     * to the changelogs and outputs, and each batch filled or begun wakes the producer's sender thread:
     * with 128 KiB the app's other threads (the clients' own) used half the CPU in {@code bench}, and the
     * stream thread a little less. It adds no wait: {@code linger.ms} decides when a batch goes.
     */
    static final int PRODUCER_BATCH_BYTES = 128 * 1024;

    private StreamsSettings() {
    }

    /**
     * @param overrides user properties (a {@code --config} file: Kafka client settings and {@code storywatch.*});
     *                  they win over the defaults here
     */
    public static Properties of(String bootstrapServers, Path stateDir, StorywatchMetrics metrics, Properties overrides) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        // a commit that times out stops the app instead of letting Kafka Streams commit a doubtful transaction
        props.put(StreamsConfig.DEFAULT_CLIENT_SUPPLIER_CONFIG, FailStopClientSupplier.class.getName());
        // the desk's two indexes get RocksDB options of their own: filters for the story index's reads of
        // terms it lacks, a small write buffer for the copies index's many small writes
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, IndexStoreOptions.class.getName());
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        if (overrides != null) {
            props.putAll(overrides);
        }
        props.put(DeadLetterHandler.METRICS_CONFIG, metrics);
        return props;
    }
}
