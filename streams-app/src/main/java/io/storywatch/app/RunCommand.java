package io.storywatch.app;

import io.storywatch.producer.ReplayCommand;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import io.storywatch.producer.ConfigOption;
import io.storywatch.producer.Reachability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code storywatch run}: the streams app as a long-running service against a Kafka cluster. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the streams app against a Kafka cluster, serving /metrics and /health, until stopped.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-server", defaultValue = "localhost:9092", description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Mixin
    ConfigOption config;

    @Option(names = "--state-dir", defaultValue = "/tmp/storywatch-state", description = "Local state folder (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Mixin
    MetricsOptions metrics;


    @Option(names = "--feed-clock",
            description = "Follow only the feed's clock (replays with ticks) instead of the wall clock (live, the default).")
    boolean feedClock;

    @Option(names = "--create-topics", description = "Create the storywatch topics if they are missing.")
    boolean createTopics;

    @Override
    public Integer call() throws Exception {
        Properties overrides = config.load();
        Properties client = new Properties();
        client.putAll(overrides);
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (!Reachability.answers("run", client)) {
            return 2;
        }
        if (createTopics) {
            try (Admin admin = Admin.create(client)) {
                TopicSetup.ensureTopics(admin, Short.parseShort(overrides.getProperty("replication.factor", "1")));
            }
        }
        overrides.putIfAbsent(io.storywatch.topology.StorywatchConfig.WALL_CLOCK, Boolean.toString(!feedClock));
        CountDownLatch stopped = new CountDownLatch(1);
        StorywatchService started;
        try {
            started = new StorywatchService(bootstrapServers, stateDir, overrides, metrics.socketAddress(8080));
        } catch (IOException e) {
            // wrong credentials, TLS trust, an unknown host: one clear line, no stack trace, exit at once
            System.err.println("storywatch run: cannot start against " + bootstrapServers + ": " + e.getMessage());
            return 2;
        }
        try (StorywatchService service = started) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.close();
                stopped.countDown();
            }, "storywatch-stop"));
            service.start();
            System.err.printf("storywatch: running as %s against %s; metrics at http://%s:%d/metrics%n",
                    service.applicationId(), bootstrapServers, metrics.address, service.metricsAddress().getPort());
            while (!stopped.await(1, TimeUnit.SECONDS)) {
                if (service.failed()) {
                    System.err.println("storywatch run: the streams app stopped on a fatal error (see the log above); "
                            + "exiting with status 1 for the supervisor to restart it");
                    return 1;
                }
            }
        }
        return 0;
    }
}
