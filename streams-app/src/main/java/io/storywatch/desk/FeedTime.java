package io.storywatch.desk;

import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.Optional;

/**
 * The one owner of the desk's time. Articles reach the desk from several input partitions, each
 * with its own clock: the latest timestamp seen from it, ticks of the feed's clock included (kept
 * in a store, so a restarted desk knows them). The watermark is the slowest partition's clock: no
 * article later than it can still be on its way, so the desk may handle everything up to it.
 * Feed time is the desk's own clock: the latest time it has released, never going back. Live mode's
 * wall clock enters here too ({@link #advanceTo} with the wall time), and so does the retention
 * horizon: once a feed hour, everything dated more than the retention before now is forgotten.
 */
public final class FeedTime {
    /** How often (in feed time) the horizon moves on, and the stores forget what fell behind it. */
    public static final long SWEEP_EVERY = Duration.ofHours(1).toMillis();

    private final KeyValueStore<String, Long> partitionClocks;
    /** In-memory copy of {@link #partitionClocks}, one per input partition. */
    private final long[] clocks;
    private final long retentionMillis;
    private long now = Long.MIN_VALUE;
    private long lastSweep = Long.MIN_VALUE;
    /** Wall-clock time of the last release in feed order. */
    private long lastOrderedRelease;

    public FeedTime(KeyValueStore<String, Long> partitionClocks, int inputPartitions, Duration retention, long wallNow) {
        this.partitionClocks = partitionClocks;
        this.clocks = new long[inputPartitions];
        this.retentionMillis = retention.toMillis();
        for (int p = 0; p < clocks.length; p++) {
            Long seen = partitionClocks.get(Integer.toString(p));
            clocks[p] = seen == null ? Long.MIN_VALUE : seen;
        }
        this.lastOrderedRelease = wallNow;
    }

    /** Input partition {@code partition} has reached {@code timestamp} (an unknown partition is ignored). */
    public void observe(int partition, long timestamp) {
        if (partition >= 0 && partition < clocks.length && timestamp > clocks[partition]) {
            clocks[partition] = timestamp;
            partitionClocks.put(Integer.toString(partition), timestamp);
        }
    }

    /** The time every input partition has reached, or {@link Long#MIN_VALUE} while one has not reported. */
    public long watermark() {
        long watermark = Long.MAX_VALUE;
        for (long c : clocks) {
            watermark = Math.min(watermark, c);
        }
        return watermark;
    }

    /** The time the most advanced input partition has reached, or {@link Long#MIN_VALUE}. */
    public long latest() {
        long latest = Long.MIN_VALUE;
        for (long c : clocks) {
            latest = Math.max(latest, c);
        }
        return latest;
    }

    /** Articles were let out in feed order at wall-clock time {@code wallNow}. */
    public void releasedInOrder(long wallNow) {
        lastOrderedRelease = wallNow;
    }

    /** Live mode: true when no ordered release has happened for {@code maxWait} (a quiet input partition). */
    public boolean waitedLongerThan(Duration maxWait, long wallNow) {
        return wallNow - lastOrderedRelease >= maxWait.toMillis();
    }

    /**
     * Moves feed time on to {@code time}: the tick the desk's later stages see, or empty when
     * {@code time} is not later than feed time already is.
     */
    public Optional<DeskInput.Tick> advanceTo(long time) {
        if (time <= now) {
            return Optional.empty();
        }
        now = time;
        if (time - SWEEP_EVERY >= lastSweep) { // not time - lastSweep: lastSweep starts at Long.MIN_VALUE
            lastSweep = time;
        }
        return Optional.of(new DeskInput.Tick(time, horizon()));
    }

    /** Feed time: the latest time released to the desk, {@link Long#MIN_VALUE} before the first. */
    public long now() {
        return now;
    }

    /** What is dated before this is forgotten; {@link Long#MIN_VALUE} before the first sweep. */
    public long horizon() {
        return lastSweep == Long.MIN_VALUE ? Long.MIN_VALUE : lastSweep - retentionMillis;
    }
}
