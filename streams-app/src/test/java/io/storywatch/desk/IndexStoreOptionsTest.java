package io.storywatch.desk;

import io.storywatch.app.StreamsSettings;
import io.storywatch.topology.StorywatchMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

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
