package io.storywatch.producer;

import io.storywatch.feed.Durations;
import io.storywatch.feed.FeedEntry;
import io.storywatch.feed.FeedException;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.feed.SyntheticFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code storywatch replay}: publishes seeds or a JSON Lines feed as a simulated live feed. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish articles to news.articles in publish order on a simulated clock.",
                "Reads a seeds folder (*.txt, *.md) and JSON Lines files (*.jsonl). The feed is parsed whole",
                "before anything is sent: a file it cannot read stops the replay with its name and line."})
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-server", defaultValue = "localhost:9092", description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--input", defaultValue = "seeds", description = "A seeds folder or a JSON Lines file (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--synthetic", paramLabel = "N",
            description = "Replay N articles of a generated feed instead of --input (see the synthetic command).")
    Integer synthetic;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the --synthetic feed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", defaultValue = "3600",
            description = "Simulated seconds per real second; 3600 = an hour a second, 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--tail", defaultValue = "7d", converter = DurationConverter.class,
            description = "How long the clock keeps ticking after the last article (default: ${DEFAULT-VALUE}).")
    java.time.Duration tail;

    @Option(names = "--zone", defaultValue = "America/New_York",
            description = "Zone of publish dates given without a time (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Mixin
    ConfigOption config;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr; --no-progress turns it off (default: on).")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        ReplayPlan plan;
        try {
            plan = ReplayPlan.of(synthetic != null ? syntheticEntries(seed, synthetic) : FeedReader.read(input, true),
                    zone, Instant.now());
        } catch (FeedException e) {
            System.err.println("storywatch replay: " + e.getMessage());
            return 2;
        }
        Properties props = config.load();
        props.put("bootstrap.servers", bootstrapServers);
        if (!Reachability.answers("replay", props)) {
            return 2;
        }
        try (Replayer replayer = new Replayer(props, speed, tail, progress)) {
            Replayer.Summary summary = replayer.replay(plan);
            System.err.printf("replayed %d articles from %s to %s (simulated), %d clock ticks%n", summary.articles(),
                    Instant.ofEpochMilli(summary.simulatedStart()), Instant.ofEpochMilli(summary.simulatedEnd()),
                    summary.ticks());
        }
        return 0;
    }

    /** A synthetic feed as feed entries; the values carry the gold labels, which the app ignores. */
    public static List<FeedEntry> syntheticEntries(long seed, int articles) {
        return syntheticEntries(seed, articles, List.of("en"));
    }

    /** The same, each story told in one of {@code languages}. */
    public static List<FeedEntry> syntheticEntries(long seed, int articles, List<String> languages) {
        List<FeedEntry> entries = new ArrayList<>(articles);
        SyntheticFeed feed = new SyntheticFeed(seed, articles, SyntheticFeed.DEFAULT_START, languages);
        for (int i = 1; feed.hasNext(); i++) {
            SyntheticFeed.Item item = feed.next();
            entries.add(new FeedEntry("synthetic:" + i, item.article(),
                    item.jsonLine().getBytes(StandardCharsets.UTF_8), null));
        }
        return entries;
    }

    /** picocli converter for "7d", "12h", "PT1H". */
    public static final class DurationConverter implements picocli.CommandLine.ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
            return Durations.parse(value);
        }
    }
}
