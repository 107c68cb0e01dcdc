package io.storywatch.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
