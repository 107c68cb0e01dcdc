package io.storywatch.topology;

import io.storywatch.article.PageDebris;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis stage folds case char by char to save copies of the text; these pin that it gives what
 * the JDK's {@code toLowerCase(Locale.ROOT)} gives, on the chars where the two could differ.
 */
class CaseFoldingTest {
    private static final List<String> TEXTS = List.of(
            "The Union Says It Will Strike  at\tMIDNIGHT.\n\nTalks resume Monday.",
            "“Curly quotes” — and an em dash, café, NAÏVE, Ünïcödé, ÆØÅ",
            "ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ: a capital sigma at the end of a Greek word lower-cases differently",
            "İstanbul: the dotted capital I lower-cases to two chars",
            "An emoji 😀 and 𝐌𝐚𝐭𝐡 letters outside the basic plane",
            "   leading and trailing white space   ",
            "",
            // longer than the chunks the hash is fed in: a space or a three-byte char at every edge, and
            // a char that sends the text to the JDK's rules after several chunks went in
            "Talks on “pay”  resume, café ".repeat(700),
            "a\u00A0".repeat(5000) + " ΣΟΦΟΣ");

    @Test
    void theContentHashIsTheHashOfTheTextFoldedByTheJdk() throws Exception {
        for (String text : TEXTS) {
            String folded = String.join(" ", text.trim().split("\\s+")).toLowerCase(Locale.ROOT);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            assertEquals(HexFormat.of().formatHex(digest, 0, 16), ArticleAnalyzer.contentHash(text), text);
        }
    }

    @Test
    void caseAndWhiteSpaceDoNotChangeTheContentHash() {
        assertEquals(ArticleAnalyzer.contentHash("Talks resume on Monday."),
                ArticleAnalyzer.contentHash("  TALKS   resume\non monday.  "));
        assertFalse(ArticleAnalyzer.contentHash("Talks resume on Monday.")
                .equals(ArticleAnalyzer.contentHash("Talks resume on Tuesday.")));
    }

    @Test
    void furnitureIsFoundOnlyAsAWholeLineOrALineStart() {
        assertTrue(PageDebris.isDebrisLine("  ADVERTISEMENT "));
        assertTrue(PageDebris.isDebrisLine("Story continues below advertisement"));
        assertTrue(PageDebris.isDebrisLine("ALSO READ | Talks resume on Monday after a long weekend of silence from both"));
        assertFalse(PageDebris.isDebrisLine("Advertisement revenue fell sharply, the company said in its report."));
        assertFalse(PageDebris.isDebrisLine("He said: also read | the filing"));
    }
}
