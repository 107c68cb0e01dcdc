package io.storywatch.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.storywatch.article.Article;
import io.storywatch.article.PublishTime;
import io.storywatch.deadline.DeadlineExtractor;
import io.storywatch.json.Json;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.text.NormalizedText;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.dedup.SentenceKeys;
import io.storywatch.text.Language;
import io.storywatch.text.Terms;
import io.storywatch.text.TextNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Decodes, validates and analyses one raw record value: the per-article work that runs in parallel
 * across input partitions. Throws {@link InvalidRecordException} with a reason code for anything that
 * is not a usable article.
 */
public final class ArticleAnalyzer {
    /** Room for the JSON envelope around the body. */
    private static final int ENVELOPE_BYTES = 64 * 1024;
    private final StorywatchConfig config;

    public ArticleAnalyzer(StorywatchConfig config) {
        this.config = config;
    }

    /** @param receivedAt wall-clock time the record was received, carried for the latency metric */
    public AnalyzedArticle analyze(String key, byte[] value, long receivedAt) {
        Article article = decode(value);
        String id = article.id() != null && !article.id().isBlank() ? article.id() : key;
        if (id == null || id.isBlank()) {
            throw new InvalidRecordException(DeadLetterReason.MISSING_ID, "the article has no id and the record no key");
        }
        if (article.body() == null || article.body().isBlank()) {
            throw new InvalidRecordException(DeadLetterReason.MISSING_BODY, "article " + id + " has no body");
        }
        if (article.body().length() * 3L > config.maxBodyBytes()
                && article.body().getBytes(StandardCharsets.UTF_8).length > config.maxBodyBytes()) {
            throw new InvalidRecordException(DeadLetterReason.OVERSIZED, "article " + id + " has a body over the limit of "
                    + config.maxBodyBytes() + " bytes");
        }
        PublishTime published = PublishTime.parse(article.published(), config.defaultZone()).orElse(null);
        NormalizedText text = TextNormalizer.normalize(article.body());
        Fingerprint.Signature signature = Fingerprint.compute(text.text());
        SentenceKeys.Keys sentences = SentenceKeys.compute(text.text());
        return new AnalyzedArticle(id, article.url(), article.outlet(), article.title(), article.published(),
                published == null ? null : published.instant(), published != null && published.dateOnly(),
                contentHash(text.text()), Terms.of(article.title(), text.text()), DeadlineExtractor.extract(text),
                receivedAt, Language.of(article.lang(), text.text()), signature == null ? null : signature.encoded(),
                sentences.keys(), signature == null ? null : signature.shingles(), sentences.narrative());
    }

    private Article decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidRecordException(DeadLetterReason.EMPTY_VALUE, "the record has no value");
        }
        if (value.length > config.maxBodyBytes() + ENVELOPE_BYTES) {
            throw new InvalidRecordException(DeadLetterReason.OVERSIZED, "the record value has " + value.length
                    + " bytes, over the limit of " + (config.maxBodyBytes() + ENVELOPE_BYTES));
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(value);
            if (tree == null || !tree.isObject()) {
                throw new InvalidRecordException(DeadLetterReason.NOT_JSON, "the record value is not a JSON object");
            }
            return Json.MAPPER.treeToValue(tree, Article.class);
        } catch (MismatchedInputException e) {
            throw new InvalidRecordException(DeadLetterReason.WRONG_TYPE, "a field has the wrong type: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(DeadLetterReason.NOT_JSON, "the record value is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidRecordException(DeadLetterReason.NOT_JSON, "the record value cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * SHA-256 of the normalized text with case and runs of white space folded. The text is folded and
     * lower-cased char by char straight into the UTF-8 bytes it hashes, a few kilobytes at a time; the
     * few chars whose lower case depends on their neighbours or takes two chars (capital sigma, dotted
     * capital I, surrogates) send the text through the JDK's {@code toLowerCase}, so both ways give the
     * same bytes.
     */
    static String contentHash(String text) {
        MessageDigest digest = sha256();
        byte[] folded = new byte[CHUNK_BYTES + 4]; // room for a space and one char's three bytes
        int length = 0;
        boolean started = false;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = c < 0x80; // most of a text: its fold from a table, as Character would give it
            if (ascii ? ASCII_FOLD[c] < 0 : Character.isWhitespace(c)) {
                space = started;
                continue;
            }
            if (!ascii && (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c))) {
                digest.reset();
                digest.update(foldedUnicode(text).getBytes(StandardCharsets.UTF_8));
                return hex(digest);
            }
            if (length >= CHUNK_BYTES) {
                digest.update(folded, 0, length);
                length = 0;
            }
            if (space) {
                folded[length++] = ' ';
                space = false;
            }
            started = true;
            char lower = ascii ? (char) ASCII_FOLD[c] : Character.toLowerCase(c);
            if (lower < 0x80) {
                folded[length++] = (byte) lower;
            } else if (lower < 0x800) {
                folded[length++] = (byte) (0xC0 | lower >> 6);
                folded[length++] = (byte) (0x80 | lower & 0x3F);
            } else {
                folded[length++] = (byte) (0xE0 | lower >> 12);
                folded[length++] = (byte) (0x80 | lower >> 6 & 0x3F);
                folded[length++] = (byte) (0x80 | lower & 0x3F);
            }
        }
        digest.update(folded, 0, length);
        return hex(digest);
    }

    private static final int CHUNK_BYTES = 4096;
    /** Each ASCII char lower-cased, or -1 for white space (as {@link Character} has them). */
    private static final byte[] ASCII_FOLD = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_FOLD[c] = Character.isWhitespace(c) ? -1 : (byte) Character.toLowerCase(c);
        }
    }

    private static String foldedUnicode(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = folded.length() > 0;
            } else {
                if (space) {
                    folded.append(' ');
                    space = false;
                }
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The first 16 bytes of the digest, in hex. */
    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
