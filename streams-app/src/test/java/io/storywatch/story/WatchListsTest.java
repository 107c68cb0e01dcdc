package io.storywatch.story;

import io.storywatch.text.Terms;
import io.storywatch.wire.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WatchListsTest {
    private static StoryState story(String headline, String body) {
        AnalyzedArticle article = new AnalyzedArticle("a1", null, "wire.example", headline, null, null, false, "h",
                Terms.of(headline, body), List.of(), 0L, "en", null);
        return StoryState.startFor(article, 0);
    }

    private final WatchLists lists = WatchLists.of(Map.of(
            "ports", "dockworkers, longshoremen, port strike",
            "rail", "rail lockout",
            "energy", "pipeline"));

    @Test
    void aPhraseMatchesWithCaseAndWordEndingsFolded() {
        StoryState strike = story("Dockworker union sets a deadline", "The union said its members will walk out.");
        assertEquals(List.of("ports"), lists.matching(strike), "'dockworkers' matches 'Dockworker'");
        StoryState ports = story("Talks resume", "Ports brace for a strike as the union rejects the offer.");
        assertEquals(List.of("ports"), lists.matching(ports), "every word of 'port strike', in any order");
    }

    @Test
    void aStoryMatchingNoListHasNone() {
        assertEquals(List.of(), lists.matching(story("Harvest report", "Farmers expect a record wheat crop.")));
        assertEquals(List.of(), lists.matching(story("Rail fares rise", "Fares on the rail network rise in May.")),
                "'rail lockout' needs both words");
        assertEquals(List.of(), WatchLists.NONE.matching(story("Port strike", "Dockworkers strike.")));
    }

    @Test
    void aStoryThatStartsMatchingLaterCarriesTheWatchFromThenOn() {
        StoryState story = story("Talks on the coast", "Negotiators met in the capital on Monday.");
        assertEquals(List.of(), lists.matching(story));
        story.join(new AnalyzedArticle("a2", null, "other.example", "Dockworkers join talks", null, null, false, "h2",
                Terms.of("Dockworkers join talks", "Dockworkers and employers met again."), List.of(), 0L, "en", null), 1);
        assertEquals(List.of("ports"), lists.matching(story));
    }

    @Test
    void aListWithNothingToMatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WatchLists.of(Map.of("empty", " , ")));
    }
}
