package io.storywatch.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {
    @Test
    void theFeedsLanguageWinsOverTheText() {
        assertEquals("de", Language.of("de-AT", "The union said the strike would begin on Monday."));
    }

    @Test
    void theTextsCommonWordsTellTheLanguage() {
        assertEquals("en", Language.of(null, "The union said that the strike would begin on Monday, and it was firm."));
        assertEquals("de", Language.of(null, "Die Gewerkschaft sagt, dass der Streik am Montag beginnt und nicht endet."));
        assertEquals("fr", Language.of("", "Le syndicat a dit que la grève est prévue pour lundi dans les ports du pays."));
        assertEquals("es", Language.of(" ", "El sindicato dijo que la huelga de los puertos empieza el lunes por la mañana."));
    }

    @Test
    void wordsAreReadWhateverTheirCaseAndPunctuation() {
        assertEquals("de", Language.of(null, "DIE GEWERKSCHAFT—UND DER STREIK! NICHT MIT UNS: DAS IST EIN NEIN."));
    }

    @Test
    void aTextWithoutCommonWordsIsEnglish() {
        assertEquals("en", Language.of(null, "12:30 — 14:00 ★★★"));
    }

    @Test
    void aWordIsLowerCasedAsAStringWouldBe() {
        // "İL" lower-cased as a String is an i, a combining dot and an l: no Italian "il"
        assertEquals("en", Language.of(null, "İL İL İL İL the"));
        assertEquals("it", Language.of(null, "IL IL IL IL the"));
        assertEquals("de", Language.of(null, "FÜR FÜR the"));
    }

    @Test
    void tiesGoToTheFirstLanguageInAlphabeticalOrder() {
        assertEquals("es", Language.of(null, "de")); // Spanish, French, Dutch and Portuguese
        assertEquals("it", Language.of(null, "e")); // Italian and Portuguese
        assertEquals("en", Language.of(null, "is")); // English and Dutch
    }
}
