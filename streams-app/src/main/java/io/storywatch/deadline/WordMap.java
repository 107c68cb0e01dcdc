package io.storywatch.deadline;

import java.util.Map;
import java.util.Set;

/**
 * Lower-case words with a value each, looked up by token. The scanner asks such tables about most
 * tokens near a candidate time ("is this a weekday, a month, a cue?"); a short a-z word is found by its
 * packed key ({@link Token#key()}) in an open-addressing table of longs, with no lower-case String built
 * and no String hashed. Any other token (a dot, an apostrophe, a long or non-ASCII word) is looked up by
 * its {@link Token#norm()}, so both ways answer as the map would.
 */
final class WordMap<V> {
    private final Map<String, V> words;
    /** Packed keys by slot; 0 is an empty slot (no word packs to 0). */
    private final long[] keys;
    private final Object[] values;

    private WordMap(Map<String, V> words) {
        this.words = Map.copyOf(words);
        // a power of two two to four times the words: short probes
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4));
        keys = new long[size];
        values = new Object[size];
        words.forEach((word, value) -> {
            long key = Token.pack(word);
            if (key > 0) {
                int slot = slot(key);
                while (keys[slot] != 0 && keys[slot] != key) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = key;
                values[slot] = value;
            }
        });
    }

    static <V> WordMap<V> of(Map<String, V> words) {
        return new WordMap<>(words);
    }

    /** A set of words: each maps to itself. */
    static WordMap<String> of(Set<String> words) {
        Map<String, String> self = new java.util.HashMap<>();
        words.forEach(w -> self.put(w, w));
        return new WordMap<>(self);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (keys.length - 1);
    }

    /** The value of the token's word, or null. */
    V get(Token tok) {
        long key = tok.key();
        return key > 0 ? packed(key) : words.get(tok.norm());
    }

    /** Whether a word packed as {@link Token#pack} packs it (a positive key) is here. */
    boolean containsPacked(long key) {
        return packed(key) != null;
    }

    @SuppressWarnings("unchecked")
    private V packed(long key) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return (V) values[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return null;
    }

    V getOrDefault(Token tok, V otherwise) {
        V value = get(tok);
        return value == null ? otherwise : value;
    }

    boolean contains(Token tok) {
        return get(tok) != null;
    }

    /** The value of a word already in lower case, or null. */
    V get(String word) {
        return words.get(word);
    }

    V getOrDefault(String word, V otherwise) {
        return words.getOrDefault(word, otherwise);
    }

    boolean contains(String word) {
        return words.containsKey(word);
    }

    Set<String> words() {
        return words.keySet();
    }
}
