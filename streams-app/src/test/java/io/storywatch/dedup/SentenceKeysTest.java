package io.storywatch.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reprint edited the way copy desks edit, and a report that quotes the same line ({@link CopyTexts}). */
class SentenceKeysTest {
    private static final String ORIGINAL = CopyTexts.ORIGINAL;
    private static final String REPRINT = CopyTexts.REPRINT;
    private static final String OTHER_REPORT = CopyTexts.OTHER_REPORT;

    @Test
    void aCopyEditedReprintAlignsSentenceBySentence() {
        SentenceKeys.Alignment a = SentenceKeys.align(SentenceKeys.of(REPRINT), SentenceKeys.of(ORIGINAL));
        assertTrue(a.aligned() >= 3 && a.share() >= 0.5, "reprint: " + a);
    }

    @Test
    void aReportThatSharesAQuoteDoesNot() {
        SentenceKeys.Alignment a = SentenceKeys.align(SentenceKeys.of(OTHER_REPORT), SentenceKeys.of(ORIGINAL));
        assertTrue(a.aligned() <= 1 && a.share() < 0.5, "other report: " + a);
    }

    @Test
    void orderMattersAndShortLinesHaveNoKeys() {
        java.util.List<String> lines = new java.util.ArrayList<>(ORIGINAL.lines().toList());
        java.util.Collections.reverse(lines);
        String shuffled = String.join("\n", lines);
        SentenceKeys.Alignment a = SentenceKeys.align(SentenceKeys.of(shuffled), SentenceKeys.of(ORIGINAL));
        assertEquals(1, a.aligned(), "the same sentences in reverse order align one at a time");
        assertNull(SentenceKeys.of("Short line.\nAnother one."));
        assertEquals(SentenceKeys.Alignment.NONE, SentenceKeys.align(null, SentenceKeys.of(ORIGINAL)));
    }

    @Test
    void narrativeSentencesMatchWordForWordAndQuotedOnesDoNotCount() {
        SentenceKeys.Keys page = SentenceKeys.compute(CopyTexts.AGENCY_PAGE);
        assertEquals(2, SentenceKeys.verbatim(SentenceKeys.compute(CopyTexts.AGENCY_COPY).narrative(), page.narrative()),
                "the two sentences the copy keeps word for word");
        assertEquals(0, SentenceKeys.verbatim(SentenceKeys.compute(CopyTexts.QUOTING_REPORT).narrative(), page.narrative()),
                "the same words inside quotation marks are the speaker's, not the writer's");
        String edited = CopyTexts.AGENCY_PAGE.replace("walked off the job", "walked out");
        assertEquals(SentenceKeys.narrativeKeys(page.narrative()).length - 1,
                SentenceKeys.verbatim(SentenceKeys.compute(edited).narrative(), page.narrative()), "one edited sentence");
        assertEquals(0, SentenceKeys.verbatim(null, page.narrative()));
        assertNull(SentenceKeys.compute("\u201CEvery word of this long sentence is inside a quotation,\u201D she said.").narrative());
    }
}
