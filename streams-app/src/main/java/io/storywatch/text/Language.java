package io.storywatch.text;

import org.apache.lucene.analysis.CharArrayMap;

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
    /** The languages, in the order that breaks ties: the first of those with the most hits wins. */
    private static final String[] LANGUAGES = new TreeSet<>(COMMON.keySet()).toArray(String[]::new);
    /**
     * The languages (as indexes into {@link #LANGUAGES}) each common word counts for: one lookup per word of
     * the text, of the word lower-cased into a buffer, so no word of the text becomes a String.
     */
    private static final CharArrayMap<int[]> LANGUAGES_OF_WORD = languagesOfWord();
    private static final int LONGEST_WORD = COMMON.values().stream().flatMap(Set::stream).mapToInt(String::length).max().orElse(0);
    /** How much text is enough to tell. */
    private static final int SAMPLE = 4000;
    /**
     * Capital I with dot: the one letter whose lower case is two chars (an i and a combining dot), so a
     * word holding it is no common word, as it would not be once the word were lower-cased as a String.
     */
    private static final char DOTTED_CAPITAL_I = '\u0130';

    private Language() {
    }

    private static CharArrayMap<int[]> languagesOfWord() {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int lang = 0; lang < LANGUAGES.length; lang++) {
            for (String word : COMMON.get(LANGUAGES[lang])) {
                index.computeIfAbsent(word, k -> new ArrayList<>()).add(lang);
            }
        }
        CharArrayMap<int[]> byWord = new CharArrayMap<>(index.size(), false);
        index.forEach((word, langs) -> byWord.put(word, langs.stream().mapToInt(Integer::intValue).toArray()));
        return CharArrayMap.unmodifiableMap(byWord);
    }

    public static String of(String declared, String text) {
        if (declared != null && declared.strip().length() >= 2) {
            return declared.strip().substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return detect(text);
    }

    static String detect(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int[] hits = new int[LANGUAGES.length];
        char[] word = new char[LONGEST_WORD];
        int start = -1;
        for (int i = 0; i <= n; i++) { // runs of letters; only a run as short as a common word is looked up
            boolean letter = i < n && Chars.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                int length = i - start;
                if (length <= LONGEST_WORD && lowerCase(text, start, length, word)) {
                    int[] langs = LANGUAGES_OF_WORD.get(word, 0, length);
                    if (langs != null) {
                        for (int lang : langs) {
                            hits[lang]++;
                        }
                    }
                }
                start = -1;
            }
        }
        String best = "en";
        int bestHits = 0;
        for (int lang = 0; lang < LANGUAGES.length; lang++) {
            if (hits[lang] > bestHits) {
                best = LANGUAGES[lang];
                bestHits = hits[lang];
            }
        }
        return best;
    }

    /** Lower-cases a run of letters into {@code into}; false if it holds a letter that makes it no common word. */
    private static boolean lowerCase(String text, int start, int length, char[] into) {
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (c == DOTTED_CAPITAL_I) {
                return false;
            }
            into[k] = Character.toLowerCase(c);
        }
        return true;
    }
}
