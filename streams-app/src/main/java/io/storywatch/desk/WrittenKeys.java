package io.storywatch.desk;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import org.apache.kafka.streams.state.WindowStore;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * In memory, which keys a window store may hold from a time on: a Bloom filter per generation of feed
 * time (half the retention long), so that a lookup of a key never written, most of the desk's lookups
 * (an LSH band key is shared by copies only), skips the store. A window-store fetch opens an iterator on
 * every RocksDB segment it spans; profiled with 100,000 articles in the window, those seeks were half the
 * desk's time. "No" is certain, "maybe" goes to the store, so answers are the store's either way.
 *
 * <p>A generation's filter grows with what is written in it (a scalable Bloom filter): when a filter holds
 * a key for every {@link #BITS_PER_KEY} of its bits, the next keys go to a new one twice its size, so a
 * "maybe" for a key never written stays near 1% a filter however fast the feed runs. (One filter of 2^26
 * bits holding a million articles' 32 million band keys would say "maybe" to about 44% of them, each a
 * RocksDB seek.) Memory is 1.5 to 3 bytes per key written in the retention (the newest filter may be
 * mostly empty), and at least {@code 2^bitsLog2 / 8} bytes a live generation (three or four); a
 * generation is dropped once it lies wholly behind the store's retention. The filter is built from the
 * store when the desk's task starts ({@link #rebuild}).
 */
final class WrittenKeys {
    private static final Hasher64 HASHER = Hashing.komihash5_0();
    private static final int HASHES = 3;
    /** Bits a filter has for each key it takes: with three hashes, a false "maybe" of about 1% once full. */
    static final int BITS_PER_KEY = 12;
    /** The largest filter, 2^30 bits (128 MiB); past it, filters of that size are added. */
    private static final int MAX_BITS_LOG2 = 30;
    private final int bitsLog2;
    private final long generationMillis;
    private final long keptMillis;
    /** Generation number (feed time / generation length) → its filters. */
    private final TreeMap<Long, Generation> generations = new TreeMap<>();

    /**
     * @param bitsLog2 log2 of the bits of a generation's first filter
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
        long number = Math.floorDiv(at, generationMillis);
        Generation generation = generations.get(number);
        if (generation == null) {
            generation = new Generation(bitsLog2);
            generations.put(number, generation);
        }
        if (!before || !generation.mayHold(hash)) {
            generation.add(hash);
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
        for (Generation generation : generations.tailMap(firstGeneration, true).values()) {
            if (generation.mayHold(hash)) {
                return true;
            }
        }
        return false;
    }

    /** The filters of one generation, the last one taking new keys until it is full. */
    private static final class Generation {
        private final List<long[]> filters = new ArrayList<>();
        private int lastBitsLog2;
        private long keysInLast;

        Generation(int bitsLog2) {
            lastBitsLog2 = bitsLog2;
            filters.add(new long[1 << (bitsLog2 - 6)]);
        }

        void add(long hash) {
            if (keysInLast * BITS_PER_KEY >= 1L << lastBitsLog2) {
                lastBitsLog2 = Math.min(MAX_BITS_LOG2, lastBitsLog2 + 1);
                filters.add(new long[1 << (lastBitsLog2 - 6)]);
                keysInLast = 0;
            }
            long[] bits = filters.get(filters.size() - 1);
            int mask = bits.length * 64 - 1;
            for (int i = 0; i < HASHES; i++) {
                int bit = (int) (hash + i * (hash >>> 32 | 1)) & mask;
                bits[bit >>> 6] |= 1L << bit;
            }
            keysInLast++;
        }

        boolean mayHold(long hash) {
            for (long[] bits : filters) {
                int mask = bits.length * 64 - 1;
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

        int filters() {
            return filters.size();
        }
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

    /** How many filters the generations hold in all (for tests). */
    int filters() {
        return generations.values().stream().mapToInt(Generation::filters).sum();
    }
}
