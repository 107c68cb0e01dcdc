package io.storywatch.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language of an article: the feed's {@code lang} when given (its first two letters), else the
 * language whose most common words are the most frequent in the text. Stories never mix languages.
 */
public final class Language {
    private static final Map<String, Set<String>> COMMON = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "said", "by", "has"),
            "de", Set.of("der", "die", "und", "das", "den", "ist", "nicht", "mit", "von", "ein", "eine", "für", "auf", "des", "sich"),
            "es", Set.of("el", "la", "de", "que", "y", "en", "los", "las", "del", "por", "una", "con", "para", "se", "al"),
            "fr", Set.of("le", "la", "les", "de", "des", "et", "est", "une", "du", "que", "dans", "pour", "qui", "au", "sur"),
            "it", Set.of("il", "di", "che", "la", "e", "per", "un", "una", "del", "della", "non", "sono", "con", "gli", "nel"),
            "pt", Set.of("o", "a", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "os", "no"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "voor", "zijn", "ook", "door"));
    /** The languages each common word counts for: one lookup per word of the text. */
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = languagesOfWord();
    private static final int LONGEST_WORD = LANGUAGES_OF_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** How much text is enough to tell. */
    private static final int SAMPLE = 4000;

    private Language() {
    }

    private static Map<String, List<String>> languagesOfWord() {
        Map<String, List<String>> index = new HashMap<>();
        COMMON.forEach((lang, words) -> words.forEach(w -> index.computeIfAbsent(w, k -> new ArrayList<>()).add(lang)));
        return Map.copyOf(index);
    }

    public static String of(String declared, String text) {
        if (declared != null && declared.strip().length() >= 2) {
            return declared.strip().substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return detect(text);
    }

    static String detect(String text) {
        int n = Math.min(text.length(), SAMPLE);
        Map<String, int[]> hits = new HashMap<>();
        COMMON.keySet().forEach(lang -> hits.put(lang, new int[1]));
        int start = -1;
        for (int i = 0; i <= n; i++) { // runs of letters; only a run as short as a common word is looked up
            boolean letter = i < n && Chars.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= LONGEST_WORD) {
                    String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                    for (String lang : LANGUAGES_OF_WORD.getOrDefault(word, List.of())) {
                        hits.get(lang)[0]++;
                    }
                }
                start = -1;
            }
        }
        String best = "en";
        int bestHits = 0;
        for (String lang : new TreeSet<>(COMMON.keySet())) {
            if (hits.get(lang)[0] > bestHits) {
                best = lang;
                bestHits = hits.get(lang)[0];
            }
        }
        return best;
    }
}
