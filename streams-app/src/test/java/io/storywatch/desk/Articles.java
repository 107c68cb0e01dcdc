package io.storywatch.desk;

import io.storywatch.dedup.Fingerprint;
import io.storywatch.dedup.SentenceKeys;
import io.storywatch.wire.AnalyzedArticle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Analysed articles for the desk's unit tests, made up here: no analysis stage runs. */
final class Articles {
    private Articles() {
    }

    static AnalyzedArticle of(String id, String body, Map<String, Double> terms) {
        return from("outlet-" + id, id, body, terms);
    }

    static AnalyzedArticle from(String outlet, String id, String body, Map<String, Double> terms) {
        Fingerprint.Signature signature = Fingerprint.compute(body);
        SentenceKeys.Keys sentences = SentenceKeys.compute(body);
        return new AnalyzedArticle(id, null, outlet, "Title of " + id, null, Instant.parse("2026-03-02T10:00:00Z"),
                false, "hash-of-" + body.hashCode(), terms, List.of(), 0L, "en", signature == null ? null : signature.encoded(),
                sentences.keys(), signature == null ? null : signature.shingles(), sentences.narrative());
    }

    static AnalyzedArticle of(String id, String body) {
        return of(id, body, Map.of());
    }
}
