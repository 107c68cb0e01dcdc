package io.storywatch.topology;

import io.storywatch.feed.FeedClock;
import io.storywatch.story.AnalyzedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stage 1-2: decode + validate + analyse each record. A clock tick passes on with a null value, so
 * that the desk sees the feed's time move; a bad record throws and the handler dead-letters it.
 */
final class AnalyzeProcessor implements FixedKeyProcessor<String, byte[], AnalyzedArticle> {
    private final ArticleAnalyzer analyzer;
    private FixedKeyProcessorContext<String, AnalyzedArticle> context;

    AnalyzeProcessor(StorywatchConfig config) {
        this.analyzer = new ArticleAnalyzer(config);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, AnalyzedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        if (FeedClock.isTick(record.headers())) {
            context.forward(record.withValue(null));
            return;
        }
        context.forward(record.withValue(analyzer.analyze(record.key(), record.value())));
    }
}
