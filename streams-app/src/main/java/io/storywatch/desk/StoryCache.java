package io.storywatch.desk;

import io.storywatch.story.StoryState;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stories store with the most recently used stories kept decoded. The desk is the only writer,
 * so a write-through cache is always equal to the store; a restarted or migrated desk starts empty
 * and reads the store. It saves decoding a story's JSON on every candidate lookup.
 */
final class StoryCache {
    private final KeyValueStore<String, StoryState> store;
    private final Map<String, StoryState> recent;

    StoryCache(KeyValueStore<String, StoryState> store, int capacity) {
        this.store = store;
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
                return size() > capacity;
            }
        };
    }

    StoryState get(String storyId) {
        StoryState story = recent.get(storyId);
        if (story == null) {
            story = store.get(storyId);
            if (story != null) {
                recent.put(storyId, story);
            }
        }
        return story;
    }

    void put(String storyId, StoryState story) {
        store.put(storyId, story);
        recent.put(storyId, story);
    }

    void delete(String storyId) {
        store.delete(storyId);
        recent.remove(storyId);
    }

    /** Forgets the decoded stories: after a failure mid-update the store is the truth again. */
    void invalidate() {
        recent.clear();
    }

    /** Every story, from the store (for the hourly sweep and for start-up). */
    KeyValueIterator<String, StoryState> all() {
        return store.all();
    }
}
