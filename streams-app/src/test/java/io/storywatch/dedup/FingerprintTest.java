package io.storywatch.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {
    private static final String TEXT = "The harbour authority said on Monday that the night shift at the container terminal "
            + "will stop from the first of the month unless the two sides agree on pay, and that ships already at "
            + "anchor would be moved to the northern berths while the talks go on through the week.";

    @Test
    void aTextTooShortForOneShingleHasNoFingerprint() {
        assertNull(Fingerprint.of("Three words only"));
    }

    @Test
    void aWordHashesAsItsLowerCaseAsTheJdkSpellsIt() {
        for (String word : List.of("Harbour", "MIDNIGHT", "café", "NAÏVE", "ΣΟΦΟΣ", "İstanbul", "𝐌𝐚𝐭𝐡", "x", "B2B")) {
            String text = "(" + word + ")";
            assertEquals(Hashing.komihash5_0().hashCharsToLong(word.toLowerCase(java.util.Locale.ROOT)),
                    Fingerprint.hashLowerCase(text, 1, text.length() - 1, new byte[2 * word.length()]), word);
        }
    }

    @Test
    void caseAndPunctuationDoNotChangeIt() {
        assertEquals(Fingerprint.of(TEXT), Fingerprint.of(TEXT.toUpperCase(java.util.Locale.ROOT).replace(",", " ;")));
    }

    @Test
    void aReprintWithAnotherEndingStaysClosePastTheThresholdAndAnotherTextDoesNot() {
        String reprint = TEXT.substring(0, TEXT.indexOf(", and that")) + ", a spokesman for the port added.";
        assertTrue(Fingerprint.similarity(Fingerprint.of(TEXT), Fingerprint.of(reprint)) >= 0.5);
        String other = "A late frost cut the apple harvest in the valley by a third, growers said, and the cooperative "
                + "will ask the regional council for help with the cost of storage this winter.";
        assertTrue(Fingerprint.similarity(Fingerprint.of(TEXT), Fingerprint.of(other)) < 0.2);
        assertEquals(0.0, Fingerprint.similarity(null, Fingerprint.of(TEXT)));
    }

    @Test
    void bandKeysAreOnePerBandAndDistinct() {
        List<String> keys = Fingerprint.bandKeys(Fingerprint.of(TEXT), 16);
        assertEquals(16, keys.size());
        assertEquals(16, new HashSet<>(keys).size());
        assertTrue(keys.get(3).startsWith("3:"));
    }
}
