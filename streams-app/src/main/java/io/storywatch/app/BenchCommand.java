package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.Topics;
import io.storywatch.wire.AlertType;
import io.storywatch.feed.FeedEntry;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.feed.SyntheticFeed;
import io.storywatch.json.Json;
import io.storywatch.producer.ReplayCommand;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.StorywatchConfig;
import io.storywatch.topology.StorywatchMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import io.storywatch.producer.ConfigOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code storywatch bench}: on one local broker, the same synthetic articles through a pass-through
 * Kafka Streams app (same serdes, partitions and exactly_once_v2) and through storywatch; then
 * storywatch's event-to-alert latency at a fixed offered rate, live (wall clock). Prints the machine,
 * each figure, and last the throughput ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmark on a local broker: pass-through vs storywatch throughput on the same",
                "synthetic articles, then storywatch's event-to-alert latency at a fixed offered rate."})
public final class BenchCommand implements Callable<Integer> {
    static final String PASS_THROUGH_OUTPUT = "bench.pass-through";
    private static final String PASS_THROUGH_WARMUP_OUTPUT = "bench.pass-through.warmup";
    /** Alerts an article raises as it is processed; approaching/passed come from the clock instead. */
    private static final Set<AlertType> ARTICLE_ALERTS = EnumSet.of(AlertType.NEW_STORY, AlertType.STORY_CONFIRMED,
            AlertType.DEADLINE_DETECTED, AlertType.DEADLINE_REVISED);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(4);

