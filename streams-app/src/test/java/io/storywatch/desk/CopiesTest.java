package io.storywatch.desk;

import io.storywatch.dedup.CopyMatch;
import io.storywatch.dedup.CopyTexts;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.dedup.SentenceKeys;
import io.storywatch.json.JsonSerde;
import io.storywatch.wire.AnalyzedArticle;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class CopiesTest {
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final long T = 1_800_000_000_000L;
    private static final String WIRE = "The harbour authority said on Monday that the night shift at the container "
            + "terminal will stop from the first of the month unless the two sides agree on pay, and that ships "
            + "already at anchor would be moved to the northern berths while the talks go on.";
    private static final String OTHER = "A late frost cut the apple harvest in the valley by a third, growers said, "
            + "and the cooperative will ask the regional council for help with the cost of storage this winter.";

    private final InMemoryStores stores = new InMemoryStores();
    private final Copies copies = new Copies(
            stores.window(Copies.SEEN_ARTICLES_STORE, RETENTION, false, JsonSerde.of(Copies.SeenArticle.class)),
            stores.window(Copies.SEEN_CONTENT_STORE, RETENTION, false, JsonSerde.of(Copies.SeenContent.class)),
            stores.window(Copies.BANDS_STORE, RETENTION, true, Serdes.String()), 0.5, RETENTION);

    @Test
    void theSameIdAgainIsAnExactCopyOfItself() {
        AnalyzedArticle first = Articles.of("a1", WIRE);
        copies.remember(first, T);
        assertEquals(new CopyMatch.Exact("a1"), copies.match(first, Long.MIN_VALUE));
    }

    @Test
    void theSameTextUnderAnotherIdIsAnExactCopyOfTheFirst() {
        copies.remember(Articles.of("a1", WIRE), T);
        assertEquals(new CopyMatch.Exact("a1"), copies.match(Articles.of("a2", WIRE), Long.MIN_VALUE));
    }

    @Test
    void aReprintWithAnotherEndingIsANearCopy() {
        copies.remember(Articles.of("a1", WIRE), T);
        copies.remember(Articles.of("b1", OTHER), T + 1);
        String reprint = WIRE.substring(0, WIRE.lastIndexOf(',')) + ", a spokesman added.";
        CopyMatch match = copies.match(Articles.of("a2", reprint), Long.MIN_VALUE);
        assertEquals("a1", assertInstanceOf(CopyMatch.Near.class, match).originalId());
    }

    @Test
    void aCopyEditedReprintOfAnotherWindowOfThePageIsANearCopyByItsSentences() {
        assertACopyBelowSimilarity(CopyTexts.ORIGINAL, CopyTexts.REPRINT, 0.5, "the sentences must tell it",
                CopyTexts.OTHER_REPORT, "another outlet's report quoting one line is no copy");
    }

    @Test
    void aShorterExcerptOfAPageIsANearCopyByContainment() {
        assertACopyBelowSimilarity(CopyTexts.LONG_PAGE, CopyTexts.EXCERPT, 0.3, "containment must tell it",
                CopyTexts.SHORT_QUOTE, "a short item quoting one line is no copy");
    }

    @Test
    void twoExcerptsOfOneAgencyTextUnderDifferentFurnitureAreCopiesByTheirNarrativeSentences() {
        double share = SentenceKeys.align(SentenceKeys.of(CopyTexts.AGENCY_COPY), SentenceKeys.of(CopyTexts.AGENCY_PAGE))
                .share();
        assertTrue(share < Copies.ALIGNED_SHARE, "furniture keeps the aligned share low (" + share + ")");
        assertACopyBelowSimilarity(CopyTexts.AGENCY_PAGE, CopyTexts.AGENCY_COPY, 0.3,
                "two narrative sentences word for word must tell it",
                CopyTexts.QUOTING_REPORT, "a report quoting the same lines word for word is no copy");
    }

    /** {@code copy}, below {@code similarity} to {@code original}, is still its near copy; {@code other} is none. */
    private void assertACopyBelowSimilarity(String original, String copy, double similarity, String why, String other,
                                            String otherIsNone) {
        copies.remember(Articles.of("a1", original), T);
        double measured = Fingerprint.similarity(Fingerprint.of(copy), Fingerprint.of(original));
        assertTrue(measured < similarity, "below " + similarity + ": " + why + " (" + measured + ")");
        CopyMatch match = copies.match(Articles.of("a2", copy), Long.MIN_VALUE);
        assertEquals("a1", assertInstanceOf(CopyMatch.Near.class, match).originalId());
        assertEquals(CopyMatch.NONE, copies.match(Articles.of("b1", other), Long.MIN_VALUE), otherIsNone);
    }

    @Test
    void anArticleOfTheSameOutletIsNeverANearCopy() {
        copies.remember(Articles.from("harbour.example", "a1", WIRE, Map.of()), T);
        String reprint = WIRE.substring(0, WIRE.lastIndexOf(',')) + ", a spokesman added.";
        assertEquals(CopyMatch.NONE, copies.match(Articles.from("harbour.example", "a2", reprint, Map.of()), Long.MIN_VALUE));
        assertInstanceOf(CopyMatch.Near.class, copies.match(Articles.from("other.example", "a3", reprint, Map.of()),
                Long.MIN_VALUE));
    }

    @Test
    void anotherTextIsNoCopy() {
        copies.remember(Articles.of("a1", WIRE), T);
        assertEquals(CopyMatch.NONE, copies.match(Articles.of("b1", OTHER), Long.MIN_VALUE));
    }

    @Test
    void whatIsOlderThanTheHorizonIsForgotten() {
        copies.remember(Articles.of("a1", WIRE), T);
        assertEquals(new CopyMatch.Exact("a1"), copies.match(Articles.of("a1", WIRE), T), "at the horizon: still seen");
        assertEquals(CopyMatch.NONE, copies.match(Articles.of("a1", WIRE), T + 1), "past it: forgotten");
    }
}
