package io.storywatch.desk;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

import java.util.Map;

/**
 * RocksDB options for the desk's two indexes; other stores keep Kafka Streams' own.
 *
 * <p>The story index's reads are mostly of terms it does not hold: the key terms of an article new
 * to the desk. Kafka Streams tunes its stores for reads of keys that exist (no Bloom filter on the
 * last level, none in the memtable), so such a read searched the memtable and then the last level's
 * blocks. Here the memtable gets a Bloom filter of whole keys and every level keeps its filter, so a
 * term the index lacks is answered by filters. Other stores' reads are of keys they hold, or are
 * screened in memory first ({@link WrittenKeys}).
 *
 * <p>The copies index takes some 40 small postings an article and is seldom read from RocksDB
 * ({@link RecentPostings} answers most lookups), so its cost is inserting into the memtable: a
 * skip list that Kafka Streams' 16 MiB write buffer fills with some two hundred thousand postings,
 * each insert a walk through memory the caches no longer hold. Each of its segments gets a write
 * buffer of {@link #COPIES_INDEX_WRITE_BUFFER} instead, flushed sixteen times as often by RocksDB's
 * background threads.
 *
 * <p>Set as {@code rocksdb.config.setter} by default; a setter of one's own in the app's settings
 * replaces it.
 */
public final class IndexStoreOptions implements RocksDBConfigSetter {
    /** The memtable filter's size, as a share of the write buffer. */
    static final double MEMTABLE_FILTER_RATIO = 0.1;
    /** The copies index's write buffer, a segment's (Kafka Streams gives every store 16 MiB). */
    static final long COPIES_INDEX_WRITE_BUFFER = 1L << 20;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        if (StoryRepository.STORY_INDEX_STORE.equals(storeName)) {
            options.setOptimizeFiltersForHits(false);
            options.setMemtablePrefixBloomSizeRatio(MEMTABLE_FILTER_RATIO);
            options.setMemtableWholeKeyFiltering(true);
        } else if (isCopiesIndexSegment(storeName)) {
            options.setWriteBufferSize(COPIES_INDEX_WRITE_BUFFER);
        }
    }

    /** A window store's segments are RocksDB stores of their own, named after it: {@code name.segmentStart}. */
    static boolean isCopiesIndexSegment(String storeName) {
        return storeName.startsWith(Copies.BANDS_STORE + ".");
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here
    }
}
