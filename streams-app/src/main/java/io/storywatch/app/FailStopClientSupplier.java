package io.storywatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaClientSupplier;

import java.time.Duration;
import java.util.Map;

/**
 * Kafka's clients, except that a transaction whose commit times out is abandoned, not retried.
 *
 * <p>Why: when the broker is away for longer than {@code max.block.ms}, the commit of an
 * exactly-once transaction times out. Kafka Streams 4.3 then closes the tasks as corrupted and
 * reprocesses their input from the last committed offsets, but first commits the transaction still
 * open on the thread's producer (its "commit the uncorrupted tasks" step, with no offsets when every
 * task was corrupted). That commit is queued until the broker returns, so the records of the failed
 * transaction become visible without their input offsets, and the reprocessing writes them again: we
 * saw 31 duplicated enriched records in one broker-restart run ({@code CrashRecoveryTest}).
 *
 * <p>So the producer closes itself at once (nothing queued is ever sent) and throws
 * {@link TransactionInDoubtException}; {@link StorywatchService} then stops the app, {@code run}
 * exits with status 1, and the broker aborts the open transaction (when the restarted process's
 * producer, with the same transactional id, fences the old one, or else after
 * {@code transaction.timeout.ms}); the input is then processed again exactly once. Outages shorter than the
 * client timeouts never get here; the clients retry and the app carries on.
 */
public final class FailStopClientSupplier implements KafkaClientSupplier {
    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
        return new FailStopProducer(config);
    }

    @Override
    public Admin getAdmin(Map<String, Object> config) {
        return Admin.create(config);
    }

    @Override
    public Consumer<byte[], byte[]> getConsumer(Map<String, Object> config) {
        return consumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getRestoreConsumer(Map<String, Object> config) {
        return consumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getGlobalConsumer(Map<String, Object> config) {
        return consumer(config);
    }

    private static Consumer<byte[], byte[]> consumer(Map<String, Object> config) {
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Thrown instead of a commit's timeout: the transaction's outcome is unknown here and must be left to the broker. */
    public static final class TransactionInDoubtException extends KafkaException {
        TransactionInDoubtException(String step, TimeoutException cause) {
            super("the broker did not answer the " + step + " of an exactly-once transaction in time ("
                    + cause.getMessage() + "); the producer was closed so that the transaction is aborted "
                    + "when the app restarts", cause);
        }
    }

    private static final class FailStopProducer extends KafkaProducer<byte[], byte[]> {
        FailStopProducer(Map<String, Object> config) {
            super(config, new ByteArraySerializer(), new ByteArraySerializer());
        }

        @Override
        public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata group) {
            try {
                super.sendOffsetsToTransaction(offsets, group);
            } catch (TimeoutException e) {
                throw abandon("offset commit", e);
            }
        }

        @Override
        public void commitTransaction() {
            try {
                super.commitTransaction();
            } catch (TimeoutException e) {
                throw abandon("commit", e);
            }
        }

        private TransactionInDoubtException abandon(String step, TimeoutException cause) {
            close(Duration.ZERO);
            return new TransactionInDoubtException(step, cause);
        }
    }
}
