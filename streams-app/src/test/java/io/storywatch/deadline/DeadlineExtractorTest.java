package io.storywatch.deadline;

import io.storywatch.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineExtractorTest {

    private static List<DeadlineMention> extract(String text) {
        return DeadlineExtractor.extract(TextNormalizer.normalize(text));
    }

    private static List<String> texts(String text) {
        return extract(text).stream().map(DeadlineMention::text).toList();
    }

    @Test
    void findsEveryDeadlinePhrasingOfTheSeeds() {
        assertEquals(List.of("Friday evening"), texts("Anthropic has until Friday evening to either give the U.S. military access."));
        assertEquals(List.of("Friday (27 February) evening"),
                texts("Hegseth has given Amodei until Friday (27 February) evening to grant access."));
        assertEquals(List.of("5:01 PM ET on Friday"), texts("\"They have until 5:01 PM ET on Friday to decide.\""));
        assertEquals(List.of("5 p.m. Friday"), texts("Hegseth set a hard deadline of 5 p.m. Friday for Anthropic."));
        assertEquals(List.of("end of the week"), texts("provide the military with access by the end of the week, or face consequences"));
        assertEquals(List.of("Friday"), texts("As the Friday deadline approaches, both parties face choices."));
        assertEquals(List.of("Friday afternoon"), texts("Anthropic had until Friday afternoon before the Pentagon would act."));
    }

    @Test
    void parsesTheFieldsOfAClockTimeWithZone() {
        TimeExpression e = extract("They have until 5:01 PM ET on Friday to decide.").get(0).expression();
        assertEquals(17, e.hour());
        assertEquals(1, e.minute());
        assertEquals("ET", e.zone());
        assertEquals(DayOfWeek.FRIDAY, e.weekday());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Defense Secretary Pete Hegseth told Amodei in a meeting Tuesday morning that the Pentagon would act.",
            "Boston, MA | June 9, 2026",
            "On Thursday, Amodei said Anthropic could not accept the changes.",
            "During a tense meeting on Tuesday (24 February), Hegseth delivered an ultimatum.",
            "— Sean Parnell (@SeanParnellASW) February 26, 2026",
            "If Anthropic canceled the contract tomorrow, it would be a serious problem.",
            "The company signed a two-year contract in July 2024.",
            "Whatever happens at the end of today, this fight is probably far from over",
            "The report was published by Reuters on Monday.",
            "She will sun herself on Sat and wed in May."})
    void aDateWithoutADeadlineCueIsNotADeadline(String sentence) {
        assertEquals(List.of(), texts(sentence));
    }

    @Test
    void cuesBeforeAndAfterTheExpression() {
        assertEquals(List.of("Feb. 27"), texts("Comments are due Feb. 27."));
        assertEquals(List.of("midnight Sunday"), texts("The offer expires at midnight Sunday."));
        assertEquals(List.of("March 1"), texts("Lawmakers must pass a budget no later than March 1."));
        assertEquals(List.of("noon"), texts("Workers will strike unless a deal is reached by noon."));
        assertEquals(List.of("Monday"), texts("Monday's deadline looms over the talks."));
        assertEquals(List.of("within 48 hours"), texts("Hamas was told to respond within 48 hours."));
        assertEquals(List.of("in 30 days"), texts("The company must comply in 30 days or face fines."));
        assertEquals(List.of("10 days"), texts("The judge gave the parties 10 days to settle."));
        assertEquals(List.of("2026-03-15"), texts("Applications are due 2026-03-15."));
    }

    @Test
    void aSpanWithoutADeadlineSentenceIsNotADeadline() {
        assertEquals(List.of(), texts("Prices rose for the first time in 30 days."));
    }

    @Test
    void offsetsPointIntoTheOriginalBody() {
        String body = "top of page\n\nSee [Axios](https://axios.com/x) — Anthropic has until Friday evening to decide.";
        DeadlineMention m = extract(body).get(0);
        assertEquals("Friday evening", body.substring(m.start(), m.end()));
    }

    @Test
    void aMoveIsFlagged() {
        assertTrue(extract("The Pentagon extended the deadline to Monday at 9 a.m.").get(0).moves());
    }

    @Test
    void hostileTextIsBoundedAndDoesNotThrow() {
        StringBuilder cues = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            cues.append("until by deadline Friday ");
        }
        assertEquals(DeadlineExtractor.MAX_MENTIONS, extract(cues.toString()).size());
        String digits = "9".repeat(1_000_000) + ":99 p.m. until " + "1".repeat(50_000);
        assertEquals(List.of(), texts(digits));
        String brackets = "[".repeat(200_000) + "](" + "(".repeat(200_000);
        assertEquals(List.of(), texts(brackets));
    }
}
