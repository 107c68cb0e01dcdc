package io.storywatch.desk;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedTimeTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final Duration RETENTION = Duration.ofDays(30);
    private final KeyValueStore<String, Long> clocks = new InMemoryStores().keyValue("clocks", Serdes.Long());

    @Test
    void theWatermarkIsTheSlowestPartitionOnceEveryPartitionHasReported() {
        FeedTime time = new FeedTime(clocks, 3, RETENTION, 0);
        time.observe(0, 500);
        time.observe(1, 300);
        assertEquals(Long.MIN_VALUE, time.watermark(), "partition 2 has not reported");
        time.observe(2, 400);
        assertEquals(300, time.watermark());
        assertEquals(500, time.latest());
        time.observe(1, 200);
        assertEquals(300, time.watermark(), "a partition's clock never goes back");
        time.observe(7, 900);
        assertEquals(500, time.latest(), "an unknown partition is ignored");
    }

    @Test
    void aRestartedDeskReadsThePartitionClocksFromTheStore() {
        new FeedTime(clocks, 2, RETENTION, 0).observe(0, 100);
        FeedTime restarted = new FeedTime(clocks, 2, RETENTION, 0);
        restarted.observe(1, 50);
        assertEquals(50, restarted.watermark());
    }

    @Test
    void feedTimeOnlyMovesOnAndTheHorizonMovesOnceAnHour() {
        FeedTime time = new FeedTime(clocks, 1, RETENTION, 0);
        long t = 1_800_000_000_000L;
        DeskInput.Tick first = time.advanceTo(t).orElseThrow();
        assertEquals(t - RETENTION.toMillis(), first.horizon(), "the first move sweeps");
        assertEquals(Optional.empty(), time.advanceTo(t), "not later: no tick");
        assertEquals(Optional.empty(), time.advanceTo(t - 1));
        assertEquals(first.horizon(), time.advanceTo(t + HOUR - 1).orElseThrow().horizon(), "within the hour");
        assertEquals(t + HOUR - RETENTION.toMillis(), time.advanceTo(t + HOUR).orElseThrow().horizon());
        assertEquals(t + HOUR, time.now());
    }

    @Test
    void liveModeKnowsHowLongSinceTheLastOrderedRelease() {
        FeedTime time = new FeedTime(clocks, 2, RETENTION, 1_000);
        assertFalse(time.waitedLongerThan(Duration.ofSeconds(5), 5_999));
        assertTrue(time.waitedLongerThan(Duration.ofSeconds(5), 6_000));
        time.releasedInOrder(6_000);
        assertFalse(time.waitedLongerThan(Duration.ofSeconds(5), 6_000));
    }
}
