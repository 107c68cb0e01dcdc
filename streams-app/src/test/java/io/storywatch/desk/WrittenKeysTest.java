package io.storywatch.desk;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrittenKeysTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long KEPT = 31 * DAY;
    private static final long T = 1_800_000_000_000L;

    @Test
    void aKeyWrittenIsAlwaysAMaybeFromAnyTimeUpToItsWriteAndAKeyNeverWrittenIsMostlyANo() {
        WrittenKeys keys = new WrittenKeys(16, KEPT);
        for (int i = 0; i < 2000; i++) {
            keys.add("band:" + i, T + i * 60_000L);
        }
        for (int i = 0; i < 2000; i++) {
            assertTrue(keys.mayHold("band:" + i, T), "no false no: band " + i);
            assertTrue(keys.mayHold("band:" + i, T + i * 60_000L));
        }
        int falseMaybes = falseMaybesInTenThousand(keys);
        assertTrue(falseMaybes < 100, "2,000 keys in 65,536 bits: few false maybes, got " + falseMaybes);
    }

    @Test
    void aFilterThatFillsUpIsFollowedByALargerOneSoNeverWrittenKeysStayMostlyANo() {
        WrittenKeys keys = new WrittenKeys(16, KEPT);
        int written = 50_000; // nine times what the first filter takes (65,536 bits at 12 bits a key)
        for (int i = 0; i < written; i++) {
            keys.add("band:" + i, T + i);
        }
        assertTrue(keys.filters() > 1, "the generation grew past its first filter");
        for (int i = 0; i < written; i++) {
            assertTrue(keys.mayHold("band:" + i, T), "no false no: band " + i);
        }
        int falseMaybes = falseMaybesInTenThousand(keys);
        // one filter of 65,536 bits would say "maybe" to about 73% of them; four filters, each at most
        // about 1% once full, say it to about 3%
        assertTrue(falseMaybes < 500, "50,000 keys: few false maybes, got " + falseMaybes);
    }

    @Test
    void aKeyWrittenAgainInItsGenerationDoesNotFillTheFilter() {
        WrittenKeys keys = new WrittenKeys(16, KEPT);
        for (int i = 0; i < 50_000; i++) {
            keys.add("band:" + (i % 100), T + i);
        }
        assertEquals(1, keys.filters(), "100 keys written 500 times each fit in the first filter");
    }

    @Test
    void aLookupFromALaterTimeSkipsTheGenerationsBeforeItAndOldGenerationsAreDropped() {
        WrittenKeys keys = new WrittenKeys(16, KEPT);
        keys.add("early", T);
        assertFalse(keys.mayHold("early", T + 40 * DAY), "written before the generation the lookup starts in");
        keys.add("late", T + 20 * DAY);
        assertEquals(2, keys.generations());
        keys.add("later", T + 80 * DAY);
        assertEquals(1, keys.generations(), "generations wholly behind the store's retention are gone");
        assertTrue(keys.mayHold("later", T + 79 * DAY));
    }

    @Test
    void itIsBuiltFromTheStoreAtStartUp() {
        InMemoryStores stores = new InMemoryStores();
        WindowStore<String, String> store = stores.window("bands", Duration.ofMillis(KEPT), true, Serdes.String());
        store.put("band:a", "a1", T);
        store.put("band:b", "a2", T + DAY);
        WrittenKeys keys = new WrittenKeys(16, KEPT);
        keys.rebuild(store);
        assertTrue(keys.mayHold("band:a", T));
        assertTrue(keys.mayHold("band:b", T));
        assertFalse(keys.mayHold("band:c", T));
    }

    @Test
    void addingSaysWhetherTheKeyMayHaveBeenWrittenBefore() {
        WrittenKeys keys = new WrittenKeys(16, KEPT);
        assertFalse(keys.add("band:a", T), "never written");
        assertTrue(keys.add("band:a", T + DAY), "written a day before, still kept");
        assertFalse(keys.add("band:b", T + DAY));
    }

    /** How many of 10,000 keys never written the filter answers "maybe" for. */
    private static int falseMaybesInTenThousand(WrittenKeys keys) {
        int falseMaybes = 0;
        for (int i = 0; i < 10_000; i++) {
            falseMaybes += keys.mayHold("other:" + i, T) ? 1 : 0;
        }
        return falseMaybes;
    }
}
