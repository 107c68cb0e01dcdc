package io.storywatch.desk;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import org.apache.kafka.streams.state.WindowStore;

import java.util.TreeMap;

/**
 * In memory, which keys a window store may hold from a time on: a Bloom filter per generation of feed
 * time (half the retention long), so that a lookup of a key never written, most of the desk's lookups
 * (an LSH band key is shared by copies only), skips the store. A window-store fetch opens an iterator on
 * every RocksDB segment it spans; profiled with 100,000 articles in the window, those seeks were half the
 * desk's time. "No" is certain, "maybe" goes to the store, so answers are the store's either way.
 *
 * <p>A generation is dropped once it lies wholly behind the store's retention; memory is
 * {@code bits / 8} bytes per live generation (three or four). Past about {@code bits / 8} keys per
 * generation a "maybe" gets likelier (a third at twice that); the answers stay right. The filter is
 * built from the store when the desk's task starts ({@link #rebuild}).
 */
final class WrittenKeys {
    private static final Hasher64 HASHER = Hashing.komihash5_0();
    private static final int HASHES = 3;
    private final int bitsLog2;
    private final long generationMillis;
    private final long keptMillis;
    /** Generation number (feed time / generation length) → its bits. */
    private final TreeMap<Long, long[]> generations = new TreeMap<>();

    /**
     * @param bitsLog2 log2 of the bits of a generation's filter
     * @param keptMillis how far back the store keeps what is written (its retention)
     */
    WrittenKeys(int bitsLog2, long keptMillis) {
        this.bitsLog2 = bitsLog2;
        this.keptMillis = keptMillis;
        this.generationMillis = Math.max(1, keptMillis / 2);
    }

    /**
     * Notes that {@code key} was written at feed time {@code at}; forgets generations the store has dropped.
     * Returns whether it may have been written before (false: the store certainly held nothing under it).
     */
    boolean add(String key, long at) {
        long hash = HASHER.hashCharsToLong(key);
        boolean before = mayHold(hash, Long.MIN_VALUE);
        long generation = Math.floorDiv(at, generationMillis);
        long[] bits = generations.computeIfAbsent(generation, g -> new long[1 << (bitsLog2 - 6)]);
        int mask = (1 << bitsLog2) - 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) (hash + i * (hash >>> 32 | 1)) & mask;
            bits[bit >>> 6] |= 1L << bit;
        }
        long oldestKept = Math.floorDiv(at - keptMillis, generationMillis);
        generations.headMap(oldestKept, false).clear();
        return before;
    }

    /** False when {@code key} was certainly not written at or after {@code from}; true when it may have been. */
    boolean mayHold(String key, long from) {
        return mayHold(HASHER.hashCharsToLong(key), from);
    }

    private boolean mayHold(long hash, long from) {
        long firstGeneration = Math.floorDiv(from, generationMillis);
        int mask = (1 << bitsLog2) - 1;
        for (long[] bits : generations.tailMap(firstGeneration, true).values()) {
            boolean all = true;
            for (int i = 0; i < HASHES && all; i++) {
                int bit = (int) (hash + i * (hash >>> 32 | 1)) & mask;
                all = (bits[bit >>> 6] & 1L << bit) != 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Notes every key the store holds (at start-up: the store outlives the process, the filter does not). */
    <V> void rebuild(WindowStore<String, V> store) {
        generations.clear();
        try (var all = store.all()) { // keys are Windowed<String>, the store interface's own type
            while (all.hasNext()) {
                var entry = all.next();
                add(entry.key.key(), entry.key.window().start());
            }
        }
    }

    /** How many generations are held (for tests). */
    int generations() {
        return generations.size();
    }
}
