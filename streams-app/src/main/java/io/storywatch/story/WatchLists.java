package io.storywatch.story;

import io.storywatch.text.Terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The desk's watch lists: named lists of terms or phrases ({@code storywatch.watch.ports=dockworkers,
 * longshoremen, port strike}). A story matches a list when one of its phrases is in the story's
 * headline or among its terms, every word of it, with case and word endings folded ("Dockworkers"
 * matches "dockworker"). Matching looks at the story as it is now, so a story that starts matching
 * later carries the watch from then on.
 */
public final class WatchLists {
    public static final WatchLists NONE = new WatchLists(Map.of());

    /** Each list's phrases, each phrase as its stems. */
    private final Map<String, List<List<String>>> lists;

    private WatchLists(Map<String, List<List<String>>> lists) {
        this.lists = lists;
    }

    /** @param spec list name → its comma-separated terms and phrases */
    public static WatchLists of(Map<String, String> spec) {
        Map<String, List<List<String>>> lists = new TreeMap<>();
        spec.forEach((name, phrases) -> {
            List<List<String>> stemmed = new ArrayList<>();
            for (String phrase : phrases.split(",")) {
                List<String> stems = Terms.stems(phrase.strip());
                if (!stems.isEmpty()) {
                    stemmed.add(stems);
                }
            }
            if (stemmed.isEmpty()) {
                throw new IllegalArgumentException("storywatch.watch." + name + ": no term or phrase in '" + phrases + "'");
            }
            lists.put(name, List.copyOf(stemmed));
        });
        return new WatchLists(lists);
    }

    public Set<String> names() {
        return lists.keySet();
    }

    /** The names of the lists the story matches, in name order; empty when none does. */
    public List<String> matching(StoryState story) {
        if (lists.isEmpty() || story == null) {
            return List.of();
        }
        Set<String> words = story.foldedWords();
        List<String> names = new ArrayList<>();
        lists.forEach((name, phrases) -> {
            if (phrases.stream().anyMatch(words::containsAll)) {
                names.add(name);
            }
        });
        return names;
    }
}
