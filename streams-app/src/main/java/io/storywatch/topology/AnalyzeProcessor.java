package io.storywatch.topology;

import io.storywatch.feed.FeedClock;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskRecord;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.ByteBuffer;

/**
 * Stage 1-2: decode + validate + analyse each record. A clock tick passes on as a {@link DeskRecord.Tick},
 * so that the desk sees the feed's time move; a bad record throws and the handler dead-letters it.
 * Every record leaves with its input partition in a header: the desk keeps one clock per input
 * partition to put articles back in feed order.
 */
final class AnalyzeProcessor implements FixedKeyProcessor<String, byte[], DeskRecord> {
    static final String SOURCE_PARTITION_HEADER = "storywatch.source.partition";
    private static final DeskRecord.Tick TICK = new DeskRecord.Tick();
    private final ArticleAnalyzer analyzer;
    private FixedKeyProcessorContext<String, DeskRecord> context;

    AnalyzeProcessor(StorywatchConfig config) {
        this.analyzer = new ArticleAnalyzer(config);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DeskRecord> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        int partition = context.recordMetadata().map(m -> m.partition()).orElse(0);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(SOURCE_PARTITION_HEADER);
        headers.add(SOURCE_PARTITION_HEADER, ByteBuffer.allocate(4).putInt(partition).array());
        if (FeedClock.isTick(record.headers())) {
            context.forward(record.withValue((DeskRecord) TICK).withHeaders(headers));
            return;
        }
        AnalyzedArticle analyzed = analyzer.analyze(record.key(), record.value(), context.currentSystemTimeMs());
        context.forward(record.withValue((DeskRecord) new DeskRecord.Article(analyzed)).withHeaders(headers));
    }

    static int sourcePartition(org.apache.kafka.common.header.Headers headers) {
        var header = headers.lastHeader(SOURCE_PARTITION_HEADER);
        return header == null || header.value().length != 4 ? 0 : ByteBuffer.wrap(header.value()).getInt();
    }
}
