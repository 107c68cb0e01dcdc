package io.storywatch.deadline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link WordMap} answers for every token, packed or not, as the map would for its lower-case form. */
class WordMapTest {
    private static final String TEXT = "FRIDAY's vote, Fri. and fri, p.m. at 5:01, the week-end, Week-End, extraordinarily "
            + "long, naïve o'clock, MARCH 3rd, 27th, Día, x-ray, a.m., A, zz.";
    private static final Map<String, Integer> WORDS = Map.of("friday", 1, "fri", 2, "pm", 3, "5:01", 4, "week-end", 5,
            "extraordinarily", 6, "naïve", 7, "o'clock", 8, "march", 9, "27", 10);

    @Test
    void answersAsTheMapOfLowerCaseFormsWould() {
        WordMap<Integer> table = WordMap.of(WORDS);
        List<Token> tokens = Tokenizer.tokenize(TEXT);
        int found = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Integer expected = WORDS.get(Tokenizer.tokenize(TEXT).get(i).norm());
            Token fresh = tokens.get(i); // not lowered yet: the packed path where it has a key
            assertEquals(expected, table.get(fresh), "'" + fresh.norm() + "'");
            assertEquals(expected != null, table.contains(fresh));
            found += expected == null ? 0 : 1;
        }
        assertEquals(12, found, "the text holds these words 12 times");
        assertEquals(5, table.get("week-end"));
        assertEquals(WORDS.keySet(), table.words());
    }
}
