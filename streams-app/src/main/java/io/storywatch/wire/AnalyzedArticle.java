package io.storywatch.wire;

import io.storywatch.deadline.DeadlineMention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the parallel analysis stage hands to the story desk: the article's metadata and compact
 * features, not its body. This is the value of the desk's repartition topic.
 *
 * @param publishedAt the parsed publish time, null when the article is undated
 * @param dateOnly    the publish time is a date without a time of day
 * @param contentHash hash of the normalized text: equal for exact copies under different ids
 * @param receivedAt  wall-clock time the app received the article, for the event-to-alert latency only
 * @param lang        two-letter language (declared, else detected): stories never mix languages
 * @param fingerprint near-duplicate signature ({@link io.storywatch.dedup.Fingerprint}), null for tiny texts
 * @param sentenceKeys keys of its sentences ({@link io.storywatch.dedup.SentenceKeys}), null when it has none
 * @param shingles    how many shingles the fingerprint was taken of, for containment; null when unknown
 * @param narrative   keys of its narrative sentences ({@link io.storywatch.dedup.SentenceKeys#verbatim}), null
 *                    when it has none or was analysed before they were kept
 */
public record AnalyzedArticle(String id, String url, String outlet, String title, String published,
                              Instant publishedAt, boolean dateOnly, String contentHash,
                              Map<String, Double> terms, List<DeadlineMention> mentions, long receivedAt,
                              String lang, String fingerprint, String sentenceKeys, Integer shingles,
                              String narrative) {

    /** An article without narrative-sentence keys: its copies are told by the other features. */
    public AnalyzedArticle(String id, String url, String outlet, String title, String published, Instant publishedAt,
                           boolean dateOnly, String contentHash, Map<String, Double> terms,
                           List<DeadlineMention> mentions, long receivedAt, String lang, String fingerprint,
                           String sentenceKeys, Integer shingles) {
        this(id, url, outlet, title, published, publishedAt, dateOnly, contentHash, terms, mentions, receivedAt, lang,
                fingerprint, sentenceKeys, shingles, null);
    }

    /** An article whose shingle count is unknown: its copies are told by similarity and sentences alone. */
    public AnalyzedArticle(String id, String url, String outlet, String title, String published, Instant publishedAt,
                           boolean dateOnly, String contentHash, Map<String, Double> terms,
                           List<DeadlineMention> mentions, long receivedAt, String lang, String fingerprint,
                           String sentenceKeys) {
        this(id, url, outlet, title, published, publishedAt, dateOnly, contentHash, terms, mentions, receivedAt, lang,
                fingerprint, sentenceKeys, null);
    }

    /** An article without sentence keys: its copies are told by fingerprint alone. */
    public AnalyzedArticle(String id, String url, String outlet, String title, String published, Instant publishedAt,
                           boolean dateOnly, String contentHash, Map<String, Double> terms,
                           List<DeadlineMention> mentions, long receivedAt, String lang, String fingerprint) {
        this(id, url, outlet, title, published, publishedAt, dateOnly, contentHash, terms, mentions, receivedAt, lang,
                fingerprint, null, null);
    }
}
