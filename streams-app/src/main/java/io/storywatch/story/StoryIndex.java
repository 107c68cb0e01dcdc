package io.storywatch.story;

import io.storywatch.text.Best;
import io.storywatch.text.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stories to score for an article: each story is listed under the heaviest terms of its
 * articles (postings), and the candidates are the stories that share the most of the article's
 * heaviest terms. The article is then compared with a handful of stories, however many the desk holds.
 */
public final class StoryIndex {
    /** The article's heaviest terms used for lookup and for listing its story. */
    public static final int KEY_TERMS = 16;
    /** Stories kept per term: the most recent ones. */
    public static final int POSTINGS = 32;
    /** Stories scored per article. */
    public static final int CANDIDATES = 8;

    private StoryIndex() {
    }

    /** The terms to look up and to list under: the heaviest, ties by term. */
    public static List<String> keyTerms(Map<String, Double> terms) {
        List<String> keys = new ArrayList<>(KEY_TERMS);
        Best.first(terms.entrySet(), KEY_TERMS, Terms.HEAVIEST_ENTRY_FIRST).forEach(term -> keys.add(term.getKey()));
        return keys;
    }

    /** Most shared key terms first, ties by story id. */
    private static final Comparator<Map.Entry<String, Integer>> MOST_SHARED_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /**
     * The stories sharing the most key terms, most shared first, ties by story id. With the postings full
     * (16 terms of 32 stories each), sorting every story named was a quarter of finding candidates (profiled
     * with a million articles in the window), so only the best are kept ({@link Best}).
     */
    public static List<String> candidates(List<List<String>> postingsOfKeyTerms) {
        Map<String, Integer> shared = new HashMap<>();
        for (List<String> postings : postingsOfKeyTerms) {
            for (String storyId : postings) {
                shared.merge(storyId, 1, Integer::sum);
            }
        }
        List<String> ids = new ArrayList<>(CANDIDATES);
        Best.first(shared.entrySet(), CANDIDATES, MOST_SHARED_FIRST).forEach(story -> ids.add(story.getKey()));
        return ids;
    }

    /** The postings after listing {@code storyId}: moved to the end (most recent), oldest dropped past the cap. */
    public static List<String> add(List<String> postings, String storyId) {
        List<String> updated = new ArrayList<>(postings == null ? List.of() : postings);
        updated.remove(storyId);
        updated.add(storyId);
        while (updated.size() > POSTINGS) {
            updated.remove(0);
        }
        return updated;
    }
}
