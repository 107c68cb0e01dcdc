package io.storywatch.app;

import io.storywatch.producer.ReplayCommand;
import io.storywatch.producer.ConfigOption;
import io.storywatch.producer.Reachability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code storywatch tail}: prints alerts from news.alerts as readable lines, on any broker. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print alerts from news.alerts as they arrive (committed transactions only).")
public final class TailCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-server", defaultValue = "localhost:9092", description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--from-beginning", description = "Start with the oldest alert instead of new ones only.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each alert's raw JSON.")
    boolean json;

    @Option(names = "--idle-exit", converter = ReplayCommand.DurationConverter.class,
            description = "Exit after this long without a new alert (e.g. 10s); default: run until Ctrl-C.")
    Duration idleExit;

    @Option(names = "--watch", description = "Only alerts whose story matches this watch list (storywatch.watch.NAME).")
    String watch;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        Properties props = config.load();
        props.put("bootstrap.servers", bootstrapServers);
        if (!Reachability.answers("tail", props)) {
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AlertTail tail = new AlertTail(props, fromBeginning)) {
            Runtime.getRuntime().addShutdownHook(new Thread(tail::stop));
            long lastSeen = System.nanoTime();
            while (idleExit == null || System.nanoTime() - lastSeen < idleExit.toNanos()) {
                int n = tail.pollOnce(Duration.ofMillis(200), record -> {
                    if (watch == null || AlertLines.watches(record.value()).contains(watch)) {
                        out.println(json ? record.value() : AlertLines.format(record.value()));
                    }
                });
                if (n > 0) {
                    lastSeen = System.nanoTime();
                }
            }
        }
        return 0;
    }
}
