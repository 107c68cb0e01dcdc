package io.storywatch.desk;

import io.storywatch.app.StreamsSettings;
import io.storywatch.topology.StorywatchMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexStoreOptionsTest {
    @Test
    void theStoryIndexGetsBloomFiltersForTermsItLacks() {
        try (Options options = new Options().setOptimizeFiltersForHits(true)) {
            new IndexStoreOptions().setConfig(StoryRepository.STORY_INDEX_STORE, options, Map.of());
            assertFalse(options.optimizeFiltersForHits(), "every level keeps its filter");
            assertTrue(options.memtableWholeKeyFiltering());
            assertEquals(IndexStoreOptions.MEMTABLE_FILTER_RATIO, options.memtablePrefixBloomSizeRatio());
        }
    }

    @Test
    void theCopiesIndexSegmentsGetASmallWriteBuffer() {
        try (Options options = new Options().setWriteBufferSize(16L << 20)) {
            new IndexStoreOptions().setConfig(Copies.BANDS_STORE + ".1734480000000", options, Map.of());
            assertEquals(IndexStoreOptions.COPIES_INDEX_WRITE_BUFFER, options.writeBufferSize());
            assertFalse(options.memtableWholeKeyFiltering(), "the story index's filters are its own");
        }
        try (Options options = new Options().setWriteBufferSize(16L << 20)) {
            new IndexStoreOptions().setConfig(Copies.SEEN_ARTICLES_STORE + ".1734480000000", options, Map.of());
            assertEquals(16L << 20, options.writeBufferSize(), "the other window stores keep theirs");
        }
    }

    /** The app's setter, recording the write buffer each store was opened with (Kafka Streams makes its own instance). */
    public static final class Recording implements RocksDBConfigSetter {
        static final Map<String, Long> WRITE_BUFFERS = new ConcurrentHashMap<>();
        private final IndexStoreOptions options = new IndexStoreOptions();

        @Override
        public void setConfig(String storeName, Options options, Map<String, Object> configs) {
            this.options.setConfig(storeName, options, configs);
            WRITE_BUFFERS.put(storeName, options.writeBufferSize());
        }

        @Override
        public void close(String storeName, Options options) {
            this.options.close(storeName, options);
        }
    }

    @Test
    void kafkaStreamsNamesTheCopiesIndexSegmentsAsTheSetterExpects(@TempDir Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "index-store-options-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "none:9092");
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, Recording.class.getName());
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        // the app's own builder of the copies index, so the segments are the ones the app opens
        @SuppressWarnings("unchecked")
        WindowStore<String, String> bands = (WindowStore<String, String>) Copies.stores(Duration.ofDays(7)).stream()
                .filter(builder -> builder.name().equals(Copies.BANDS_STORE)).findFirst().orElseThrow()
                .withLoggingDisabled().build();
        bands.init(context.getStateStoreContext(), bands);
        try {
            bands.put("b0:1f", "article-1", Duration.ofDays(30).toMillis()); // a write opens the segment it falls in
        } finally {
            bands.close();
        }
        assertTrue(Recording.WRITE_BUFFERS.keySet().stream().anyMatch(IndexStoreOptions::isCopiesIndexSegment),
                "segments opened: " + Recording.WRITE_BUFFERS.keySet());
        Recording.WRITE_BUFFERS.forEach((store, writeBuffer) -> {
            if (IndexStoreOptions.isCopiesIndexSegment(store)) {
                assertEquals(IndexStoreOptions.COPIES_INDEX_WRITE_BUFFER, writeBuffer, store);
            }
        });
    }

    @Test
    void otherStoresKeepKafkaStreamsOptions() {
        try (Options options = new Options().setOptimizeFiltersForHits(true)) {
            new IndexStoreOptions().setConfig(StoryRepository.STORIES_STORE, options, Map.of());
            assertTrue(options.optimizeFiltersForHits());
            assertFalse(options.memtableWholeKeyFiltering());
            assertEquals(0.0, options.memtablePrefixBloomSizeRatio());
        }
    }

    @Test
    void theAppSetsItUnlessItsSettingsNameAnother() {
        StorywatchMetrics metrics = new StorywatchMetrics(new SimpleMeterRegistry());
        Properties defaults = StreamsSettings.of("localhost:9092", Path.of("state"), metrics, new Properties());
        assertEquals(IndexStoreOptions.class.getName(), defaults.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        Properties own = new Properties();
        own.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, "com.example.OwnSetter");
        assertEquals("com.example.OwnSetter", StreamsSettings.of("localhost:9092", Path.of("state"), metrics, own)
                .get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
    }
}
