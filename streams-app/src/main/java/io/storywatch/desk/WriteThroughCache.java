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
 */
final class WriteThroughCache<V> {
    private final KeyValueStore<String, V> store;
    private final Map<String, V> recent;

    WriteThroughCache(KeyValueStore<String, V> store, int capacity) {
        this.store = store;
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(String key) {
        V value = recent.get(key);
        if (value == null) {
            value = store.get(key);
            if (value != null) {
                recent.put(key, value);
            }
        }
        return value;
    }

    void put(String key, V value) {
        store.put(key, value);
        recent.put(key, value);
    }

    void delete(String key) {
        store.delete(key);
        recent.remove(key);
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
