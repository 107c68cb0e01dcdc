package io.storywatch.desk;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

import java.util.Map;

/**
 * RocksDB options for the story index, whose reads are mostly of terms it does not hold: the key
 * terms of an article new to the desk. Kafka Streams tunes its stores for reads of keys that exist
 * (no Bloom filter on the last level, none in the memtable), so such a read searched the memtable
 * and then the last level's blocks. Here the memtable gets a Bloom filter of whole keys and every
 * level keeps its filter, so a term the index lacks is answered by filters. Other stores keep Kafka
 * Streams' options: their reads are of keys they hold, or are screened in memory first
 * ({@link WrittenKeys}).
 *
 * <p>Set as {@code rocksdb.config.setter} by default; a setter of one's own in the app's settings
 * replaces it.
 */
public final class IndexStoreOptions implements RocksDBConfigSetter {
    /** The memtable filter's size, as a share of the write buffer. */
    static final double MEMTABLE_FILTER_RATIO = 0.1;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        if (StoryRepository.STORY_INDEX_STORE.equals(storeName)) {
            options.setOptimizeFiltersForHits(false);
            options.setMemtablePrefixBloomSizeRatio(MEMTABLE_FILTER_RATIO);
            options.setMemtableWholeKeyFiltering(true);
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here
    }
}
