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

    @Test
    void theDotAfterALowerCaseWordThatIsAlsoAnAbbreviationEndsTheSentenceBeforeACapital() {
        List<Token> t = Tokenizer.tokenize("Hay dried by the sun. Then sat. By sat., or by Sat. Then, or sun.");
        assertEquals(List.of("hay", "dried", "by", "the", "sun", ".", "then", "sat", ".", "by", "sat", ",", "or", "by", "sat",
                "then", ",", "or", "sun", "."), t.stream().map(Token::norm).toList());
        assertEquals(List.of(true, true, false), List.of(t.get(5).endsSentence(), t.get(8).endsSentence(),
                t.get(10).end() - t.get(10).start() == 3), "\"sat.,\" keeps its dot: no sentence ends there");
        assertEquals(List.of(), DeadlineExtractor.extract(io.storywatch.text.TextNormalizer.normalize(
                "The hay must be dried by the sun. Then it is baled.")));
    }

    @Test
    void aDecimalIsOneNumberAndABritishClockReadsWithAColon() {
        List<Token> t = Tokenizer.tokenize("Pay $2.5 billion by 5.30pm, or 7.45 a.m. on 1.10.2026. Then stop.");
        assertEquals(List.of("pay", "$", "2.5", "billion", "by", "5:30", "pm", ",", "or", "7:45", "am", "on", "1.10", ".",
                "2026", ".", "then", "stop", "."), t.stream().map(Token::norm).toList());
        assertEquals(-1, t.get(2).intValue(), "a decimal is no day, hour or year");
        assertEquals(5, t.get(5).intValue());
        assertEquals(30, t.get(5).minutes());
        assertEquals(List.of(false, true, false), List.of(t.get(13).endsSentence(), t.get(15).endsSentence(),
                t.get(3).endsSentence()), "a dot between digits ends no sentence");
    }
}
