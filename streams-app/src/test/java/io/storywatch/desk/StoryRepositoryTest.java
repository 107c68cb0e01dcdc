package io.storywatch.desk;

import io.storywatch.story.StoryState;
import io.storywatch.wire.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import io.storywatch.json.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
    void theIndexSweepIsPacedByTheTermsTheIndexGainsNotByHowOftenTermsAreListed() {
        for (int i = 0; i < 1_500; i++) {
            AnalyzedArticle gone = article("g" + i, Map.of("gone" + i, 1.0));
            stories.save(StoryState.startFor(gone, T), gone, T);
            stories.delete("story-g" + i);
        }
        assertEquals(0, stories.sweepIndex(T), "nothing is behind the horizon yet; the count of new terms restarts");
        long horizon = T + Duration.ofDays(31).toMillis();
        AnalyzedArticle first = article("h0", Map.of("harbour", 1.0));
        StoryState held = StoryState.startFor(first, horizon);
        stories.save(held, first, horizon);
        for (int i = 1; i < 2_000; i++) { // one term listed 2,000 times: the index gains one term
            AnalyzedArticle next = article("h" + i, Map.of("harbour", 1.0));
            held.join(next, horizon);
            stories.save(held, next, horizon);
        }
        assertEquals(StoryRepository.SWEEP_MIN, stories.sweepIndex(horizon),
                "a slice of the least the sweep looks at, not twice the 2,000 listings");
        assertEquals(1_500 - StoryRepository.SWEEP_MIN, stories.sweepIndex(horizon), "the rest in the next slice");
    }

    @Test
    void theIndexSweepForgetsTermsThatNameOnlyStoriesGoneAndKeepsTheRest() {
        AnalyzedArticle gone = article("a1", Map.of("harbour", 2.0, "lockout", 1.0));
        stories.save(StoryState.startFor(gone, T), gone, T);
        AnalyzedArticle held = article("b1", Map.of("harbour", 2.0, "tariff", 1.0));
        stories.save(StoryState.startFor(held, T), held, T);
        AnalyzedArticle recent = article("c1", Map.of("ferry", 1.0));
        long horizon = T + Duration.ofDays(31).toMillis();
        stories.save(StoryState.startFor(recent, horizon), recent, horizon);
        stories.delete("story-a1"); // forgotten by the retention; story-b1 is still held (a live deadline)
        assertEquals(4, stories.indexedTerms());

        assertEquals(1, stories.sweepIndex(horizon), "only 'lockout' names nothing but a story gone");
        assertEquals(3, stories.indexedTerms());
        assertEquals(java.util.List.of("story-b1"), stories.candidates(article("d1", Map.of("tariff", 1.0, "harbour", 1.0)))
                .stream().map(StoryState::storyId).toList());
        assertEquals(java.util.List.of("story-c1"), stories.candidates(article("e1", Map.of("ferry", 1.0)))
                .stream().map(StoryState::storyId).toList(), "a posting since the horizon stays");

        stories.delete("story-b1");
        assertEquals(2, stories.sweepIndex(horizon), "a sweep goes on from the start once it reached the end");
        assertEquals(1, stories.indexedTerms());
    }

    @Test
    void aDeletedStoryIsGoneFromTheCacheAndTheStore() {
        AnalyzedArticle first = article("a1", Map.of("harbour", 1.0));
        stories.save(StoryState.startFor(first, T), first, T);
        stories.delete("story-a1");
        assertNull(stories.get("story-a1"));
        assertEquals(java.util.List.of(), stories.candidates(first), "a listed story that is gone is no candidate");
    }

    @Test
    void aStoryListedAgainWithinTheFeedHourAsTheNewestUnderATermWritesNothing() {
        InMemoryStores stores = new InMemoryStores();
        KeyValueStore<String, StoryRepository.Postings> index =
                stores.keyValue(StoryRepository.STORY_INDEX_STORE, JsonSerde.of(StoryRepository.Postings.class));
        AtomicInteger puts = new AtomicInteger();
        StoryRepository repository = new StoryRepository(
                stores.keyValue(StoryRepository.STORIES_STORE, JsonSerde.of(StoryState.class)), InMemoryStores.counting(index, "put", puts),
                stores.window(StoryRepository.ARTICLE_STORIES_STORE, DeskParts.RETENTION, false, Serdes.String()),
                DeskParts.RETENTION);
        long hour = FeedTime.SWEEP_EVERY;
        long start = T - T % hour; // the start of a feed hour
        AnalyzedArticle first = article("a1", Map.of("harbour", 1.0));
        StoryState story = StoryState.startFor(first, start);
        repository.save(story, first, start);
        assertEquals(1, puts.get());
        assertEquals(List.of(new StoryRepository.Posting("story-a1", start + hour)), index.get("harbour").entries(),
                "listed at the end of its feed hour");

        AnalyzedArticle second = article("a2", Map.of("harbour", 1.0));
        story.join(second, start + hour - 1);
        repository.save(story, second, start + hour - 1);
        assertEquals(1, puts.get(), "the same story, newest, in the same hour: the postings stay as they are");

        AnalyzedArticle third = article("a3", Map.of("harbour", 1.0));
        story.join(third, start + hour);
        repository.save(story, third, start + hour);
        assertEquals(2, puts.get(), "the next hour is written");

        AnalyzedArticle other = article("b1", Map.of("harbour", 1.0));
        repository.save(StoryState.startFor(other, start + hour), other, start + hour);
        AnalyzedArticle fourth = article("a4", Map.of("harbour", 1.0));
        story.join(fourth, start + hour + 1);
        repository.save(story, fourth, start + hour + 1);
        assertEquals(4, puts.get(), "another story was listed since: the story moves back to the newest place");
        assertEquals(List.of("story-b1", "story-a1"),
                index.get("harbour").entries().stream().map(StoryRepository.Posting::id).toList());
    }
}
