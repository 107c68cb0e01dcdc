package io.storywatch.desk;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A key-value store with its most recently used values kept decoded. The desk is the only writer,
 * so a write-through cache is always equal to the store; a restarted or migrated desk starts empty
 * and reads the store. It saves a store read and a JSON decode on every hit: the stories scored for
 * an article, and the index postings of its key terms (read to find candidates, again to list it).
 *
 * <p>It can remember keys the store does not hold, too ({@code rememberAbsent}): the key terms of an
 * article that are new to the index are looked up twice (to find candidates, then to list the
 * article under them), and store reads were most of the time both lookups took (profiled with 10,000
 * articles in the window); the second is now answered here. The write that follows replaces the mark. The
 * stories do without: their reads of absent keys are the index sweep's, of stories long gone, whose
 * marks would push out stories in use.
 */
final class WriteThroughCache<V> {
    /** Marks a key the store does not hold. */
    private static final Object ABSENT = new Object();
    private final KeyValueStore<String, V> store;
    private final Map<String, Object> recent;
    private final boolean rememberAbsent;

    WriteThroughCache(KeyValueStore<String, V> store, int capacity, boolean rememberAbsent) {
        this.store = store;
        this.rememberAbsent = rememberAbsent;
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @SuppressWarnings("unchecked") // every value but ABSENT was put as a V
    V get(String key) {
        Object known = recent.get(key);
        if (known == null) {
            V value = store.get(key);
            if (value != null) {
                recent.put(key, value);
            } else if (rememberAbsent) {
                recent.put(key, ABSENT);
            }
            return value;
        }
        return known == ABSENT ? null : (V) known;
    }

    void put(String key, V value) {
        store.put(key, value);
        recent.put(key, value);
    }

    void delete(String key) {
        store.delete(key);
        recent.remove(key); // no mark: the sweep deletes terms nobody uses, whose marks would push out ones in use
    }

    /** Forgets the decoded values: after a failure mid-update the store is the truth again. */
    void invalidate() {
        recent.clear();
    }

    /** The entries from {@code from} (the first when null) on, in key order, from the store. */
    KeyValueIterator<String, V> from(String from) {
        return store.range(from, null);
    }

    /** Every entry, from the store (for the hourly sweep and for start-up). */
    KeyValueIterator<String, V> all() {
        return store.all();
    }
}
