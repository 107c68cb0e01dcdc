package io.storywatch.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;

import io.storywatch.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A text's near-duplicate fingerprint: a SuperMinHash signature (hash4j) of its word 4-gram shingles.
 * The share of equal components of two signatures estimates the Jaccard similarity of their shingle
 * sets, so a wire reprint with another headline, a trimmed ending or an added paragraph stays close
 * to its original while a rewrite in other words does not.
 */
public final class Fingerprint {
    /** Components per signature; 16 bits each: 128 bytes. */
    public static final int COMPONENTS = 64;
    static final int SHINGLE = 4;
    /** Text after this many characters does not change whether two articles are copies. */
    private static final int MAX_CHARS = 50_000;
    private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(COMPONENTS, 16);
    private static final Hasher64 HASHER = Hashing.komihash5_0();

    private Fingerprint() {
    }

    /** A text's signature, base64 encoded, and how many shingles it was taken of (repeats included). */
    public record Signature(String encoded, int shingles) {
    }

    /** The signature of a text, base64 encoded; null for a text too short to have one shingle. */
    public static String of(String text) {
        Signature signature = compute(text);
        return signature == null ? null : signature.encoded();
    }

    /** The signature of a text with its shingle count; null for a text too short to have one shingle. */
    public static Signature compute(String text) {
        long[] words = new long[64];
        int count = 0;
        int n = Math.min(text.length(), MAX_CHARS);
        int start = -1;
        byte[] word = new byte[64];
        for (int i = 0; i <= n; i++) {
            boolean wordChar = i < n && Chars.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                if (word.length < 2 * (i - start)) {
                    word = new byte[4 * (i - start)];
                }
                words[count++] = hashLowerCase(text, start, i, word);
                start = -1;
            }
        }
        if (count < SHINGLE) {
            return null;
        }
        long[] shingles = new long[count - SHINGLE + 1];
        HashStream64 stream = HASHER.hashStream(); // one stream, reset per shingle: the same hashes, no garbage
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = stream.reset().putLongs(words, i, SHINGLE).getAsLong();
        }
        byte[] signature = POLICY.createHasher().compute(ElementHashProvider.ofValues(shingles));
        return new Signature(Base64.getEncoder().encodeToString(signature), shingles.length);
    }

    /**
     * The hash of a word in lower case, as {@code String.toLowerCase(Locale.ROOT)} spells it: the
     * hash of its chars, taken as their UTF-16 bytes in little-endian order (hash4j's
     * {@code hashCharsToLong} is defined so), which ASCII words get folded into {@code buffer}
     * without a copy; any other word takes the JDK's rules (which can change length).
     */
    static long hashLowerCase(String text, int from, int to, byte[] buffer) {
        int p = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return HASHER.hashCharsToLong(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            buffer[p++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            buffer[p++] = 0;
        }
        return HASHER.hashBytesToLong(buffer, 0, p);
    }

    /** Estimated Jaccard similarity of the shingle sets of two fingerprints. */
    public static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        return POLICY.getFractionOfEqualComponents(Base64.getDecoder().decode(a), Base64.getDecoder().decode(b));
    }

    /**
     * Estimated share of the smaller text's shingles that the other holds: from the Jaccard estimate J and
     * the two counts, the intersection is J (a + b) / (1 + J). A shorter excerpt of a longer page, or a copy
     * with paragraphs cut, is contained in its original though their Jaccard similarity is low. 0 where a
     * count is unknown.
     */
    public static double containment(String a, Integer shinglesA, String b, Integer shinglesB) {
        if (shinglesA == null || shinglesB == null || shinglesA <= 0 || shinglesB <= 0) {
            return 0;
        }
        double j = similarity(a, b);
        return Math.min(1, j * (shinglesA + shinglesB) / ((1 + j) * Math.min(shinglesA, shinglesB)));
    }

    /**
     * Locality-sensitive band keys: {@code bands} groups of 2 components (the first {@code 2 * bands}). Two
     * fingerprints share a band key with probability s^2 per band at similarity s, so copies
     * (s ≥ 0.5) almost surely meet in some band while unrelated texts rarely do.
     */
    public static List<String> bandKeys(String fingerprint, int bands) {
        byte[] signature = Base64.getDecoder().decode(fingerprint);
        int rows = 2;
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            StringBuilder key = new StringBuilder().append(band).append(':');
            for (int r = 0; r < rows; r++) {
                key.append(Long.toHexString(POLICY.getComponent(signature, band * rows + r))).append('.');
            }
            keys.add(key.toString());
        }
        return keys;
    }
}
