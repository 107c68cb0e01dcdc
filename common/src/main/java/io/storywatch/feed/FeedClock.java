package io.storywatch.feed;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The feed's simulated clock on the wire. A replay sends a tick (empty value, this header, record
 * timestamp = simulated now) to every partition of {@code news.articles}, so that stream time moves
 * on between articles and after the last one, and deadline alerts fire in simulated time.
 */
public final class FeedClock {
    public static final String TICK_HEADER = "storywatch.clock";
    public static final byte[] TICK_VALUE = "tick".getBytes(StandardCharsets.UTF_8);
    /** Simulated spacing of the tail's ticks in a backtest (a live replay ticks on real time). */
    public static final Duration BACKTEST_TICK = Duration.ofMinutes(15);

    private FeedClock() {
    }

    public static boolean isTick(Headers headers) {
        if (headers == null) {
            return false;
        }
        Header header = headers.lastHeader(TICK_HEADER);
        return header != null && java.util.Arrays.equals(header.value(), TICK_VALUE);
    }
}
