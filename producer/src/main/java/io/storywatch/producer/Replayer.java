package io.storywatch.producer;

import io.storywatch.Topics;
import io.storywatch.feed.FeedClock;
import io.storywatch.feed.ReplayPlan;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes a {@link ReplayPlan} to {@code news.articles} as a simulated live feed. The simulated
 * clock starts at the first article and runs {@code speed} times faster than real time (speed 0:
 * as fast as possible). While it waits for the next article, and for a tail after the last one, it
 * sends a clock tick to every partition, so that every stream task sees the feed's time move.
 */
public final class Replayer implements AutoCloseable {
    /** Key of tick records; any key works, a fixed one keeps them together in logs. */
    public static final String TICK_KEY = "~clock";
    /** Real time between ticks while waiting. */
    private static final Duration TICK_EVERY = Duration.ofMillis(200);

    private final Producer<String, byte[]> producer;
    private final double speed;
    private final Duration tail;
    private final boolean progress;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private int partitions;

    /** One replay's counts. */
    public record Summary(int articles, long ticks, long simulatedStart, long simulatedEnd) {
    }

    public Replayer(Properties clientProps, double speed, Duration tail, boolean progress) {
        Properties props = new Properties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.putAll(clientProps);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.speed = speed;
        this.tail = tail;
        this.progress = progress;
    }

    public Summary replay(ReplayPlan plan) throws InterruptedException {
        partitions = producer.partitionsFor(Topics.ARTICLES).size();
        long simStart = plan.firstTimestamp();
        long simEnd = plan.lastTimestamp() + tail.toMillis();
        long realStart = System.nanoTime();
        long ticks = 0;
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("replay")
                .setInitialMax(plan.records().size()).setStyle(ProgressBarStyle.ASCII).build() : null) {
            for (ReplayPlan.Planned record : plan.records()) {
                ticks += waitUntil(record.timestamp(), simStart, realStart);
                send(new ProducerRecord<>(Topics.ARTICLES, null, record.timestamp(), record.key(), record.value()));
                if (bar != null) {
                    bar.step();
                }
            }
            if (bar != null) {
                bar.setExtraMessage("tail");
            }
            ticks += waitUntil(simEnd, simStart, realStart);
            if (speed <= 0) {
                for (long t = plan.lastTimestamp(); t < simEnd; t += FeedClock.BACKTEST_TICK.toMillis()) {
                    tick(t);
                    ticks++;
                }
            }
            tick(simEnd);
            ticks++;
        }
        flush();
        return new Summary(plan.records().size(), ticks, simStart, simEnd);
    }

    /**
     * Sleeps until the simulated clock reaches {@code target}, ticking on the way; returns the ticks sent.
     * The ticks stay before {@code target}: the desk lets an article out once every partition's clock has
     * reached its time, so a tick at the time of articles not yet sent would let the first of them out
     * before the others (in whatever order the partitions' records arrived), where a backtest takes them
     * in id order.
     */
    private long waitUntil(long target, long simStart, long realStart) throws InterruptedException {
        if (speed <= 0) {
            return 0;
        }
        long ticks = 0;
        while (true) {
            long now = simNow(simStart, realStart);
            if (now >= target) {
                return ticks;
            }
            long realLeftMs = (long) Math.ceil((target - now) / speed);
            Thread.sleep(Math.max(1, Math.min(realLeftMs, TICK_EVERY.toMillis())));
            tick(Math.min(target - 1, simNow(simStart, realStart)));
            ticks++;
        }
    }

    private long simNow(long simStart, long realStart) {
        double realMs = (System.nanoTime() - realStart) / 1e6;
        return simStart + (long) (realMs * speed);
    }

    private void tick(long at) {
        for (int p = 0; p < partitions; p++) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(FeedClock.TICK_HEADER, FeedClock.TICK_VALUE);
            send(new ProducerRecord<>(Topics.ARTICLES, p, at, TICK_KEY, null, headers));
        }
    }

    private void send(ProducerRecord<String, byte[]> record) {
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
        });
        throwIfFailed();
    }

    private void flush() {
        producer.flush();
        throwIfFailed();
    }

    private void throwIfFailed() {
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("publishing to " + Topics.ARTICLES + " failed: " + error.getMessage(), error);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
