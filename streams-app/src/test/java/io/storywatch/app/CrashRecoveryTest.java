package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.Topics;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.feed.SyntheticFeed;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults on a real broker, with the streams app as a separate process ({@code storywatch run}), as
 * Kafka's own system tests do: a synthetic feed of many stories and deadlines is replayed while the
 * app is killed with SIGKILL again and again (or the broker is stopped for longer than the client
 * timeouts), and restarted each time as a supervisor would. At the end, the alerts read with
 * read_committed must be exactly those of an undisturbed run of the same feed (the backtest: same
 * ids, same order per story), and every article must have exactly one enriched record.
 *
 * <p>CI runs {@value #ARTICLES} articles and {@value #KILLS} kills; {@code -Dstorywatch.crash.articles}
 * and {@code -Dstorywatch.crash.kills} make the long run.
 */
class CrashRecoveryTest {
    private static final int ARTICLES = 1500;
    private static final int KILLS = 10;
    private static final Duration TAIL = Duration.ofDays(1);
    private static final Duration WAIT = Duration.ofMinutes(4);
    /**
     * No progress for this long after an outage: look for hanging transactions. Two looks this far apart must
     * see one open: the app's transactions time out in 10 s, so a live one cannot be open at both.
     */
    private static final Duration HANGING = Duration.ofSeconds(30);
    @TempDir
    Path work;
    private LocalBroker broker;
    private Properties client;
    private Path feed;
    private int articles;
    private final List<Process> apps = new ArrayList<>();
    /** Why the background replay failed, if it did: checked before the outputs are compared. */
    private final AtomicReference<Throwable> replayFailure = new AtomicReference<>();
    /** The application id of the app this test runs, for a report of where it is stuck. */
    private String applicationId;
    /** What the last look for hanging transactions saw open on partitions and not at any coordinator. */
    private Set<OpenOnPartition> suspects = Set.of();
    /** The hanging transactions this test aborted, for the report of a failed comparison. */
    private final List<String> aborted = new ArrayList<>();

    @BeforeEach
    void startBrokerAndWriteFeed() throws Exception {
        broker = LocalBroker.start(work.resolve("broker"));
        client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            TopicSetup.ensureTopics(admin, (short) 1);
        }
        articles = Integer.getInteger("storywatch.crash.articles", ARTICLES);
        feed = work.resolve("feed.jsonl");
        List<String> lines = SyntheticFeed.generate(11, articles).stream().map(SyntheticFeed.Item::jsonLine).toList();
        Files.write(feed, lines, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopEverything(TestInfo test) throws IOException {
        apps.forEach(Process::destroyForcibly);
        if (broker != null) {
            broker.close();
        }
        keepLogs(test.getTestMethod().orElseThrow().getName());
    }

    /** The app's and the broker's logs outlive the temporary directory, for a failed run to be read. */
    private void keepLogs(String testName) throws IOException {
        Path kept = Path.of("target", "crash-logs", testName);
        Files.createDirectories(kept);
        List<Path> logs = new ArrayList<>(List.of(work.resolve("broker").resolve("broker.log")));
        try (var runs = Files.list(work)) {
            runs.filter(p -> p.getFileName().toString().matches("(run-\\d+|a|b)\\.log")).forEach(logs::add);
        }
        for (Path log : logs) {
            if (Files.exists(log)) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Why a run may be stuck: the replay's own failure, if any, and the end of the app's log. */
    private String stuck(String where, Path log) {
        return "stuck at " + where + "; the replay " + (replayFailure.get() == null ? "has not failed"
                : "failed: " + replayFailure.get()) + "; " + openTransactions(applicationId) + "; the end of " + log + ":\n"
                + logEnd(log);
    }

    /**
     * What the broker holds open: every transactional id not complete, with its state, and each producer
     * with a transaction open on some partition (what holds a read_committed reader or a committed-offset
     * read back), and how far the group's committed offsets trail the input.
     */
    private String openTransactions(String applicationId) {
        try (Admin admin = Admin.create(client)) {
            List<String> open = openListings(admin).stream()
                    .map(t -> t.transactionalId() + " " + t.state() + " (producer " + t.producerId() + ")").toList();
            List<String> producers = new ArrayList<>();
            openOnPartitions(admin).forEach((partition, states) -> states.forEach(s -> producers.add(partition
                    + ": producer " + s.producerId() + " epoch " + s.producerEpoch() + " open since offset "
                    + s.currentTransactionStartOffset().getAsLong())));
            return "open transactions " + open + ", open on partitions " + producers + ", " + lag(admin, applicationId);
        } catch (Exception e) {
            return "(the open transactions cannot be listed: " + e + ")";
        }
    }

    /** The group's committed offset against the stable end of each input partition. */
    private static String lag(Admin admin, String applicationId) throws Exception {
        var committed = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        List<String> behind = new ArrayList<>();
        committed.forEach((partition, offset) -> {
            try {
                long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest()),
                        new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .partitionResult(partition).get(10, TimeUnit.SECONDS).offset();
                if (offset == null || offset.offset() < end) {
                    behind.add(partition + " at " + (offset == null ? "none" : offset.offset()) + " of " + end);
                }
            } catch (Exception e) {
                behind.add(partition + ": " + e);
            }
        });
        return "the group's commits behind the input " + behind;
    }

    /**
     * The operator's part when the broker comes back with a hanging transaction (seen in some CI runs):
     * records or offsets on a partition still pending for a producer whose transaction its coordinator no
     * longer holds open. Readers with read_committed, and the group's committed-offset reads, wait on them
     * for ever. They are aborted as {@code kafka-transactions.sh abort} would, but only when two looks
     * {@link #HANGING} apart see the same one (partition, producer, epoch and first offset) open: a single look
     * can catch a live transaction that began between the partition's answer and the coordinator's. A wrong
     * abort shows as records lost or repeated, which the comparison with the undisturbed run counts.
     */
    private void abortHangingTransactions() throws Exception {
        try (Admin admin = Admin.create(client)) {
            Set<OpenOnPartition> open = new HashSet<>();
            openOnPartitions(admin).forEach((partition, states) -> states.forEach(s -> open.add(new OpenOnPartition(
                    partition, s.producerId(), s.producerEpoch(), s.currentTransactionStartOffset().getAsLong(),
                    s.coordinatorEpoch().orElse(0)))));
            // asked after the partitions: a transaction the coordinator still holds open is not hanging
            List<TransactionListing> listings = admin.listTransactions().all().get(10, TimeUnit.SECONDS).stream().toList();
            Set<Long> openProducers = listings.stream().filter(CrashRecoveryTest::isOpen)
                    .map(TransactionListing::producerId).collect(Collectors.toSet());
            open.removeIf(o -> openProducers.contains(o.producerId()));
            for (OpenOnPartition hanging : open) {
                if (!suspects.contains(hanging)) {
                    continue;
                }
                String coordinator = listings.stream().filter(t -> t.producerId() == hanging.producerId())
                        .map(t -> t.transactionalId() + " " + t.state()).findFirst().orElse("none");
                String what = hanging + ", coordinator: " + coordinator;
                System.out.printf("crash recovery: aborting a hanging transaction: %s%n", what);
                aborted.add(what);
                admin.abortTransaction(new AbortTransactionSpec(hanging.partition(), hanging.producerId(),
                        (short) hanging.epoch(), hanging.coordinatorEpoch())).all().get(10, TimeUnit.SECONDS);
            }
            open.removeAll(suspects);
            suspects = open;
        }
    }

    /** A transaction open on one partition, as that partition's leader describes it. */
    private record OpenOnPartition(TopicPartition partition, long producerId, int epoch, long firstOffset,
            int coordinatorEpoch) {
        @Override
        public String toString() {
            return partition + " producer " + producerId + " epoch " + epoch + " open since offset " + firstOffset;
        }
    }

    /** Each partition of every topic (the broker's own included) with the producers that have a transaction open on it. */
    private static Map<TopicPartition, List<ProducerState>> openOnPartitions(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true))
                .names().get(10, TimeUnit.SECONDS);
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        Map<TopicPartition, List<ProducerState>> open = new LinkedHashMap<>();
        admin.describeProducers(partitions).all().get(10, TimeUnit.SECONDS).forEach((partition, description) -> {
            List<ProducerState> states = description.activeProducers().stream()
                    .filter(s -> s.currentTransactionStartOffset().isPresent()).toList();
            if (!states.isEmpty()) {
                open.put(partition, states);
            }
        });
        return open;
    }

    /** Every transaction its coordinator holds open (not complete and not empty). */
    private static List<TransactionListing> openListings(Admin admin) throws Exception {
        return admin.listTransactions().all().get(10, TimeUnit.SECONDS).stream().filter(CrashRecoveryTest::isOpen).toList();
    }

    private static boolean isOpen(TransactionListing t) {
        return t.state() != TransactionState.COMPLETE_COMMIT && t.state() != TransactionState.COMPLETE_ABORT
                && t.state() != TransactionState.EMPTY;
    }

    /** The last lines of an app log that say more than "cannot connect" (the first thing to read when a run is stuck). */
    private static String logEnd(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.contains(" NetworkClient ") && !l.startsWith("\tat ")).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(cannot read it: " + e + ")";
        }
    }

    @Test
    void killingTheAppAgainAndAgainLosesAndRepeatsNothing() throws Exception {
        int kills = Integer.getInteger("storywatch.crash.kills", KILLS);
        Path appConfig = appConfig("crash-test");
        Random random = new Random(20261123L);
        Process app = startApp(appConfig, "run-0");
        Thread replay = replayInBackground();
        int done = 0;
        try (EnrichedCounter enriched = new EnrichedCounter()) {
            for (int k = 1; k <= kills; k++) {
                // kill points spread over the run, each at a random place in its stretch
                int at = (int) ((k - 1 + random.nextDouble()) * articles / (kills + 1.0));
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (enriched.distinct() < at) {
                    enriched.poll();
                    Path log = work.resolve("run-" + (k - 1) + ".log");
                    int kill = k;
                    assertTrue(System.nanoTime() < deadline,
                            () -> stuck(enriched.distinct() + " enriched before kill " + kill, log));
                }
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no commit
                done++;
                app = startApp(appConfig, "run-" + k);
            }
            replay.join(WAIT.toMillis());
            awaitEverything(enriched, "crash-test");
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertEquals(kills, done);
            compareWithUndisturbedRun(enriched, done, "kills");
        }
    }

    /**
     * Two {@code storywatch run} processes on one cluster share the work by partition (the analysis
     * stage's input partitions and the desk); one is killed mid-replay and not restarted: the other
     * takes its tasks over (after the session timeout) and the outputs are those of one undisturbed run.
     */
    @Test
    void twoInstancesShareTheWorkAndWhenOneDiesTheOtherCarriesOnLosingAndRepeatingNothing() throws Exception {
        String applicationId = "two-instances";
        Process a = startApp(instanceConfig(applicationId, "a"), "state-a", "a");
        Process b = startApp(instanceConfig(applicationId, "b"), "state-b", "b");
        Thread replay = replayInBackground();
        try (EnrichedCounter enriched = new EnrichedCounter(); Admin admin = Admin.create(client)) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!bothHaveWork(admin, applicationId)) {
                assertTrue(System.nanoTime() < deadline, () -> stuck("the two instances never shared the tasks",
                        work.resolve("b.log")));
                TimeUnit.MILLISECONDS.sleep(200);
            }
            while (enriched.distinct() < articles / 3) {
                enriched.poll();
                assertTrue(System.nanoTime() < deadline, () -> stuck(enriched.distinct() + " enriched before the kill",
                        work.resolve("a.log")));
            }
            b.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, not restarted: a takes its tasks over
            replay.join(WAIT.toMillis());
            awaitEverything(enriched, applicationId);
            assertTrue(a.isAlive(), "the surviving instance stopped");
            a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            compareWithUndisturbedRun(enriched, 1, "of two instances killed");
        }
    }

    /** True once the group has two members and each holds at least one input partition. */
    private static boolean bothHaveWork(Admin admin, String applicationId) throws Exception {
        try {
            var members = admin.describeConsumerGroups(List.of(applicationId)).all().get().get(applicationId).members();
            return members.size() == 2 && members.stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                return false; // not formed yet
            }
            throw e;
        }
    }

    @Test
    void aBrokerRestartLongerThanTheClientTimeoutsLosesAndRepeatsNothing() throws Exception {
        // client timeouts shortened so that the outage outlasts them well within CI time
        brokerOutage("broker-restart-test", "request.timeout.ms=5000", "default.api.timeout.ms=10000",
                "max.block.ms=8000", "delivery.timeout.ms=12000", "task.timeout.ms=10000");
    }

    /**
     * The outage outlasts max.block.ms but not delivery.timeout.ms, so when a transaction is open at
     * the outage, the first thing to fail is its commit while its records are still being retried:
     * the case in which Kafka Streams itself would commit the transaction later without its offsets
     * ({@link FailStopClientSupplier}).
     */
    @Test
    void aCommitThatTimesOutDuringAnOutageLosesAndRepeatsNothing() throws Exception {
        brokerOutage("commit-timeout-test", "request.timeout.ms=5000", "default.api.timeout.ms=10000",
                "max.block.ms=5000", "delivery.timeout.ms=60000", "task.timeout.ms=10000");
    }

    private void brokerOutage(String applicationId, String... timeouts) throws Exception {
        Path appConfig = appConfig(applicationId, timeouts);
        Process app = startApp(appConfig, "run-0");
        int restarts = 0;
        try (EnrichedCounter enriched = new EnrichedCounter()) {
            Thread replay = replayInBackground();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (enriched.distinct() < articles / 3) {
                enriched.poll();
                assertTrue(System.nanoTime() < deadline,
                        () -> stuck(enriched.distinct() + " enriched before the outage", work.resolve("run-0.log")));
            }
            broker.stop();
            TimeUnit.SECONDS.sleep(20); // longer than every client timeout above
            broker.restart();
            // the supervisor's part: a process that exited (non-zero, with a clear message) is started again
            deadline = System.nanoTime() + WAIT.toNanos();
            int seen = enriched.distinct();
            long progressed = System.nanoTime();
            while (enriched.distinct() < articles || replay.isAlive()) {
                if (!app.isAlive()) {
                    restarts++;
                    app = startApp(appConfig, "run-" + restarts);
                }
                enriched.poll();
                if (enriched.distinct() > seen) {
                    seen = enriched.distinct();
                    progressed = System.nanoTime();
                } else if (System.nanoTime() - progressed > HANGING.toNanos()) {
                    abortHangingTransactions();
                    progressed = System.nanoTime();
                }
                Path log = work.resolve("run-" + restarts + ".log");
                assertTrue(System.nanoTime() < deadline, () -> stuck(enriched.distinct() + " enriched after the restart", log));
            }
            awaitEverything(enriched, applicationId);
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            compareWithUndisturbedRun(enriched, restarts, "app restarts after the broker outage");
        }
    }

    private void compareWithUndisturbedRun(EnrichedCounter enriched, int faults, String what) throws Exception {
        Map<String, List<String>> expected;
        try (Backtest backtest = new Backtest(new Properties())) {
            backtest.feed(feed, TAIL);
            expected = alertIdsByStory(backtest.alerts());
        }
        Map<String, List<String>> actual = alertIdsByStory(readAll(Topics.ALERTS));
        int expectedCount = expected.values().stream().mapToInt(List::size).sum();
        int actualCount = actual.values().stream().mapToInt(List::size).sum();
        int mismatches = 0;
        for (String story : expected.keySet()) {
            mismatches += expected.get(story).equals(actual.get(story)) ? 0 : 1;
        }
        mismatches += (int) actual.keySet().stream().filter(s -> !expected.containsKey(s)).count();
        long notOnce = enriched.positions.values().stream().filter(at -> at.size() != 1).count();
        System.out.printf("crash recovery: %d articles, %d alerts expected, %d read, %d %s, %d stories mismatched, "
                + "%d articles without exactly one enriched record%n", articles, expectedCount, actualCount, faults, what,
                mismatches, notOnce);
        assertEquals(articles, enriched.distinct(), "every article has an enriched record");
        assertEquals(0, notOnce, () -> "no article has two enriched records; repeated: " + enriched.repeated()
                + "; hanging transactions aborted: " + aborted);
        assertEquals(expected, actual, "alerts per story, in order, as in the undisturbed run");
    }

    private static Map<String, List<String>> alertIdsByStory(List<String> alerts) {
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        for (String line : alerts) {
            JsonNode alert = CommittedRecords.parse(line);
            byStory.computeIfAbsent(alert.get("storyId").asText(), s -> new ArrayList<>()).add(alert.get("alertId").asText());
        }
        return byStory;
    }

    /** Waits until the app has committed its way through the input and the desk's repartition topic. */
    private void awaitEverything(EnrichedCounter enriched, String applicationId) throws Exception {
        assertNull(replayFailure.get(), "the replay itself failed");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (enriched.distinct() < articles) {
            enriched.poll();
            assertTrue(System.nanoTime() < deadline, "only " + enriched.distinct() + " of " + articles + " enriched");
        }
        try (Admin admin = Admin.create(client)) {
            List<TopicPartition> inputs = new ArrayList<>();
            for (int p = 0; p < TopicSetup.PARTITIONS; p++) {
                inputs.add(new TopicPartition(Topics.ARTICLES, p));
            }
            inputs.add(new TopicPartition(applicationId + "-" + StorywatchTopology.DESK_REPARTITION + "-repartition", 0));
            Progress.awaitConsumed(admin, applicationId, inputs, WAIT);
        }
        enriched.drain();
    }

    private Thread replayInBackground() {
        Thread replay = new Thread(() -> {
            ReplayPlan plan = ReplayPlan.of(FeedReader.read(feed, true), ZoneId.of("America/New_York"),
                    SyntheticFeed.DEFAULT_START);
            // about 20 s of real time for the articles, then the tail: kills land while records still arrive
            double speed = (plan.lastTimestamp() - plan.firstTimestamp()) / 20_000.0;
            try (Replayer replayer = new Replayer(client, speed, TAIL, false)) {
                replayer.replay(plan);
            } catch (Exception e) {
                replayFailure.set(e);
            }
        }, "replay");
        replay.setUncaughtExceptionHandler((t, e) -> replayFailure.set(e));
        replay.start();
        return replay;
    }

    private Path appConfig(String applicationId, String... extra) throws IOException {
        return instanceConfig(applicationId, "instance", extra);
    }

    /** The settings of one instance ({@code instance} names its static membership) of the app. */
    private Path instanceConfig(String applicationId, String instance, String... extra) throws IOException {
        this.applicationId = applicationId;
        List<String> lines = new ArrayList<>(List.of("application.id=" + applicationId, "replication.factor=1",
                // static membership: a restarted instance takes its place at once instead of after the session timeout
                "group.instance.id=" + applicationId + "-" + instance, "session.timeout.ms=10000"));
        lines.addAll(List.of(extra));
        Path file = work.resolve(applicationId + "-" + instance + ".properties");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code storywatch run} in its own JVM, logging to {@code work/<name>.log}. */
    private Process startApp(Path config, String name) throws IOException {
        return startApp(config, "state", name);
    }

    /** The same, with its state under {@code work/<stateDir>} (each instance on a machine has its own). */
    private Process startApp(Path config, String stateDir, String name) throws IOException {
        Process process = AppProcess.start(broker.bootstrapServers(), config, work.resolve(stateDir), work.resolve(name + ".log"));
        apps.add(process);
        return process;
    }

    private List<String> readAll(String topic) throws Exception {
        return CommittedRecords.readAll(client, topic, WAIT).stream().map(ConsumerRecord::value).toList();
    }

    /** Reads news.articles.enriched (committed only) and counts the records per article. */
    private final class EnrichedCounter implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer = CommittedRecords.reader(client);
        /** Where each article's enriched records are (partition@offset): the first thing to read about a repeat. */
        private final Map<String, List<String>> positions = new HashMap<>();
        private final List<TopicPartition> partitions;

        EnrichedCounter() {
            partitions = consumer.partitionsFor(Topics.ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        void poll() {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                String article = CommittedRecords.parse(record.value()).get("articleId").asText();
                positions.computeIfAbsent(article, a -> new ArrayList<>()).add(record.partition() + "@" + record.offset());
            }
        }

        /** The first few articles with more than one enriched record, with where each record is. */
        String repeated() {
            return positions.entrySet().stream().filter(e -> e.getValue().size() > 1).limit(5)
                    .map(e -> e.getKey() + " at " + e.getValue()).toList().toString();
        }

        /** Reads to the current end, so that a late duplicate would be counted. */
        void drain() {
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                poll();
            }
        }

        int distinct() {
            return positions.size();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
