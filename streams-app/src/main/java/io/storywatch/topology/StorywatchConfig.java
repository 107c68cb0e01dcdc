package io.storywatch.topology;

import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.StoryDesk;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The domain settings of the topology, read from {@code storywatch.*} properties (see README,
 * "Configuration"). Kafka's own settings are not here.
 *
 * @param defaultZone     zone of deadlines stated without one, and of date-only publish times
 * @param maxBodyBytes    larger bodies are dead-lettered, never truncated
 * @param retention       how long the desk remembers articles and quiet stories (bounds the stores)
 * @param wallClock       the deadline watch follows the wall clock (live) rather than only the feed's clock
 */
public record StorywatchConfig(ZoneId defaultZone, int maxBodyBytes, double storyThreshold, Duration storyWindow,
                               Duration retention, Duration tolerance, List<Duration> approachingThresholds,
                               List<Integer> confirmedAt, boolean wallClock) {

    public static final String PREFIX = "storywatch.";

    public static StorywatchConfig defaults() {
        return from(Map.of());
    }

    public static StorywatchConfig from(Map<?, ?> props) {
        return new StorywatchConfig(
                ZoneId.of(get(props, "default.zone", "America/New_York")),
                Integer.parseInt(get(props, "max.body.bytes", Integer.toString(1024 * 1024))),
                Double.parseDouble(get(props, "story.threshold", Double.toString(StoryDesk.DEFAULT_THRESHOLD))),
                Duration.parse(get(props, "story.window", StoryDesk.DEFAULT_WINDOW.toString())),
                Duration.parse(get(props, "retention", Duration.ofDays(30).toString())),
                Duration.parse(get(props, "deadline.tolerance", DeadlineTracker.DEFAULT_TOLERANCE.toString())),
                Arrays.stream(get(props, "deadline.approaching", "PT24H,PT1H").split(","))
                        .map(String::strip).map(Duration::parse).toList(),
                Arrays.stream(get(props, "story.confirmed.at", "2,3,5,10,20,50").split(","))
                        .map(String::strip).map(Integer::parseInt).toList(),
                Boolean.parseBoolean(get(props, "clock.wall", "false")));
    }

    private static String get(Map<?, ?> props, String key, String fallback) {
        Object value = props.get(PREFIX + key);
        return value == null ? fallback : value.toString();
    }
}
