package io.storywatch.text;

import org.apache.lucene.analysis.Analyzer;
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
        Map<String, double[]> counts = new HashMap<>();
        count(title == null ? "" : title, 2.0, counts);
        count(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, 1.0, counts);
        List<Map.Entry<String, Double>> weighted = new ArrayList<>(counts.size());
        for (Map.Entry<String, double[]> entry : counts.entrySet()) {
            double[] c = entry.getValue(); // [weighted count, capitalized count, count]
            double weight = 1 + Math.log(c[0]);
            if (c[1] * 2 > c[2]) {
                weight *= 2;
            }
            weighted.add(Map.entry(entry.getKey(), round(weight)));
        }
        weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> top = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(MAX_TERMS, weighted.size()); i++) {
            top.put(weighted.get(i).getKey(), weighted.get(i).getValue());
        }
        return top;
    }

    /**
     * Stems by word, per thread: news vocabulary is Zipfian, so most words were stemmed before, and
     * Snowball was the largest cost of analysing an article (profiled). Cleared when full, so it
     * stays bounded whatever the input.
     */
    private static final ThreadLocal<StemCache> STEMS = ThreadLocal.withInitial(StemCache::new);

    private static final class StemCache {
        private static final int MAX_WORDS = 50_000;
        private final EnglishStemmer stemmer = new EnglishStemmer();
        private final Map<String, String> stems = new HashMap<>();

        String stem(String word) {
            String stem = stems.get(word);
            if (stem == null) {
                stemmer.setCurrent(word);
                stemmer.stem();
                stem = stemmer.getCurrent();
                if (stems.size() >= MAX_WORDS) {
                    stems.clear();
                }
                stems.put(word, stem);
            }
            return stem;
        }
    }

    private static void count(String text, double weight, Map<String, double[]> counts) {
        StemCache stems = STEMS.get();
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() < 2 || STOP_WORDS.contains(term.buffer(), 0, term.length())
                        || Character.isDigit(term.charAt(0)) && term.length() < 3) {
                    continue;
                }
                boolean capitalized = Character.isUpperCase(term.charAt(0));
                double[] c = counts.computeIfAbsent(stems.stem(term.toString().toLowerCase(Locale.ROOT)), k -> new double[3]);
                c[0] += weight;
                c[1] += capitalized ? 1 : 0;
                c[2] += 1;
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
        List<String> out = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= 2 && !STOP_WORDS.contains(term.buffer(), 0, term.length())) {
                    out.add(stems.stem(term.toString().toLowerCase(Locale.ROOT)));
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
        return dot / (norm(a) * norm(b));
    }

    /**
     * Cosine similarity of two vectors without the one shared term that contributes most: what they
     * have in common besides their strongest common term (often one name). 0 when they share one term
     * or none.
     */
    public static double cosineBeyondTopShared(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
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
        double nSmall = norm(small);
        double nLarge = norm(large);
        return rest / (Math.sqrt(Math.max(0, nSmall * nSmall - topSmall * topSmall))
                * Math.sqrt(Math.max(0, nLarge * nLarge - topLarge * topLarge)));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** Adds {@code add} into {@code into} and keeps the {@code limit} heaviest terms. */
    public static Map<String, Double> merge(Map<String, Double> into, Map<String, Double> add, int limit) {
        Map<String, Double> sum = new HashMap<>(into);
        add.forEach((k, v) -> sum.merge(k, v, (x, y) -> round(x + y)));
        Map<String, Double> top = new LinkedHashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
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
