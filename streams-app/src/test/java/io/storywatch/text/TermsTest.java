package io.storywatch.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsTest {
    @Test
    void whatTwoVectorsShareBesidesTheirStrongestCommonTerm() {
        Map<String, Double> merger = Map.of("vantel", 4.0, "skylink", 3.0, "merger", 2.0, "cma", 2.0);
        Map<String, Double> fine = Map.of("vantel", 4.0, "ofcom", 3.0, "fine", 2.0, "bill", 2.0);
        Map<String, Double> rewrite = Map.of("vantel", 3.0, "skylink", 3.0, "merger", 1.0, "appeal", 2.0);

        assertTrue(Terms.cosine(merger, fine) > 0.4, "one heavy name alone makes the plain cosine high");
        assertEquals(0.0, Terms.cosineBeyondTopShared(merger, fine), 1e-9, "they share nothing else");
        // merger vs rewrite without "vantel": (3*3 + 2*1) / (sqrt(9+4+4) * sqrt(9+1+4))
        assertEquals(11 / (Math.sqrt(17) * Math.sqrt(14)), Terms.cosineBeyondTopShared(merger, rewrite), 1e-9);
        assertEquals(Terms.cosineBeyondTopShared(merger, rewrite), Terms.cosineBeyondTopShared(rewrite, merger), 1e-12);
    }

    @Test
    void termsStayTheSameAfterTheStemCacheFillsAndIsCleared() {
        String title = "Union sets Friday deadline for port talks";
        String body = "Dockworkers said the Ports Authority must answer by Friday. The union's leaders, meeting in "
                + "Baltimore, warned that a strike would close every port on the coast. Negotiators were meeting again.";
        Map<String, Double> before = Terms.of(title, body);
        List<String> stemsBefore = Terms.stems(title);
        StringBuilder words = new StringBuilder();
        for (int article = 0; article < 30; article++) { // 30 texts of 3,000 new words: past the cache's 50,000
            words.setLength(0);
            for (int w = 0; w < 3_000; w++) {
                words.append("zq").append(Integer.toString(article * 3_000 + w, 26).replace('0', 'x')).append(' ');
            }
            Terms.of(null, words.toString());
        }
        assertEquals(before, Terms.of(title, body));
        assertEquals(List.copyOf(before.keySet()), List.copyOf(Terms.of(title, body).keySet()), "heaviest first, as before");
        assertEquals(stemsBefore, Terms.stems(title));
    }

    @Test
    void keepsTheHeaviestTermsHeaviestFirstAndBreaksTiesByTerm() {
        // 100 words used once (weight 1), not in alphabetical order, and three heavier ones
        List<String> words = new ArrayList<>();
        for (int w = 99; w >= 0; w--) {
            words.add("qz" + (char) ('a' + w % 10) + (char) ('a' + w / 10));
        }
        Map<String, Double> terms = Terms.of(null, String.join(" ", words) + " harbour harbour harbour strike strike pier pier");

        assertEquals(Terms.MAX_TERMS, terms.size());
        List<String> order = List.copyOf(terms.keySet());
        assertEquals(List.of("harbour", "pier", "strike"), order.subList(0, 3), "heaviest first, then ties by term");
        assertEquals(words.stream().sorted().limit(Terms.MAX_TERMS - 3).toList(), order.subList(3, order.size()),
                "of the tied words, the first by term, in term order");
    }

    @Test
    void mergingGivesTheHeaviestOfTheSumHeaviestFirstWhateverTheOrderOfTheStorysVector() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Double> story = new HashMap<>();
            Map<String, Double> article = new HashMap<>();
            int vocabulary = 5 + random.nextInt(300); // small ones share most terms, large ones few
            for (int t = random.nextInt(220); t > 0; t--) {
                story.put("t" + random.nextInt(vocabulary), (1 + random.nextInt(40)) / 4.0); // many ties
            }
            for (int t = random.nextInt(70); t > 0; t--) {
                article.put("t" + random.nextInt(vocabulary), (1 + random.nextInt(12)) / 4.0);
            }
            int limit = 1 + random.nextInt(210);
            Map<String, Double> expected = sumSortedWhole(story, article, limit);
            Map<String, Double> ordered = Terms.merge(Map.of(), story, Integer.MAX_VALUE); // heaviest first
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(Terms.merge(ordered, article, limit).entrySet()));
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(Terms.merge(story, article, limit).entrySet()),
                    "a vector out of order is sorted whole");
        }
    }

    /** What merging means: the sum of the two vectors, sorted whole, its first {@code limit}. */
    private static Map<String, Double> sumSortedWhole(Map<String, Double> a, Map<String, Double> b, int limit) {
        Map<String, Double> sum = new HashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, (x, y) -> Terms.round(x + y)));
        Map<String, Double> top = new LinkedHashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
