package io.storywatch.deadline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Token#is} answers for a word it has not lowered yet exactly as comparing its lower-case form would. */
class TokenTest {
    private static final String TEXT = "The Week-End deadline: WEEKEND talks, a week-end, Friday's vote, p.m. and Feb. 27, "
            + "o'clock, FROM now on, Día 5, naïve, X-ray, 12:01 a.m., mid-day, last-minute, Tonite.";
    private static final List<String> WORDS = List.of("the", "week-end", "weekend", "deadline", "talks", "a", "friday",
            "vote", "pm", "feb", "27", "o'clock", "from", "now", "on", "día", "naïve", "x-ray", "12:01", "am", "mid-day",
            "last-minute", "tonite", "week", "end", "fri", "thee", "");

    @Test
    void isAgreesWithTheLowerCaseForm() {
        List<Token> fresh = Tokenizer.tokenize(TEXT);
        List<Token> lowered = Tokenizer.tokenize(TEXT);
        assertEquals(fresh.size(), lowered.size());
        for (int i = 0; i < fresh.size(); i++) {
            for (String word : WORDS) {
                Token a = Tokenizer.tokenize(TEXT).get(i); // not lowered yet: the letter-by-letter path
                assertEquals(lowered.get(i).norm().equals(word), a.is(word), "'" + lowered.get(i).norm() + "' is '" + word + "'");
            }
        }
    }
}
