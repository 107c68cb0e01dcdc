package io.storywatch.dedup;

import io.storywatch.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact keys of a text's sentences, to tell a copy-edited reprint from an article that only quotes
 * the same statement. A wire copy on another site is the same sentences in the same order, each
 * perhaps with a word changed ("in five hours of talks" / "over five hours of discussions"), its
 * excerpt often starting or ending elsewhere on the page; two reports of one event share a quote or
 * two. So two texts are compared by how many of their sentences align, in order.
 *
 * <p>Each sentence of at least {@link #MIN_WORDS} words (the first {@link #MAX_SENTENCES}) gets
 * {@link #KEYS} MinHash values of its word 3-grams, 16 bits each: two sentences match when one of
 * their values agrees, which happens with probability about 1 - (1 - J)^3 at trigram Jaccard J
 * (0.66 at J = 0.3; two unrelated sentences almost never do). {@link #align} counts the longest run
 * of matching sentences in the same order in both texts.
 */
public final class SentenceKeys {
    static final int KEYS = 3;
    static final int MIN_WORDS = 6;
    static final int MAX_SENTENCES = 40;
    /**
     * A narrative sentence: the writer's own, of at least this many words, with no quotation mark and
     * not inside an open quotation. A wire copy repeats the agency's narrative sentences word for word;
     * other reports of the event share its quotes and paraphrase the rest.
     */
    static final int NARRATIVE_MIN_WORDS = 8;
    private static final int WORDS_PER_KEY = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long[] MIX = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L};

    private SentenceKeys() {
    }

    /** How two texts' sentences align: {@code aligned} of them in order, {@code share} of the shorter text's. */
    public record Alignment(int aligned, double share) {
        static final Alignment NONE = new Alignment(0, 0);
    }

    /** The keys of a text, base64 encoded; null when it has no sentence long enough. */
    public static String of(String text) {
        return compute(text).keys();
    }

    /**
     * A text's sentence keys ({@link #align}) and the keys of its narrative sentences ({@link #verbatim}),
     * each base64 encoded, null when there are none.
     */
    public record Keys(String keys, String narrative) {
    }

    /** Both kinds of keys of a text, in one pass over it. */
    public static Keys compute(String text) {
        List<short[]> sentences = new ArrayList<>();
        List<Integer> narrative = new ArrayList<>();
        long[] words = new long[64];
        int count = 0;
        int n = text.length();
        long word = FNV_OFFSET;
        boolean inWord = false;
        boolean inQuotation = false;
        boolean quotes = false; // the sentence quotes someone, or is read inside an open quotation
        for (int i = 0; i <= n && sentences.size() < MAX_SENTENCES; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (Chars.isLetterOrDigit(c)) { // a word's hash, folded to lower case as it is read: no copies
                word = (word ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else {
                if (inWord) {
                    if (count == words.length) {
                        words = Arrays.copyOf(words, count * 2);
                    }
                    words[count++] = mix(word);
                    word = FNV_OFFSET;
                    inWord = false;
                }
                if (opensOrClosesQuotation(c)) {
                    quotes = true;
                    inQuotation = c == '"' ? !inQuotation : c == '\u201C' || c == '\u2018' || c == '\u00AB';
                }
            }
            if (endsSentence(text, i)) {
                if (count >= MIN_WORDS) {
                    sentences.add(keys(words, count));
                }
                if (count >= NARRATIVE_MIN_WORDS && !quotes) {
                    narrative.add(wordsKey(words, count));
                }
                count = 0;
                if (c == '\n') {
                    inQuotation = false; // a quotation that runs on reopens with its next paragraph
                }
                quotes = inQuotation;
            }
        }
        return new Keys(sentences.isEmpty() ? null : pack(sentences), narrative.isEmpty() ? null : packInts(narrative));
    }

    /** Marks that open or close a quotation; the right single quote is left out, being also the apostrophe. */
    private static boolean opensOrClosesQuotation(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u00AB' || c == '\u00BB';
    }

    /** A 32-bit key of a sentence's words in order: equal for the same words, whatever the punctuation. */
    private static int wordsKey(long[] words, int count) {
        long h = FNV_OFFSET;
        for (int i = 0; i < count; i++) {
            h = mix(h * FNV_PRIME ^ words[i]);
        }
        return (int) (h >>> 32);
    }

    private static String pack(List<short[]> sentences) {
        byte[] packed = new byte[sentences.size() * KEYS * 2];
        int p = 0;
        for (short[] keys : sentences) {
            for (short key : keys) {
                packed[p++] = (byte) (key >>> 8);
                packed[p++] = (byte) key;
            }
        }
        return Base64.getEncoder().encodeToString(packed);
    }

    private static String packInts(List<Integer> keys) {
        java.nio.ByteBuffer packed = java.nio.ByteBuffer.allocate(keys.size() * 4);
        keys.forEach(packed::putInt);
        return Base64.getEncoder().encodeToString(packed.array());
    }

    /** The keys of narrative sentences, as {@link #compute} packs them; empty for null. */
    public static int[] narrativeKeys(String narrative) {
        if (narrative == null) {
            return new int[0];
        }
        java.nio.IntBuffer keys = java.nio.ByteBuffer.wrap(Base64.getDecoder().decode(narrative)).asIntBuffer();
        int[] out = new int[keys.remaining()];
        keys.get(out);
        return out;
    }

    /** How many narrative sentences two texts share word for word, in the same order (either may be null). */
    public static int verbatim(String a, String b) {
        return a == null || b == null ? 0 : inOrder(narrativeKeys(a), narrativeKeys(b), 1);
    }

    /** A sentence ends at a line break, or at . ! ? followed by white space or the end. */
    private static boolean endsSentence(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static short[] keys(long[] words, int count) {
        long[] min = new long[KEYS];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + WORDS_PER_KEY <= count; i++) {
            long gram = mix(words[i] * MIX[0] ^ words[i + 1] * MIX[1] ^ words[i + 2]);
            for (int k = 0; k < KEYS; k++) {
                long h = mix(gram * MIX[k]);
                if (Long.compareUnsigned(h, min[k]) < 0) {
                    min[k] = h;
                }
            }
        }
        short[] keys = new short[KEYS];
        for (int k = 0; k < KEYS; k++) {
            keys[k] = (short) (min[k] >>> 48);
        }
        return keys;
    }

    private static long mix(long x) { // the finalizer of SplitMix64: every input bit reaches every output bit
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    /** How the sentences of two key sets align (either may be null). */
    public static Alignment align(String a, String b) {
        if (a == null || b == null) {
            return Alignment.NONE;
        }
        int[] x = tagged(unpack(a));
        int[] y = tagged(unpack(b));
        int aligned = inOrder(x, y, KEYS);
        return new Alignment(aligned, (double) aligned / Math.min(x.length / KEYS, y.length / KEYS));
    }

    /** Each sentence's keys, the k-th tagged with k: only the same MinHash function's values may match. */
    private static int[] tagged(short[] keys) {
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = (i % KEYS) << 16 | (keys[i] & 0xFFFF);
        }
        return out;
    }

    /**
     * How many sentences of {@code x} match sentences of {@code y} in the same order, each sentence having
     * {@code keysPerSentence} keys and matching the first sentence of {@code y} that shares one of them.
     */
    private static int inOrder(int[] x, int[] y, int keysPerSentence) {
        Map<Integer, Integer> firstSentenceOf = new HashMap<>();
        for (int i = 0; i < y.length; i++) {
            firstSentenceOf.putIfAbsent(y[i], i / keysPerSentence);
        }
        int nx = x.length / keysPerSentence;
        int[] matched = new int[nx];
        int m = 0;
        for (int i = 0; i < nx; i++) {
            int best = Integer.MAX_VALUE;
            for (int k = 0; k < keysPerSentence; k++) {
                Integer j = firstSentenceOf.get(x[i * keysPerSentence + k]);
                if (j != null && j < best) {
                    best = j;
                }
            }
            if (best != Integer.MAX_VALUE) {
                matched[m++] = best;
            }
        }
        return longestIncreasing(matched, m);
    }

    /** The length of the longest strictly increasing subsequence (patience sorting, n log n). */
    private static int longestIncreasing(int[] values, int n) {
        int[] tails = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(tails, 0, length, values[i]);
            if (at < 0) {
                at = -at - 1;
            }
            tails[at] = values[i];
            length = Math.max(length, at + 1);
        }
        return length;
    }

    private static short[] unpack(String keys) {
        byte[] packed = Base64.getDecoder().decode(keys);
        short[] out = new short[packed.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((packed[2 * i] & 0xFF) << 8 | (packed[2 * i + 1] & 0xFF));
        }
        return out;
    }
}
