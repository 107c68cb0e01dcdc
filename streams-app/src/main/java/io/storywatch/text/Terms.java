package io.storywatch.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weighted terms of an article, for comparing it with stories: Lucene's standard tokenizer,
 * English stop words (Lucene's plus common news verbs), Snowball stemming. A term's weight is
 * 1 + ln(tf), doubled for words written capitalized (names, places, organisations) and for title
 * words. Only the {@link #MAX_TERMS} heaviest terms are kept, so a story's vector stays small.
 */
public final class Terms {
    public static final int MAX_TERMS = 64;
    /** Text after this many characters adds nothing to an article's topic but costs time. */
    private static final int MAX_CHARS = 20_000;
    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new EnglishPossessiveFilter(source));
        }
    };

    private Terms() {
    }

    public static Map<String, Double> of(String title, String text) {
        StemCache stems = STEMS.get();
        stems.startArticle();
        count(title == null ? "" : title, 2.0, stems);
        count(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, 1.0, stems);
        List<Weighted> weighted = new ArrayList<>(stems.seen);
        for (int k = 0; k < stems.seen; k++) {
            int id = stems.seenIds[k];
            double weight = 1 + Math.log(stems.weighted[id]);
            if (stems.capitalized[id] * 2 > stems.count[id]) {
                weight *= 2;
            }
            weighted.add(new Weighted(stems.stemOf[id], round(weight)));
        }
        // weights are few distinct values (1 + ln(tf), doubled), so an article's once-used words all tie:
        // sorting every one of them by term was a fifth of this class's time (profiled)
        List<Weighted> heaviest = Best.first(weighted, MAX_TERMS, Weighted.HEAVIEST_FIRST);
        Map<String, Double> top = new LinkedHashMap<>();
        for (Weighted w : heaviest) {
            top.put(w.term(), w.weight());
        }
        return top;
    }

    /** A term and its weight, unboxed for sorting. */
    private record Weighted(String term, double weight) {
        static final Comparator<Weighted> HEAVIEST_FIRST = (x, y) -> {
            int byWeight = Double.compare(y.weight, x.weight);
            return byWeight != 0 ? byWeight : x.term.compareTo(y.term);
        };
    }

    /**
     * Stems by word, per thread: news vocabulary is Zipfian, so most words were stemmed before, and
     * Snowball was the largest cost of analysing an article (profiled). Each distinct stem gets a small
     * number, so an article's counts are kept in arrays by that number instead of a map of strings (a
     * lookup per word was most of the cost once stems were cached). Cleared when full, between articles,
     * so it stays bounded whatever the input.
     */
    private static final ThreadLocal<StemCache> STEMS = ThreadLocal.withInitial(StemCache::new);

    private static final class StemCache {
        /** Words kept; an article adds at most its own words past this before the next clears it. */
        private static final int MAX_WORDS = 50_000;
        private static final int STOP_WORD = -1;
        private final EnglishStemmer stemmer = new EnglishStemmer();
        /** Keyed by the word as written (case kept): a hit costs neither a String nor a lower-casing. */
        private final CharArrayMap<int[]> ids = new CharArrayMap<>(1024, false);
        private final Map<String, Integer> idOfStem = new HashMap<>();
        String[] stemOf = new String[1024];
        /** Per stem number, this article's [weighted count], [capitalized count], [count], and the article that set them. */
        double[] weighted = new double[1024];
        double[] capitalized = new double[1024];
        double[] count = new double[1024];
        private int[] articleOf = new int[1024];
        /** The stem numbers this article has, in the order first seen, and how many. */
        int[] seenIds = new int[256];
        int seen;
        private int article;

        /** Clears the words when full; only between texts, when no stem number is in use. */
        void keepBounded() {
            if (ids.size() >= MAX_WORDS) {
                ids.clear(); // numbers are given again from 0, each reset as it is given (numberOf)
                idOfStem.clear();
            }
        }

        void startArticle() {
            keepBounded();
            article++;
            if (article == 0) { // wrapped: no stale number may look current
                Arrays.fill(articleOf, 0);
                article = 1;
            }
            seen = 0;
        }

        /** The number of a word's stem, or {@link #STOP_WORD}: one lookup answers both for a word seen before. */
        int id(char[] buffer, int length) {
            int[] id = ids.get(buffer, 0, length);
            if (id == null) {
                String word = new String(buffer, 0, length);
                if (STOP_WORDS.contains(buffer, 0, length)) {
                    id = new int[] {STOP_WORD};
                } else {
                    stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
                    stemmer.stem();
                    id = new int[] {numberOf(stemmer.getCurrent())};
                }
                ids.put(word, id);
            }
            return id[0];
        }

        private int numberOf(String stem) {
            Integer known = idOfStem.get(stem);
            if (known != null) {
                return known;
            }
            int id = idOfStem.size();
            idOfStem.put(stem, id);
            if (id == stemOf.length) {
                int size = id * 2;
                stemOf = Arrays.copyOf(stemOf, size);
                weighted = Arrays.copyOf(weighted, size);
                capitalized = Arrays.copyOf(capitalized, size);
                count = Arrays.copyOf(count, size);
                articleOf = Arrays.copyOf(articleOf, size);
            }
            stemOf[id] = stem;
            articleOf[id] = 0;
            return id;
        }

        void add(int id, double weight, boolean capital) {
            if (articleOf[id] != article) {
                articleOf[id] = article;
                weighted[id] = 0;
                capitalized[id] = 0;
                count[id] = 0;
                if (seen == seenIds.length) {
                    seenIds = Arrays.copyOf(seenIds, seen * 2);
                }
                seenIds[seen++] = id;
            }
            weighted[id] += weight;
            capitalized[id] += capital ? 1 : 0;
            count[id] += 1;
        }
    }

    private static void count(String text, double weight, StemCache stems) {
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() < 2 || Character.isDigit(term.charAt(0)) && term.length() < 3) {
                    continue;
                }
                int id = stems.id(term.buffer(), term.length());
                if (id != StemCache.STOP_WORD) {
                    stems.add(id, weight, Character.isUpperCase(term.charAt(0)));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * The words of a text as the terms of {@link #of} spell them (lower case, Snowball stems, stop words
     * and very short words left out), in order: what a watch list's phrase is matched with.
     */
    public static List<String> stems(String text) {
        StemCache stems = STEMS.get();
        stems.keepBounded();
        List<String> out = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int id = term.length() < 2 ? StemCache.STOP_WORD : stems.id(term.buffer(), term.length());
                if (id != StemCache.STOP_WORD) {
                    out.add(stems.stemOf[id]);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }

    /**
     * Weights keep three decimals: no decision changes, and the desk's stored vectors parse fast
     * (a full-precision double in JSON costs a slow decimal conversion on every candidate story read).
     */
    static double round(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }

    /** Cosine similarity of two weighted term vectors. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return cosine(a, norm(a), b, norm(b));
    }

    /** {@link #cosine(Map, Map)} with the vectors' {@link #norm}s known (a story's is kept with it). */
    public static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (normA * normB);
    }

    /**
     * Cosine similarity of two vectors without the one shared term that contributes most: what they
     * have in common besides their strongest common term (often one name). 0 when they share one term
     * or none.
     */
    public static double cosineBeyondTopShared(Map<String, Double> a, Map<String, Double> b) {
        return cosineBeyondTopShared(a, norm(a), b, norm(b));
    }

    /** {@link #cosineBeyondTopShared(Map, Map)} with the vectors' {@link #norm}s known. */
    public static double cosineBeyondTopShared(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
        boolean aIsSmall = a.size() <= b.size();
        Map<String, Double> small = aIsSmall ? a : b;
        Map<String, Double> large = aIsSmall ? b : a;
        double dot = 0;
        double top = 0;
        double topSmall = 0;
        double topLarge = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                double product = e.getValue() * other;
                dot += product;
                if (product > top) {
                    top = product;
                    topSmall = e.getValue();
                    topLarge = other;
                }
            }
        }
        double rest = dot - top;
        if (rest <= 0) {
            return 0;
        }
        double nSmall = aIsSmall ? normA : normB;
        double nLarge = aIsSmall ? normB : normA;
        return rest / (Math.sqrt(Math.max(0, nSmall * nSmall - topSmall * topSmall))
                * Math.sqrt(Math.max(0, nLarge * nLarge - topLarge * topLarge)));
    }

    /** The Euclidean length of a weighted term vector. */
    public static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** Heaviest first, ties by term: the order of a term vector, as {@link #of} and {@link #merge} give it. */
    public static final Comparator<Map.Entry<String, Double>> HEAVIEST_ENTRY_FIRST = (x, y) -> {
        int byWeight = Double.compare(y.getValue(), x.getValue());
        return byWeight != 0 ? byWeight : x.getKey().compareTo(y.getKey());
    };

    /**
     * Adds {@code add} into {@code into} and keeps the {@code limit} heaviest terms, heaviest first. A
     * story's vector is kept heaviest first, and an article changes only its own terms' weights, so only
     * those are sorted and then merged with the story's others, which keep their order: sorting the whole
     * sum (a story's 200 terms and the article's 64) was most of a join's time (profiled). A vector out
     * of order (none that {@link #of} or this method wrote) is sorted whole.
     */
    public static Map<String, Double> merge(Map<String, Double> into, Map<String, Double> add, int limit) {
        List<Map.Entry<String, Double>> changed = new ArrayList<>(add.size());
        add.forEach((term, weight) -> {
            Double had = into.get(term);
            changed.add(Map.entry(term, had == null ? weight : round(had + weight)));
        });
        changed.sort(HEAVIEST_ENTRY_FIRST);
        List<Map.Entry<String, Double>> others = new ArrayList<>(into.size());
        for (Map.Entry<String, Double> e : into.entrySet()) {
            if (!add.containsKey(e.getKey())) {
                if (!others.isEmpty() && HEAVIEST_ENTRY_FIRST.compare(others.get(others.size() - 1), e) > 0) {
                    return sortedWhole(into, add, limit);
                }
                others.add(e);
            }
        }
        Map<String, Double> top = new LinkedHashMap<>();
        int c = 0;
        int o = 0;
        while (top.size() < limit && (c < changed.size() || o < others.size())) {
            Map.Entry<String, Double> next = o == others.size()
                    || c < changed.size() && HEAVIEST_ENTRY_FIRST.compare(changed.get(c), others.get(o)) < 0
                    ? changed.get(c++) : others.get(o++);
            top.put(next.getKey(), next.getValue());
        }
        return top;
    }

    private static Map<String, Double> sortedWhole(Map<String, Double> into, Map<String, Double> add, int limit) {
        Map<String, Double> sum = new HashMap<>(into);
        add.forEach((k, v) -> sum.merge(k, v, (x, y) -> round(x + y)));
        List<Map.Entry<String, Double>> byWeight = new ArrayList<>(sum.entrySet());
        byWeight.sort(HEAVIEST_ENTRY_FIRST);
        Map<String, Double> top = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : byWeight.subList(0, Math.min(limit, byWeight.size()))) {
            top.put(e.getKey(), e.getValue());
        }
        return top;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : ("a about after again against all also am an any because been before being between both can "
                + "could did do does doing down during each few from further had has have having he her here hers "
                + "him his how i its itself just me more most my new now off once only other our ours out over own "
                + "same said says say she should so some than that's them themselves those through too under until "
                + "up very we were what when where which while who whom why would you your year years week weeks "
                + "told according report reported reports reportedly one two three many much may might must per via "
                + "like including however still even last first since").split(" ")) {
            set.add(w);
        }
        return set;
    }
}
