package io.storywatch.app;

import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.Json;
import io.storywatch.producer.Replayer;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real broker whose client listener requires SASL/PLAIN. The app ({@code storywatch run}, its own
 * process) and the tools take the login from a client properties file ({@code --command-config}):
 * with the right one the seeds come out as the same alerts as the backtest; with a wrong password
 * the app exits at once with one clear line; no log shows a password.
 */
class SecuredClusterTest {
    private static final String ADMIN_PASSWORD = "admin-pw-4f1c";
    private static final String APP_PASSWORD = "app-pw-9d27";
    private static final String WRONG_PASSWORD = "wrong-pw-51e0";
    private static final Duration WAIT = Duration.ofSeconds(120);

    private static Path work;
    private static LocalBroker broker;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        work = Files.createTempDirectory("storywatch-sasl");
        broker = LocalBroker.startWithSaslPlain(work.resolve("broker"), Map.of("admin", ADMIN_PASSWORD, "storywatch", APP_PASSWORD));
        try (Admin admin = Admin.create(broker.clientProperties())) {
            TopicSetup.ensureTopics(admin, (short) 1);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
        LocalBroker.deleteTree(work);
    }

    @Test
    void withTheRightLoginTheSeedsGiveTheBacktestsAlerts() throws Exception {
        Path config = clientConfig("good.properties", APP_PASSWORD, "application.id=storywatch-sasl", "replication.factor=1");
        Process app = startApp(config, "good");
        try {
            Properties client = clientProperties(APP_PASSWORD);
            ReplayPlan plan = ReplayPlan.of(FeedReader.read(Path.of("..", "seeds"), true), ZoneId.of("America/New_York"), Instant.EPOCH);
            try (Replayer replayer = new Replayer(client, 0, Duration.ofDays(7), false)) {
                replayer.replay(plan);
            }
            List<String> expected;
            try (Backtest backtest = new Backtest(new Properties())) {
                backtest.feed(Path.of("..", "seeds"), Duration.ofDays(7));
                expected = ids(backtest.alerts());
            }
            List<String> seen = new ArrayList<>();
            try (AlertTail tail = new AlertTail(client, true)) {
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (seen.size() < expected.size() && System.nanoTime() < deadline) {
                    tail.pollOnce(Duration.ofMillis(500), r -> seen.add(r.value()));
                    assertTrue(app.isAlive(), "the app died; see " + work.resolve("good.log"));
                }
            }
            assertEquals(expected, ids(seen));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(work.resolve("good.log"));
        assertFalse(log.contains(APP_PASSWORD), "the password is in the app's log");
    }

    @Test
    void withAWrongPasswordTheAppExitsAtOnceWithAClearMessage() throws Exception {
        Path config = clientConfig("bad.properties", WRONG_PASSWORD, "application.id=storywatch-sasl-bad");
        long started = System.nanoTime();
        Process app = startApp(config, "bad");
        assertTrue(app.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the app did not give up");
        double seconds = (System.nanoTime() - started) / 1e9;
        String log = Files.readString(work.resolve("bad.log"));
        assertEquals(2, app.exitValue(), log);
        assertTrue(log.contains("storywatch run: cannot start against " + broker.bootstrapServers()
                + ": cannot read the partitions of news.articles: authentication failed"), log);
        assertFalse(log.contains(WRONG_PASSWORD) || log.contains(APP_PASSWORD), "a password is in the log");
        assertFalse(log.contains("\tat "), "a stack trace instead of one line:\n" + log);
        System.out.printf("wrong password: exit %d after %.1f s%n", app.exitValue(), seconds);
    }

    private static List<String> ids(List<String> alerts) {
        return alerts.stream().map(SecuredClusterTest::alertId).toList();
    }

    private static String alertId(String alert) {
        try {
            return Json.MAPPER.readTree(alert).get("alertId").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + alert, e);
        }
    }

    private static Properties clientProperties(String password) {
        Properties props = LocalBroker.saslPlainClient("storywatch", password);
        props.put("bootstrap.servers", broker.bootstrapServers());
        return props;
    }

    /** A client properties file as an operator would write it: security settings plus app settings. */
    private static Path clientConfig(String name, String password, String... extra) throws IOException {
        List<String> lines = new ArrayList<>();
        LocalBroker.saslPlainClient("storywatch", password).forEach((k, v) -> lines.add(k + "=" + v));
        lines.addAll(List.of(extra));
        Path file = work.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static Process startApp(Path config, String name) throws IOException {
        return AppProcess.start(broker.bootstrapServers(), config, work.resolve("state-" + name), work.resolve(name + ".log"));
    }
}
