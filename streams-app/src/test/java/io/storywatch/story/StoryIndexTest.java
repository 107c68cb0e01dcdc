package io.storywatch.story;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryIndexTest {
    @Test
    void keyTermsAreTheHeaviestTiesByTerm() {
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            terms.put("t" + (char) ('a' + i), (double) (i % 5));
        }
        List<String> keys = StoryIndex.keyTerms(terms);
        assertEquals(StoryIndex.KEY_TERMS, keys.size());
        assertEquals(List.of("te", "tj", "to", "tt"), keys.subList(0, 4), "weight 4 first, then by term");
    }

    @Test
    void candidatesAreTheStoriesSharingMostKeyTermsTiesById() {
        List<String> candidates = StoryIndex.candidates(List.of(List.of("s2", "s1"), List.of("s1", "s3"), List.of("s3", "s1")));
        assertEquals(List.of("s1", "s3", "s2"), candidates);
    }

    @Test
    void atMostCandidatesStoriesAreScored() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add("s" + i);
        }
        assertEquals(StoryIndex.CANDIDATES, StoryIndex.candidates(List.of(many)).size());
    }
}
