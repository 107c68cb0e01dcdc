package io.storywatch.desk;

import io.storywatch.dedup.CopyMatch;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.dedup.SentenceKeys;
import io.storywatch.json.JsonSerde;
import io.storywatch.wire.AnalyzedArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The articles the desk has seen, to tell copies: by id, by content hash, and by near-duplicate
 * fingerprint through an LSH index of its bands. Each is a window store keyed by what is looked up
 * and timed by the feed time the article was seen, so the stores forget on their own: a lookup sees
 * only what is not older than the desk's retention horizon, and Kafka Streams drops whole segments
 * once they fall a retention behind (Kafka's own dedup pattern, as in its examples).
 */
public final class Copies {
    public static final String SEEN_ARTICLES_STORE = "storywatch-copies-articles";
    public static final String SEEN_CONTENT_STORE = "storywatch-copies-content";
    public static final String BANDS_STORE = "storywatch-copies-bands";
    /**
     * LSH bands of 2 components (all 32 of the signature's pairs, so an article has 32 index keys): a copy
     * at similarity 0.5 shares a band with probability 1 - 0.75^32 > 0.9999, and a copy-edited reprint at
     * 0.3, which the sentence alignment tells, with 1 - 0.91^32 = 0.95 (16 bands: 0.78).
     */
    static final int LSH_BANDS = 32;
    /** Articles looked at per band key: the most recent ones. */
    static final int POSTINGS_PER_BAND = 16;
    /**
     * The stores keep a day more than the retention: lookups go by the desk's horizon, which moves on
     * once a feed hour, so the store must still hold what the horizon has not passed.
     */
    static final Duration STORE_SLACK = Duration.ofDays(1);
    /**
     * A copy-edited reprint below the fingerprint threshold is still a copy when at least half the
     * shorter text's sentences, and at least {@link #MIN_ALIGNED_SENTENCES}, align in order with the
     * other's (reports of one event that share a quote or two align far fewer) ...
     */
    static final double ALIGNED_SHARE = 0.5;
    /**
     * ... and when their fingerprints still share this much: a machine rewrite keeps the sentences in
     * order but changes their words, so its 4-gram similarity falls lower; a copy-edited reprint keeps
     * most 4-grams of the sentences it shares. (A rewrite may go either way; one called a copy of the
     * original when it came first would be wrong.)
     */
    static final double ALIGNED_MIN_SIMILARITY = 0.3;
    static final int MIN_ALIGNED_SENTENCES = 3;
    /**
     * Whatever their similarity, two texts are copies when this many of their narrative sentences (the
     * writer's own, no quotation: {@link SentenceKeys#verbatim}) are the same word for word and in the same
     * order, and at least {@link #MIN_ALIGNED_SENTENCES} sentences align: two excerpts of one agency text
     * under different page furniture. Other reports of one event share its quotes and paraphrase its facts
     * (on the real-coverage feed they share at most one such sentence). The narrative sentences are also
     * index keys, so a copy whose shingles meet in no LSH band is still a candidate.
     */
    static final int MIN_VERBATIM_SENTENCES = 2;
    /**
     * A text at least half of whose shingles the other holds is a copy of it, though their similarity is
     * low: a shorter excerpt of the same page, or a copy with paragraphs cut. Reports of one event that
     * share quotes stay well below it (measured on the real-coverage feed: at most 0.37, copies 0.5 and up).
     */
    static final double CONTAINED_SHARE = 0.5;
    /** ... where the smaller text has this many shingles: a short text that quotes a statement is no copy. */
    static final int MIN_CONTAINED_SHINGLES = 60;
    /** 1 MiB a generation to start with (some 700,000 ids); the filters grow past that ({@link WrittenKeys}). */
    private static final int ID_FILTER_BITS_LOG2 = 23;
    /**
     * 8 MiB a generation to start with: 32 band keys an article and its narrative-sentence keys (about ten),
     * for some 130,000 articles; the filters grow past that ({@link WrittenKeys}).
     */
    private static final int BAND_FILTER_BITS_LOG2 = 26;
    /**
     * Index keys whose newest postings stay in memory: the keys of the last few thousand articles, a few
     * tens of MB ({@link RecentPostings}).
     */
    static final int RECENT_INDEX_KEYS = 250_000;

    /**
     * An article seen, under its id: its fingerprint (null for a text too short to have one), its
     * sentence keys, its outlet, its shingle count and its narrative-sentence keys (null where it had none,
     * or was remembered before they were kept).
     */
    public record SeenArticle(String fingerprint, String sentenceKeys, String outlet, Integer shingles,
                              String narrative) {
    }

    /** A text seen, under its content hash: the first article that had it. */
    public record SeenContent(String firstArticleId) {
    }

    private final WindowStore<String, SeenArticle> articles;
    private final WindowStore<String, SeenContent> content;
    private final WindowStore<String, String> bands;
    private final double nearThreshold;
    /** Which keys each store may hold: most lookups are of keys never written, and skip the store. */
    private final WrittenKeys articleIds;
    private final WrittenKeys contentHashes;
    private final WrittenKeys bandKeys;
    private final RecentPostings recentPostings = new RecentPostings(RECENT_INDEX_KEYS, POSTINGS_PER_BAND);

    /**
     * @param retention the desk's retention (the stores keep {@link #STORE_SLACK} more); the key filters are
     *                  built from the stores here, so a desk task that starts on restored state finds them
     */
    public Copies(WindowStore<String, SeenArticle> articles, WindowStore<String, SeenContent> content,
                  WindowStore<String, String> bands, double nearThreshold, Duration retention) {
        this.articles = articles;
        this.content = content;
        this.bands = bands;
        this.nearThreshold = nearThreshold;
        long kept = retention.plus(STORE_SLACK).toMillis();
        articleIds = new WrittenKeys(ID_FILTER_BITS_LOG2, kept);
        contentHashes = new WrittenKeys(ID_FILTER_BITS_LOG2, kept);
        bandKeys = new WrittenKeys(BAND_FILTER_BITS_LOG2, kept);
        articleIds.rebuild(articles);
        contentHashes.rebuild(content);
        bandKeys.rebuild(bands);
    }

    /** The builders of the three stores, for a retention of {@code retention}. */
    public static Set<StoreBuilder<?>> stores(Duration retention) {
        Duration kept = retention.plus(STORE_SLACK);
        return Set.of(
                window(SEEN_ARTICLES_STORE, kept, false, JsonSerde.of(SeenArticle.class)),
                window(SEEN_CONTENT_STORE, kept, false, JsonSerde.of(SeenContent.class)),
                window(BANDS_STORE, kept, true, Serdes.String()));
    }

    private static <V> StoreBuilder<WindowStore<String, V>> window(String name, Duration retention, boolean duplicates,
                                                                  Serde<V> values) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), duplicates),
                Serdes.String(), values);
    }

    /**
     * Whether the article copies one seen at or after {@code horizon}: the same id again, else the first
     * article with the same text, else the most similar near copy among the LSH candidates: at or above
     * the fingerprint threshold, or with its sentences aligned ({@link #ALIGNED_SHARE}); ties by id. An
     * article of the same outlet is never a near copy: an outlet's next article on a story reuses its
     * own paragraphs, it does not reprint itself.
     */
    public CopyMatch match(AnalyzedArticle article, long horizon) {
        if (articleIds.mayHold(article.id(), from(horizon)) && latest(articles, article.id(), horizon) != null) {
            return new CopyMatch.Exact(article.id());
        }
        SeenContent sameText = contentHashes.mayHold(article.contentHash(), from(horizon))
                ? latest(content, article.contentHash(), horizon) : null;
        if (sameText != null) {
            return new CopyMatch.Exact(sameText.firstArticleId());
        }
        if (article.fingerprint() == null) {
            return CopyMatch.NONE;
        }
        Set<String> candidates = new TreeSet<>();
        for (String band : Fingerprint.bandKeys(article.fingerprint(), LSH_BANDS)) {
            addPostings(band, horizon, candidates);
        }
        for (String key : narrativeIndexKeys(article.narrative())) {
            addPostings(key, horizon, candidates);
        }
        String best = null;
        double bestSimilarity = nearThreshold;
        for (String candidate : candidates) {
            SeenArticle seen = latest(articles, candidate, horizon);
            if (seen == null) {
                continue;
            }
            if (article.outlet() != null && article.outlet().equals(seen.outlet())) {
                continue;
            }
            double similarity = Fingerprint.similarity(article.fingerprint(), seen.fingerprint());
            if (similarity < nearThreshold && similarity >= ALIGNED_MIN_SIMILARITY) {
                SentenceKeys.Alignment alignment = SentenceKeys.align(article.sentenceKeys(), seen.sentenceKeys());
                if (alignment.aligned() >= MIN_ALIGNED_SENTENCES && alignment.share() >= ALIGNED_SHARE) {
                    similarity = nearThreshold; // a copy, at the threshold: a fingerprint match above it ranks first
                }
            }
            if (similarity < nearThreshold && contained(article, seen)) {
                similarity = nearThreshold;
            }
            if (similarity < nearThreshold && sharesNarrative(article, seen)) {
                similarity = nearThreshold;
            }
            if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best == null ? CopyMatch.NONE : new CopyMatch.Near(best, bestSimilarity);
    }

    /** Adds the articles most recently indexed under {@code key} at or after {@code horizon}. */
    private void addPostings(String key, long horizon, Set<String> candidates) {
        if (!bandKeys.mayHold(key, from(horizon)) || recentPostings.addTo(key, from(horizon), candidates)) {
            return;
        }
        List<RecentPostings.Posting> read = new ArrayList<>();
        try (WindowStoreIterator<String> postings = bands.backwardFetch(key, from(horizon), Long.MAX_VALUE)) {
            for (int i = 0; i < POSTINGS_PER_BAND && postings.hasNext(); i++) {
                KeyValue<Long, String> posting = postings.next();
                candidates.add(posting.value);
                read.add(new RecentPostings.Posting(posting.value, posting.key));
            }
        }
        recentPostings.read(key, read);
    }

    private static boolean sharesNarrative(AnalyzedArticle article, SeenArticle seen) {
        return SentenceKeys.verbatim(article.narrative(), seen.narrative()) >= MIN_VERBATIM_SENTENCES
                && SentenceKeys.align(article.sentenceKeys(), seen.sentenceKeys()).aligned() >= MIN_ALIGNED_SENTENCES;
    }

    /** Index keys of an article's narrative sentences, in the bands store beside the LSH bands. */
    private static List<String> narrativeIndexKeys(String narrative) {
        int[] keys = SentenceKeys.narrativeKeys(narrative);
        List<String> out = new ArrayList<>(keys.length);
        for (int key : keys) {
            out.add("s:" + Integer.toHexString(key));
        }
        return out;
    }

    private static boolean contained(AnalyzedArticle article, SeenArticle seen) {
        return article.shingles() != null && seen.shingles() != null
                && Math.min(article.shingles(), seen.shingles()) >= MIN_CONTAINED_SHINGLES
                && Fingerprint.containment(article.fingerprint(), article.shingles(), seen.fingerprint(), seen.shingles())
                >= CONTAINED_SHARE;
    }

    /** Remembers an article that is not an exact copy, at feed time {@code at}. */
    public void remember(AnalyzedArticle article, long at) {
        articles.put(article.id(), new SeenArticle(article.fingerprint(), article.sentenceKeys(), article.outlet(),
                article.shingles(), article.narrative()), at);
        articleIds.add(article.id(), at);
        content.put(article.contentHash(), new SeenContent(article.id()), at);
        contentHashes.add(article.contentHash(), at);
        if (article.fingerprint() != null) {
            for (String band : Fingerprint.bandKeys(article.fingerprint(), LSH_BANDS)) {
                index(band, article.id(), at);
            }
        }
        for (String key : narrativeIndexKeys(article.narrative())) {
            index(key, article.id(), at);
        }
    }

    private void index(String key, String articleId, long at) {
        bands.put(key, articleId, at);
        boolean certainlyNew = !bandKeys.add(key, at);
        recentPostings.written(key, articleId, at, certainlyNew);
    }

    /** The latest value stored under {@code key} at or after {@code horizon}, or null. */
    private static <V> V latest(WindowStore<String, V> store, String key, long horizon) {
        try (WindowStoreIterator<V> found = store.backwardFetch(key, from(horizon), Long.MAX_VALUE)) {
            if (found.hasNext()) {
                KeyValue<Long, V> newest = found.next();
                return newest.value;
            }
            return null;
        }
    }

    private static long from(long horizon) {
        return Math.max(0, horizon);
    }
}
