package io.storywatch.feed;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticFeedTest {
    private static final int ARTICLES = 3000;

    @Test
    void theSameSeedGivesTheSameFeedAndAnotherSeedAnother() {
        List<String> once = SyntheticFeed.generate(7, 200).stream().map(SyntheticFeed.Item::jsonLine).toList();
        List<String> again = SyntheticFeed.generate(7, 200).stream().map(SyntheticFeed.Item::jsonLine).toList();
        List<String> other = SyntheticFeed.generate(8, 200).stream().map(SyntheticFeed.Item::jsonLine).toList();
        assertEquals(once, again);
        assertNotEquals(once, other);
    }

    @Test
    void aMultilingualFeedTellsEachStoryInOneLanguageAndKeepsTheArticlesOfTheEnglishOne() {
        List<SyntheticFeed.Item> english = SyntheticFeed.generate(7, 400);
        List<SyntheticFeed.Item> three = SyntheticFeed.generate(7, 400, List.of("en", "es", "fr"));
        assertEquals(english.stream().map(SyntheticFeed.Item::jsonLine).toList(),
                SyntheticFeed.generate(7, 400, List.of("en")).stream().map(SyntheticFeed.Item::jsonLine).toList());
        Map<String, Set<String>> languagesOfStory = new HashMap<>();
        Map<String, Integer> articlesByLanguage = new HashMap<>();
        for (int i = 0; i < three.size(); i++) {
            SyntheticFeed.Item item = three.get(i);
            assertEquals(english.get(i).article().body(), item.article().body(), "the same articles, other languages declared");
            languagesOfStory.computeIfAbsent(item.story(), s -> new HashSet<>()).add(item.article().lang());
            articlesByLanguage.merge(item.article().lang(), 1, Integer::sum);
        }
        assertTrue(languagesOfStory.values().stream().allMatch(langs -> langs.size() == 1), "a story is told in one language");
        assertEquals(Set.of("en", "es", "fr"), articlesByLanguage.keySet());
        assertTrue(articlesByLanguage.values().stream().allMatch(n -> n > 60), "each language has a share: " + articlesByLanguage);
    }

    @Test
    void articlesComeInPublishOrderWithRealisticBodiesAndCoverage() {
        List<SyntheticFeed.Item> feed = SyntheticFeed.generate(42, ARTICLES);
        assertEquals(ARTICLES, feed.size());
        long last = Long.MIN_VALUE;
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Set<String>> outletsOf = new HashMap<>();
        int copies = 0;
        int withDeadline = 0;
        int undated = 0;
        for (SyntheticFeed.Item item : feed) {
            Long at = item.publishedAt();
            if (at == null) {
                undated++;
            } else {
                assertTrue(at >= last, "publish order at " + item.article().id());
                last = at;
            }
            int bytes = item.article().body().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 2000 && bytes <= 9000, item.article().id() + " has " + bytes + " bytes");
            if (item.wireCopyOf() != null) {
                copies++;
                assertEquals(item.story(), storyOf.get(item.wireCopyOf()), "a reprint follows its original, same story");
            }
            String body = item.article().body();
            if (body.contains(" has until ") || body.contains(" must be settled by ") || body.contains("set a deadline of")) {
                withDeadline++;
            }
            storyOf.put(item.article().id(), item.story());
            outletsOf.computeIfAbsent(item.story(), s -> new HashSet<>()).add(item.article().outlet());
        }
        long stories = outletsOf.size();
        long multiOutlet = outletsOf.values().stream().filter(o -> o.size() > 2).count();
        assertTrue(stories > ARTICLES / 10 && stories < ARTICLES / 2, stories + " stories");
        assertTrue(multiOutlet > stories / 4, multiOutlet + " of " + stories + " stories have three outlets or more");
        assertTrue(copies > ARTICLES / 10, copies + " wire reprints");
        assertTrue(withDeadline > ARTICLES / 20, withDeadline + " articles state a deadline");
        assertTrue(undated > 0 && undated < ARTICLES / 20, undated + " undated");
    }
}
