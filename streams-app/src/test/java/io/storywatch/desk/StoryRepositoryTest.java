package io.storywatch.desk;

import io.storywatch.story.StoryState;
import io.storywatch.wire.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoryRepositoryTest {
    private static final long T = 1_800_000_000_000L;
    private final StoryRepository stories = DeskParts.repository();

    private static AnalyzedArticle article(String id, Map<String, Double> terms) {
        return Articles.of(id, "Words of " + id + " for a fingerprint of its own.", terms);
    }

    @Test
    void aStoryIsACandidateForArticlesSharingItsKeyTerms() {
        AnalyzedArticle first = article("a1", Map.of("harbour", 3.0, "strike", 2.0, "pay", 1.0));
        stories.save(StoryState.startFor(first, T), first, T);
        AnalyzedArticle other = article("b1", Map.of("apple", 3.0, "frost", 2.0));
        stories.save(StoryState.startFor(other, T), other, T);
        assertEquals(java.util.List.of("story-a1"), stories.candidates(article("a2", Map.of("strike", 1.0, "harbour", 1.0)))
                .stream().map(StoryState::storyId).toList());
        assertEquals(java.util.List.of(), stories.candidates(article("c1", Map.of("election", 1.0))));
    }

    @Test
    void itRemembersWhichStoryAnArticleWentToUntilTheHorizon() {
        AnalyzedArticle first = article("a1", Map.of("harbour", 1.0));
        StoryState story = StoryState.startFor(first, T);
        stories.save(story, first, T);
        AnalyzedArticle second = article("a2", Map.of("harbour", 1.0));
        story.join(second, T + 5);
        stories.save(story, second, T + 5);
        assertEquals("story-a1", stories.storyOf("a2", T));
        assertEquals("story-a1", stories.storyOf("a1", T));
        assertNull(stories.storyOf("a1", T + 1), "older than the horizon");
        assertNull(stories.storyOf("nobody", Long.MIN_VALUE));
    }

    @Test
    void indexPostingsOlderThanTheRetentionGoWhenTheirTermIsWrittenAgain() {
        AnalyzedArticle old = article("a1", Map.of("harbour", 1.0));
        stories.save(StoryState.startFor(old, T), old, T);
        long later = T + DeskParts.RETENTION.toMillis() + Duration.ofDays(1).toMillis();
        AnalyzedArticle fresh = article("b1", Map.of("harbour", 1.0));
        stories.save(StoryState.startFor(fresh, later), fresh, later);
        assertEquals(java.util.List.of("story-b1"), stories.candidates(article("c1", Map.of("harbour", 1.0)))
                .stream().map(StoryState::storyId).toList());
    }

    @Test
    void aDeletedStoryIsGoneFromTheCacheAndTheStore() {
        AnalyzedArticle first = article("a1", Map.of("harbour", 1.0));
        stories.save(StoryState.startFor(first, T), first, T);
        stories.delete("story-a1");
        assertNull(stories.get("story-a1"));
        assertEquals(java.util.List.of(), stories.candidates(first), "a listed story that is gone is no candidate");
    }
}
