package io.storywatch.desk;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentPostingsTest {
    private static final long T = 1_800_000_000_000L;
    private static final int PER_KEY = 4;

    @Test
    void whatItHoldsForAKeyIsWhatTheStoreWouldAnswer() {
        InMemoryStores stores = new InMemoryStores();
        WindowStore<String, String> store = stores.window("bands", Duration.ofDays(400), true, Serdes.String());
        RecentPostings recent = new RecentPostings(20, PER_KEY); // fewer keys than are used: entries get evicted
        Set<String> written = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        long now = T;
        long horizon = T;
        int answeredHere = 0;
        for (int step = 0; step < 20_000; step++) {
            String key = "k" + random.nextInt(40);
            if (random.nextInt(3) == 0) {
                // a write: feed time mostly moves on, sometimes stays, sometimes an article comes late
                now += random.nextInt(4) == 0 ? 0 : random.nextInt(60_000);
                long at = random.nextInt(10) == 0 ? now - random.nextInt(600_000) : now;
                String id = "a" + step;
                boolean certainlyNew = written.add(key);
                store.put(key, id, at);
                recent.written(key, id, at, certainlyNew);
            } else {
                if (random.nextInt(50) == 0) {
                    horizon = Math.min(now, horizon + random.nextInt(3_600_000));
                }
                List<String> fromStore = newest(store, key, horizon);
                List<String> here = new ArrayList<>();
                if (recent.addTo(key, horizon, here)) {
                    answeredHere++;
                    assertEquals(fromStore, here, "key " + key + " at step " + step);
                } else {
                    recent.read(key, postings(store, key, horizon));
                }
            }
        }
        assertTrue(answeredHere > 5_000, "most lookups answered from memory: " + answeredHere);
        assertTrue(recent.size() <= 20);
    }

    @Test
    void aKeyWrittenWhileUncachedIsCachedOnlyWhenTheStoreCertainlyHadNothingUnderIt() {
        RecentPostings recent = new RecentPostings(10, PER_KEY);
        recent.written("new", "a1", T, true);
        recent.written("maybe-old", "a2", T, false);
        List<String> ids = new ArrayList<>();
        assertTrue(recent.addTo("new", T, ids));
        assertEquals(List.of("a1"), ids);
        assertFalse(recent.addTo("maybe-old", T, ids), "the store may hold older postings under it");
        List<String> later = new ArrayList<>();
        assertTrue(recent.addTo("new", T + 1, later), "held: the answer is known");
        assertEquals(List.of(), later, "a posting before the horizon is not in it");
    }

    private static List<String> newest(WindowStore<String, String> store, String key, long horizon) {
        return postings(store, key, horizon).stream().map(RecentPostings.Posting::articleId).toList();
    }

    /** The store's newest postings under a key from the horizon on, as the copies index reads them. */
    private static List<RecentPostings.Posting> postings(WindowStore<String, String> store, String key, long horizon) {
        List<RecentPostings.Posting> out = new ArrayList<>();
        try (WindowStoreIterator<String> it = store.backwardFetch(key, horizon, Long.MAX_VALUE)) {
            while (out.size() < PER_KEY && it.hasNext()) {
                KeyValue<Long, String> p = it.next();
                out.add(new RecentPostings.Posting(p.value, p.key));
            }
        }
        return out;
    }
}
