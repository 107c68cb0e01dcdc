package io.storywatch.story;

import io.storywatch.wire.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoryMatcherTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private final StoryMatcher matcher = new StoryMatcher(StoryMatcher.DEFAULT_THRESHOLD, StoryMatcher.DEFAULT_SUPPORT,
            StoryMatcher.DEFAULT_WINDOW);

    private static AnalyzedArticle article(String id, String lang, Map<String, Double> terms) {
        return new AnalyzedArticle(id, null, id + ".example", "Title " + id, null, null, false, "h-" + id, terms,
                List.of(), 0L, lang, null);
    }

    private static final Map<String, Double> STRIKE = Map.of("dockwork", 3.0, "strike", 2.0, "port", 2.0, "wage", 1.0,
            "ILA", 2.0);

    private StoryState best(Map<String, Double> terms, String lang, long at, StoryState... candidates) {
        StoryMatcher.Search search = matcher.search(terms, lang, at);
        for (StoryState c : candidates) {
            search.consider(c);
        }
        return search.best();
    }

    @Test
    void anArticleJoinsTheMostSimilarStoryAboveTheThreshold() {
        StoryState strike = StoryState.startFor(article("a", "en", STRIKE), 0);
        StoryState harvest = StoryState.startFor(article("b", "en", Map.of("harvest", 3.0, "wheat", 2.0)), 0);
        assertEquals("story-a", best(Map.of("dockwork", 2.0, "strike", 2.0, "port", 1.0, "ILA", 1.0), "en", DAY,
                harvest, strike).storyId());
    }

    @Test
    void aStorysKeptNormFollowsItsTermsAsArticlesJoin() {
        StoryState story = StoryState.startFor(article("a", "en", Map.of("harvest", 3.0)), 0);
        assertEquals(3.0, story.termsNorm(), 1e-9);
        story.join(article("b", "en", Map.of("wheat", 4.0)), DAY);
        assertEquals(5.0, story.termsNorm(), 1e-9, "a norm kept from before the join would score stale terms");
        assertEquals(io.storywatch.text.Terms.cosine(STRIKE, story.terms()),
                io.storywatch.text.Terms.cosine(STRIKE, io.storywatch.text.Terms.norm(STRIKE), story.terms(), story.termsNorm()));
    }

    @Test
    void aStoryInAnotherLanguageOrQuietPastTheWindowIsNoMatch() {
        StoryState strike = StoryState.startFor(article("a", "en", STRIKE), 0);
        assertNull(best(STRIKE, "de", DAY, strike), "stories never mix languages");
        assertNull(best(STRIKE, "en", 8 * DAY, strike), "a week quiet: a new story");
        assertEquals("story-a", best(STRIKE, "en", 7 * DAY, strike).storyId());
    }

    @Test
    void sharingOnlyTheStrongestTermIsNotEnough() {
        StoryState merger = StoryState.startFor(article("a", "en", Map.of("Vexa", 5.0, "merger", 1.0, "block", 1.0)), 0);
        assertNull(best(Map.of("Vexa", 5.0, "fine", 1.0, "privacy", 1.0), "en", DAY, merger),
                "the same company in another event shares the name and little else");
    }
}
