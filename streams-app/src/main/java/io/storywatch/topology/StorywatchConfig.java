package io.storywatch.topology;

import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.StoryMatcher;
import io.storywatch.story.WatchLists;

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
 * @param wallClock       live mode: the deadline watch follows the wall clock, and the desk's reorder buffer
 *                        lets articles out after {@code reorderMaxWait} even when an input partition is quiet
 * @param outletZones     zones of outlets that state times in their own zone (storywatch.outlet.zones =
 *                        {@code bbc.co.uk=Europe/London,thehindu.com=Asia/Kolkata})
 * @param nearDuplicateThreshold estimated Jaccard similarity of word 4-gram shingles from which an article
 *                        is a near copy (wire reprint) of an earlier one
 * @param watchLists      named lists of terms and phrases ({@code storywatch.watch.NAME=a, b, c}); each alert
 *                        names the lists its story matches
 * @param deskPartitions  partitions of the desk ({@code storywatch.desk.partitions}): articles are sharded by
 *                        language ({@link DeskPartitioner}), so each desk task holds the stories of its languages
 * @param deskLanguages   the order in which languages are dealt out to desk partitions
 *                        ({@code storywatch.desk.languages}), the busiest first
 */
public record StorywatchConfig(ZoneId defaultZone, int maxBodyBytes, double storyThreshold, double storySupport,
                               Duration storyWindow,
                               Duration retention, Duration tolerance, List<Duration> approachingThresholds,
                               List<Integer> confirmedAt, boolean wallClock,
                               Duration reorderMaxWait, Map<String, ZoneId> outletZones,
                               double nearDuplicateThreshold, WatchLists watchLists, int deskPartitions,
                               List<String> deskLanguages) {
    public static final String PREFIX = "storywatch.";
    public static final String WALL_CLOCK = PREFIX + "clock.wall";
    /** {@code storywatch.watch.NAME=terms, phrases}: a watch list. */
    public static final String WATCH_PREFIX = PREFIX + "watch.";
    /** The languages {@link io.storywatch.text.Language} tells apart, roughly by the volume of news in each. */
    static final String DEFAULT_DESK_LANGUAGES = "en,es,fr,de,pt,it,nl";


    public static StorywatchConfig defaults() {
        return from(Map.of());
    }

    public static StorywatchConfig from(Map<?, ?> props) {
        return new StorywatchConfig(
                ZoneId.of(get(props, "default.zone", "America/New_York")),
                Integer.parseInt(get(props, "max.body.bytes", Integer.toString(1024 * 1024))),
                Double.parseDouble(get(props, "story.threshold", Double.toString(StoryMatcher.DEFAULT_THRESHOLD))),
                Double.parseDouble(get(props, "story.support", Double.toString(StoryMatcher.DEFAULT_SUPPORT))),
                Duration.parse(get(props, "story.window", StoryMatcher.DEFAULT_WINDOW.toString())),
                Duration.parse(get(props, "retention", Duration.ofDays(30).toString())),
                Duration.parse(get(props, "deadline.tolerance", DeadlineTracker.DEFAULT_TOLERANCE.toString())),
                Arrays.stream(get(props, "deadline.approaching", "PT24H,PT1H").split(","))
                        .map(String::strip).map(Duration::parse).toList(),
                Arrays.stream(get(props, "story.confirmed.at", "2,3,5,10,20,50").split(","))
                        .map(String::strip).map(Integer::parseInt).toList(),
                Boolean.parseBoolean(get(props, "clock.wall", "false")),
                Duration.parse(get(props, "reorder.max.wait", "PT5S")),
                outletZones(get(props, "outlet.zones", "")),
                Double.parseDouble(get(props, "near.duplicate.threshold", "0.5")),
                watchLists(props),
                deskPartitions(get(props, "desk.partitions", "1")),
                Arrays.stream(get(props, "desk.languages", DEFAULT_DESK_LANGUAGES).split(","))
                        .map(String::strip).filter(code -> !code.isEmpty()).toList());
    }

    private static int deskPartitions(String value) {
        int partitions = Integer.parseInt(value.strip());
        if (partitions < 1) {
            throw new IllegalArgumentException("storywatch.desk.partitions: expected 1 or more, got " + partitions);
        }
        return partitions;
    }

    /** The zone an outlet's articles state their times in: its own when configured, else the default. */
    public ZoneId zoneFor(String outlet) {
        return outlet == null ? defaultZone : outletZones.getOrDefault(outlet, defaultZone);
    }

    private static Map<String, ZoneId> outletZones(String spec) {
        Map<String, ZoneId> zones = new java.util.HashMap<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("storywatch.outlet.zones: expected outlet=Zone/Id, got '" + pair + "'");
            }
            zones.put(parts[0].strip(), ZoneId.of(parts[1].strip()));
        }
        return Map.copyOf(zones);
    }

    private static WatchLists watchLists(Map<?, ?> props) {
        Map<String, String> spec = new java.util.TreeMap<>();
        props.forEach((key, value) -> {
            if (key instanceof String name && name.startsWith(WATCH_PREFIX) && name.length() > WATCH_PREFIX.length()) {
                spec.put(name.substring(WATCH_PREFIX.length()), value.toString());
            }
        });
        return WatchLists.of(spec);
    }

    private static String get(Map<?, ?> props, String key, String fallback) {
        Object value = props.get(PREFIX + key);
        return value == null ? fallback : value.toString();
    }
}
