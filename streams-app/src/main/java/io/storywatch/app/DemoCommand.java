package io.storywatch.app;

import io.storywatch.Topics;
import io.storywatch.feed.FeedException;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.producer.ReplayCommand;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.StorywatchConfig;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import io.storywatch.producer.ConfigOption;
import io.storywatch.producer.Reachability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code storywatch demo}: the whole pipeline on one machine. Starts a local KRaft broker (unless
 * {@code --bootstrap-server} names one), creates the topics, starts the streams app, replays the
 * feed, prints each alert as it arrives, and exits once the replay's alerts are all out.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Replay the seeds through a real Kafka broker and the streams app; print alerts as they arrive.",
                "Without --bootstrap-server it starts a single-node KRaft broker of its own and stops it at the end."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-server", description = "Use this Kafka cluster instead of starting a local broker.")
    String bootstrapServers;

    @Option(names = "--input", defaultValue = "seeds", description = "Seeds folder or JSON Lines feed (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--speed", defaultValue = "43200",
            description = "Simulated seconds per real second (default: ${DEFAULT-VALUE}, half a day a second).")
    double speed;

    @Option(names = "--tail", defaultValue = "7d", converter = ReplayCommand.DurationConverter.class,
            description = "How long the feed's clock ticks after the last article (default: ${DEFAULT-VALUE}).")
    Duration tail;

    @Option(names = "--follow", description = "Keep running after the replay, serving metrics, until Ctrl-C.")
    boolean follow;

    @Mixin
    MetricsOptions metrics;


    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "Print alerts as raw JSON instead of readable lines.")
    boolean json;

    @Option(names = "--verbose", description = "Show Kafka's own log lines (warnings while the broker starts, and so on).")
    boolean verbose;

    /** The demo's own settings (its watch lists), read when no --config is given. */
    static final Path DEFAULT_CONFIG = Path.of("config", "demo.properties");

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    /** Counted down when the demo has closed everything, so a Ctrl-C hook can wait for a clean stop. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        Properties overrides = config.loadOr(DEFAULT_CONFIG);
        ReplayPlan plan;
        try {
            plan = ReplayPlan.of(FeedReader.read(input, true), StorywatchConfig.from(overrides).defaultZone(), Instant.now());
        } catch (FeedException e) {
            System.err.println("storywatch demo: " + e.getMessage());
            return 2;
        }
        if (!verbose) {
            Reachability.quietKafkaLogs(); // the broker starting, topics being created: nothing a demo needs to show
        }
        if (bootstrapServers != null) {
            Properties client = new Properties();
            client.putAll(overrides);
            client.put("bootstrap.servers", bootstrapServers);
            if (!Reachability.answers("demo", client)) {
                return 2;
            }
        }
        Path work = Files.createTempDirectory("storywatch-demo");
        try (DemoCluster cluster = DemoCluster.start(bootstrapServers, work)) {
            run(cluster, overrides, plan, work);
            return 0;
        } finally {
            LocalBroker.deleteTree(work);
            closed.countDown();
        }
    }

    /** Topics, the app, the printer, the replay; then waits until the app has handled it all. */
    private void run(DemoCluster cluster, Properties overrides, ReplayPlan plan, Path work) throws Exception {
        Properties client = cluster.clientProperties(overrides);
        try (Admin admin = Admin.create(client)) {
            TopicSetup.ensureTopics(admin, (short) 1);
            try (StorywatchService service = startApp(cluster, overrides, work);
                 AlertPrinter printer = new AlertPrinter(client, json, out)) {
                status("replaying %d articles at %.0fx, then %s of clock", plan.records().size(), speed, tail);
                try (Replayer replayer = new Replayer(client, speed, tail, false)) {
                    replayer.replay(plan);
                }
                awaitHandled(admin, service);
                status("replay done: %d alerts", printer.finish(admin));
                if (follow) {
                    status("following: metrics at http://%s:%d/metrics; Ctrl-C to stop", metrics.address,
                            service.metricsAddress().getPort());
                    awaitCtrlC();
                }
            }
        }
    }

    private StorywatchService startApp(DemoCluster cluster, Properties overrides, Path work) throws Exception {
        Properties streams = new Properties();
        streams.putAll(overrides);
        streams.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "storywatch-demo-" + UUID.randomUUID().toString().substring(0, 8));
        streams.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        StorywatchService service = new StorywatchService(cluster.bootstrapServers(), work.resolve("state"), streams,
                metrics.socketAddress(0));
        try {
            service.start();
            service.awaitRunning(Duration.ofSeconds(60));
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
        status("streams app %s running; metrics at http://%s:%d/metrics", service.applicationId(), metrics.address,
                service.metricsAddress().getPort());
        return service;
    }

    /** Waits until the app has consumed every input partition and the desk's topic to its end. */
    private static void awaitHandled(Admin admin, StorywatchService service) throws Exception {
        List<TopicPartition> inputs = new ArrayList<>();
        for (int p = 0; p < TopicSetup.PARTITIONS; p++) {
            inputs.add(new TopicPartition(Topics.ARTICLES, p));
        }
        inputs.add(new TopicPartition(service.applicationId() + "-" + StorywatchTopology.DESK_REPARTITION + "-repartition", 0));
        Progress.awaitConsumed(admin, service.applicationId(), inputs, Duration.ofSeconds(120));
    }

    /** Returns on Ctrl-C (SIGINT/SIGTERM); the hook then waits for the demo to close everything. */
    private void awaitCtrlC() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                closed.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "demo-stop"));
        stop.await();
    }

    static void status(String format, Object... args) {
        System.err.println("storywatch: " + String.format(format, args));
    }
}
