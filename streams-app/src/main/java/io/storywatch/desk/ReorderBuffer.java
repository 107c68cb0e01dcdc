package io.storywatch.desk;

import io.storywatch.wire.AnalyzedArticle;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Articles waiting for every input partition's clock to pass them, sorted by (timestamp, article id)
 * in a store (keys: {@link ReorderKeys}).
 */
public final class ReorderBuffer {
    private final KeyValueStore<String, AnalyzedArticle> store;

    /** One buffered article; {@link #remove} it before handling it. */
    public record Waiting(String key, long timestamp, AnalyzedArticle article) {
    }

    public ReorderBuffer(KeyValueStore<String, AnalyzedArticle> store) {
        this.store = store;
    }

    /** @param offset the record's offset: two copies of one article at one time each get their own entry */
    public void add(long timestamp, AnalyzedArticle article, long offset) {
        store.put(ReorderKeys.key(timestamp, article.id(), offset), article);
    }

    /** The buffered articles not later than {@code upTo}, in (timestamp, id) order; they stay buffered. */
    public List<Waiting> upTo(long upTo) {
        List<Waiting> ready = new ArrayList<>();
        try (KeyValueIterator<String, AnalyzedArticle> due = store.range(ReorderKeys.LOWEST, ReorderKeys.upperBound(upTo))) {
            while (due.hasNext()) {
                KeyValue<String, AnalyzedArticle> entry = due.next();
                ready.add(new Waiting(entry.key, ReorderKeys.timestamp(entry.key), entry.value));
            }
        }
        return ready;
    }

    public void remove(Waiting waiting) {
        // put null deletes as delete() does, without decoding the whole article only to return it (profiled)
        store.put(waiting.key(), null);
    }
}
