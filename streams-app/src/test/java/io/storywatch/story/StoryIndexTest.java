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

    @Test
    void candidatesAreTheFirstOfAllStoriesNamedRankedInFull() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            List<List<String>> postings = new java.util.ArrayList<>();
            for (int term = 0; term < StoryIndex.KEY_TERMS; term++) {
                java.util.Set<String> listed = new java.util.LinkedHashSet<>();
                int size = random.nextInt(StoryIndex.POSTINGS + 1);
                while (listed.size() < size) {
                    listed.add("s" + random.nextInt(60));
                }
                postings.add(List.copyOf(listed));
            }
            Map<String, Integer> shared = new java.util.HashMap<>();
            postings.forEach(list -> list.forEach(id -> shared.merge(id, 1, Integer::sum)));
            List<String> ranked = shared.keySet().stream()
                    .sorted(java.util.Comparator.<String>comparingInt(shared::get).reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .limit(StoryIndex.CANDIDATES).toList();
            assertEquals(ranked, StoryIndex.candidates(postings), "trial " + trial);
        }
    }
}
