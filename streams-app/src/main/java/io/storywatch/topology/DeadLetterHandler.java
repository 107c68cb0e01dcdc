package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends a record that fails processing to Kafka's built-in dead-letter topic
 * ({@code errors.dead.letter.queue.topic.name}) and carries on. Kafka's handler writes the original
 * bytes with the standard {@code __streams.errors.*} headers; this one adds
 * {@value #REASON_HEADER} (a short code such as {@code not-json}) and counts the reason.
 */
public class DeadLetterHandler extends LogAndContinueProcessingExceptionHandler {
    public static final String REASON_HEADER = "storywatch.dlq.reason";
    /** Config key under which the app passes its {@link StorywatchMetrics} to the handler. */
    public static final String METRICS_CONFIG = "storywatch.metrics";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private StorywatchMetrics metrics = new StorywatchMetrics(new SimpleMeterRegistry());

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        if (configs.get(METRICS_CONFIG) instanceof StorywatchMetrics passed) {
            metrics = passed;
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        DeadLetterReason reason = reasonOf(exception);
        metrics.rejected(reason);
        LOG.warn("dead-lettered {}-{}@{} ({}): {}", context.topic(), context.partition(), context.offset(), reason.code(),
                exception.getMessage());
        Response response = super.handleError(context, record, exception);
        for (ProducerRecord<byte[], byte[]> dead : response.deadLetterQueueRecords()) {
            dead.headers().add(REASON_HEADER, reason.code().getBytes(StandardCharsets.UTF_8));
        }
        return response;
    }

    static DeadLetterReason reasonOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof InvalidRecordException invalid) {
                return invalid.reason();
            }
        }
        return DeadLetterReason.PROCESSING_ERROR;
    }
}