    @Option(names = "--articles", defaultValue = "20000", description = "Articles for the throughput runs (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic feed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", defaultValue = "1000", description = "Offered articles per second for the latency run (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--languages", split = ",", defaultValue = "en",
            description = {"Languages of the synthetic stories (default: ${DEFAULT-VALUE}); with storywatch.desk.partitions",
                    "in --config, the desk splits by them."})
    List<String> languages;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup", defaultValue = "4000",
            description = {"Articles of another synthetic feed run through storywatch in-process (no broker) before the",
                    "timed runs, and a pass-through run before the timed one, so that both are timed with their code",
                    "compiled; 0 times both from a cold start (default: ${DEFAULT-VALUE})."})
    int warmup;

    @Mixin
    ConfigOption config;

    /** The local broker's process, whose CPU each timed run reports. */
    private ProcessHandle brokerProcess;

    @Override
    public Integer call() throws Exception {
        System.out.println(machine());
        Path work = Files.createTempDirectory("storywatch-bench");
        try (LocalBroker broker = LocalBroker.start(work.resolve("broker"))) {
            brokerProcess = ProcessHandle.of(broker.pid()).orElse(null);
            Properties client = new Properties();
            client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicSetup.ensureTopics(admin, (short) 1);
                admin.createTopics(Stream.of(PASS_THROUGH_OUTPUT, PASS_THROUGH_WARMUP_OUTPUT)
                        .map(topic -> new NewTopic(topic, TopicSetup.PARTITIONS, (short) 1).configs(TopicSetup.CONFIGS))
                        .toList()).all().get();
            }
            Properties settings = config.load();
            System.out.printf("storywatch settings: %s stream thread(s), %s desk partition(s)%n",
                    settings.getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1"),
                    settings.getProperty("storywatch.desk.partitions", "1"));
            loadFeed(client);
            warmUp(client, work);
            double passThrough = passThrough(client, work, "bench-pass-through", PASS_THROUGH_OUTPUT, true);
            double storywatch = storywatch(client, work);
            latency(client, work);
            System.out.printf("storywatch/pass-through throughput ratio: %.3f%n", storywatch / passThrough);
        } finally {
            LocalBroker.deleteTree(work);
        }
        return 0;
    }

    private static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format("machine: %d cores, %.1f GiB memory, %s %s, max heap %d MiB; broker: Kafka %s (KRaft, one node, local)",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (double) (1L << 30),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, org.apache.kafka.common.utils.AppInfoParser.getVersion());
    }

    /** Generates the feed and publishes it to news.articles with its publish times, then the clock's tail. */
    private void loadFeed(Properties client) throws InterruptedException {
        long started = System.nanoTime();
        List<FeedEntry> entries = ReplayCommand.syntheticEntries(seed, articles, languages);
        double generateSeconds = seconds(started);
        long bytes = entries.stream().mapToLong(e -> e.value().length).sum();
        ReplayPlan plan = ReplayPlan.of(entries, StorywatchConfig.defaults().defaultZone(), SyntheticFeed.DEFAULT_START);
        started = System.nanoTime();
        try (Replayer replayer = new Replayer(client, 0, Duration.ofHours(1), false)) {
            replayer.replay(plan);
        }
        System.out.printf("feed: %d synthetic articles (seed %d, languages %s), %.1f MB, %.1f KB average; generated at "
                        + "%.0f articles/s, published at %.0f articles/s%n", articles, seed, String.join(",", languages),
                bytes / 1e6, bytes / 1e3 / articles, articles / generateSeconds, articles / seconds(started));
    }

    /**
     * Before the timed runs, the code of both apps runs until the JIT has compiled it, as in any long-lived
     * service: storywatch's topology on another synthetic feed in-process (TopologyTestDriver: the same
     * processors, stores and serdes, no broker), and the pass-through app over the benchmark's records
     * into a topic of its own. Timed cold, storywatch shared the machine's two cores with the compiler
     * for its whole run (C2 took about 40% of a core throughout, profiled). Warmed up, it still does
     * for much of the timed run: the code is large and the feed keeps reaching new branches, so C2
     * keeps recompiling (a longer warm-up, or one through the broker, did not stop it). The CPU line
     * of each run says how much.
     */
    private void warmUp(Properties client, Path work) throws Exception {
        if (warmup <= 0) {
            System.out.println("warm-up: none (both apps timed from a cold start)");
            return;
        }
        long started = System.nanoTime();
        ReplayPlan plan = ReplayPlan.of(ReplayCommand.syntheticEntries(seed + 1, warmup, languages),
                StorywatchConfig.defaults().defaultZone(), SyntheticFeed.DEFAULT_START);
        try (Backtest backtest = new Backtest(settings("bench-warmup"))) {
            for (ReplayPlan.Planned record : plan.records()) {
                backtest.pipe(record.key(), record.value(), record.timestamp());
            }
        }
        double storywatchSeconds = seconds(started);
        started = System.nanoTime();
        passThrough(client, work, "bench-pass-through-warmup", PASS_THROUGH_WARMUP_OUTPUT, false);
        System.out.printf("warm-up: %d synthetic articles (seed %d) through storywatch in-process in %.1f s, the pass-through "
                + "over the feed in %.1f s (untimed; --warmup 0 for cold starts)%n", warmup, seed + 1, storywatchSeconds, seconds(started));
    }

    /** (a) news.articles straight to an output topic, values as bytes: storywatch's source serdes, no work. */
    private double passThrough(Properties client, Path work, String id, String outputTopic, boolean timed) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-source"))
                .to(outputTopic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("pass-through-sink"));
        Properties props = StreamsSettings.of(client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG),
                work.resolve(id + "-state"), new StorywatchMetrics(new SimpleMeterRegistry()), settings(id));
        try (KafkaStreams streams = new KafkaStreams(builder.build(props), props);
             OutputCounter output = new OutputCounter(client, outputTopic)) {
            streams.start();
            if (!timed) {
                output.awaitArticles(articles, DRAIN_TIMEOUT);
                return 0;
            }
            return throughput("pass-through", id, output);
        }
    }

    /**
     * Articles per second from the app's start until all of them are out (committed), the CPU time its
     * stream threads used per article, and the share of the run they were on a core; prints the line,
     * then where the machine's CPU went meanwhile ({@link CpuAccount}: the broker's, the JIT's and the
     * clients' threads share the cores).
     */
    private double throughput(String name, String applicationId, OutputCounter output) {
        CpuAccount cpu = CpuAccount.start(brokerProcess);
        long started = System.nanoTime();
        output.awaitArticles(articles, DRAIN_TIMEOUT);
        double seconds = seconds(started);
        double perSecond = articles / seconds;
        CpuAccount.Spent spent = cpu.spent(applicationId);
        System.out.printf("%s: %d articles in %.2f s = %.0f articles/s; stream threads' CPU %.0f us an article, "
                        + "busy %.0f%% of the run%n", name, articles, seconds, perSecond, spent.streamThreads() * 1e6 / articles,
                100 * spent.streamThreadsBusy());
        System.out.println(spent.line(name));
        return perSecond;
    }

    /** (b) the full topology on the same records, feed clock; counts one enriched record per article. */
    private double storywatch(Properties client, Path work) throws Exception {
        long heapBefore = usedHeapAfterGc();
        Path state = work.resolve("storywatch-state");
        try (StorywatchService service = new StorywatchService(client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG),
                state, settings("bench-storywatch"), new InetSocketAddress("127.0.0.1", 0));
             OutputCounter output = new OutputCounter(client, Topics.ENRICHED)) {
            service.start();
            double perSecond = throughput("storywatch", "bench-storywatch", output);
            System.out.printf("storywatch heap after the run: %d MiB used after GC (%d MiB before the app started); "
                    + "state stores on disk: %.1f MiB%n", usedHeapAfterGc() >> 20, heapBefore >> 20, sizeOf(state) / (double) (1 << 20));
            return perSecond;
        }
    }

    /** (c) live: articles stamped with the wall clock at a fixed rate; latency = alert read (committed) - article sent. */
    private void latency(Properties client, Path work) throws Exception {
        Properties overrides = settings("bench-latency");
        overrides.put(StorywatchConfig.WALL_CLOCK, "true");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"); // only this run's articles
        int total = rate * latencySeconds;
        List<Long> latencies = new ArrayList<>();
        try (StorywatchService service = new StorywatchService(client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG),
                work.resolve("latency-state"), overrides, new InetSocketAddress("127.0.0.1", 0));
             OutputCounter enriched = new OutputCounter(client, Topics.ENRICHED);
             AlertTail alerts = new AlertTail(quickFetch(client), false)) {
            service.start();
            service.awaitRunning(Duration.ofSeconds(60));
            TimeUnit.SECONDS.sleep(2); // the app's consumer has found the end of news.articles
            Thread reader = new Thread(() -> alerts.run(record -> latencyOf(record).ifPresent(latencies::add)), "bench-alerts");
            reader.start();
            long sendSeconds = offer(client, total);
            enriched.awaitArticles(total, DRAIN_TIMEOUT);
            TimeUnit.SECONDS.sleep(1);
            alerts.stop();
            reader.join();
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("storywatch latency, %d articles offered at %d/s over %d s (live clock): %d article alerts, "
                            + "event-to-alert p50 %d ms, p99 %d ms, max %d ms%n", total, rate, sendSeconds, sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? -1 : sorted[sorted.length - 1]);
        }
    }

    private java.util.Optional<Long> latencyOf(ConsumerRecord<String, String> record) {
        long now = System.currentTimeMillis();
        JsonNode alert;
        try {
            alert = Json.MAPPER.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ARTICLE_ALERTS.contains(AlertType.valueOf(alert.get("type").asText()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(now - Instant.parse(alert.get("at").asText()).toEpochMilli());
    }

    /** Sends {@code total} fresh synthetic articles at {@link #rate} per second, each published "now"; returns the seconds taken. */
    private long offer(Properties client, int total) throws InterruptedException {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        SyntheticFeed feed = new SyntheticFeed(seed + 1, total, SyntheticFeed.DEFAULT_START, languages);
        long start = System.nanoTime();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < total && failed.get() == null; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long now = System.currentTimeMillis();
                var article = feed.next().article().withPublished(Instant.ofEpochMilli(now).toString());
                producer.send(new ProducerRecord<>(Topics.ARTICLES, null, now, article.id(), Json.write(article)),
                        (metadata, error) -> failed.compareAndSet(null, error));
            }
        }
        if (failed.get() != null) {
            throw new IllegalStateException("the latency run could not publish its articles: " + failed.get(), failed.get());
        }
        return Math.round(seconds(start));
    }

    /**
     * The latency reader's consumer: a read_committed fetch parked on the broker is not woken by a
     * transaction commit, so with the default fetch.max.wait.ms (500 ms) the reader itself would add
     * up to half a second to every alert it measures.
     */
    private static Properties quickFetch(Properties client) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        return props;
    }

    /** Streams settings of one run: the --config file, then this run's application id. */
    private Properties settings(String id) throws IOException {
        Properties props = config.load();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, id);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        return props;
    }

    private static long percentile(long[] sorted, double q) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Counts article records (clock ticks aside) committed to a topic from its current end on. */
    private static final class OutputCounter implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;

        OutputCounter(Properties client, String topic) {
            Properties props = new Properties();
            props.putAll(client);
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        void awaitArticles(int expected, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int seen = 0;
            while (seen < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + seen + " of " + expected + " articles came out within "
                            + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.value() != null && !Replayer.TICK_KEY.equals(record.key())) {
                        seen++;
                    }
                }
            }
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
