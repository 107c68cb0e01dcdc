package io.storywatch.desk;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WriteThroughCacheTest {
    private final KeyValueStore<String, String> store = new InMemoryStores().keyValue("cache-test", Serdes.String());
    /** Reads that reached the store. */
    private final AtomicInteger reads = new AtomicInteger();

    /** The store, counting its reads. */
    private KeyValueStore<String, String> counted() {
        return InMemoryStores.counting(store, "get", reads);
    }

    @Test
    void aKeyTheStoreLacksIsReadFromTheStoreOnceUntilItIsWritten() {
        WriteThroughCache<String> cache = new WriteThroughCache<>(counted(), 10, true);
        assertNull(cache.get("strike"));
        assertNull(cache.get("strike"));
        assertEquals(1, reads.get(), "the second lookup of an absent key is answered from memory");
        cache.put("strike", "story-1");
        assertEquals("story-1", cache.get("strike"));
        assertEquals(1, reads.get(), "written through the cache: answered from memory");
        cache.delete("strike");
        assertNull(cache.get("strike"));
        assertNull(cache.get("strike"));
        assertEquals(2, reads.get(), "a deleted key leaves no mark (the sweep's terms), so it is read once again");
        assertNull(store.get("strike"), "the store is the truth");
    }

    @Test
    void withoutMarksEveryLookupOfAnAbsentKeyReadsTheStore() {
        WriteThroughCache<String> cache = new WriteThroughCache<>(counted(), 10, false);
        assertNull(cache.get("strike"));
        assertNull(cache.get("strike"));
        assertEquals(2, reads.get());
        cache.put("strike", "story-1");
        cache.delete("strike");
        assertNull(cache.get("strike"));
        assertEquals(3, reads.get());
    }

    @Test
    void marksOfAbsentKeysAreBoundedLikeValuesAndANewCacheReadsTheStore() {
        WriteThroughCache<String> cache = new WriteThroughCache<>(counted(), 2, true);
        store.put("held", "story-9"); // as a restarted desk finds it
        for (String key : new String[] {"a", "b", "c"}) {
            assertNull(cache.get(key));
        }
        assertNull(cache.get("a"), "pushed out by b and c, so read again");
        assertEquals(4, reads.get());
        assertEquals("story-9", cache.get("held"));
        assertEquals(5, reads.get());
    }
}
