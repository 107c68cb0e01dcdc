package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.Topics;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.Json;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.StorywatchConfig;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query of every Grafana panel returns data from a real Prometheus (the Debian package) that
 * scrapes the real app with the repository's own scrape config, while the seeds are replayed on a
 * real broker. A query that matches no metric fails the check; the check proves that on itself.
 * Without a prometheus binary the test is skipped, except in CI (CI=true), where .ci/run installs it.
 */
class DashboardCheckTest {
    private static final Path REPO = Path.of("..");
    private static final Duration WAIT = Duration.ofSeconds(90);
    private final HttpClient http = HttpClient.newHttpClient();

    /** Static rules every panel obeys, whatever Prometheus says. */
    @Test
    void everyPanelHasATitleAUnitADescriptionAndTheFixedDatasource() throws IOException {
        for (JsonNode dashboard : dashboards()) {
            for (JsonNode panel : dashboard.get("panels")) {
                String where = dashboard.get("title").asText() + " / " + panel.path("title").asText("(untitled)");
                assertFalse(panel.path("title").asText().isBlank(), where);
                assertFalse(panel.path("description").asText().isBlank(), where + ": description");
                assertFalse(panel.at("/fieldConfig/defaults/unit").asText().isBlank(), where + ": unit");
                assertEquals("storywatch-prometheus", panel.at("/datasource/uid").asText(), where);
                assertTrue(panel.get("targets").size() > 0, where + ": no query");
            }
        }
    }

    @Test
    void everyPanelQueryReturnsDataFromARealPrometheusScrapingTheApp() throws Exception {
        String prometheusBinary = findOnPath("prometheus");
        if (prometheusBinary == null) {
            assertFalse("true".equals(System.getenv("CI")), "CI must have prometheus: .ci/run installs it");
            Assumptions.abort("no prometheus binary on PATH (Debian package 'prometheus')");
        }
        Path work = Files.createTempDirectory("storywatch-dashboards");
        Process prometheus = null;
        try (LocalBroker broker = LocalBroker.start(work.resolve("broker"))) {
            Properties client = new Properties();
            client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicSetup.ensureTopics(admin, (short) 1);
                Properties streams = new Properties();
                streams.put(StreamsConfig.APPLICATION_ID_CONFIG, "storywatch-dash");
                streams.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
                try (StorywatchService service = new StorywatchService(broker.bootstrapServers(), work.resolve("state"),
                        streams, new InetSocketAddress("127.0.0.1", 0))) {
                    service.start();
                    service.awaitRunning(WAIT);
                    int port = freePort();
                    prometheus = startPrometheus(prometheusBinary, work, service.metricsAddress().getPort(), port);
                    String api = "http://127.0.0.1:" + port;
                    awaitQuery(api, "up{job=\"storywatch\"} == 1"); // scraping before anything happens

                    // A day of tail leaves the seed deadline upcoming; a bad record feeds the dead-letter panel.
                    ReplayPlan plan = ReplayPlan.of(FeedReader.read(REPO.resolve("seeds"), true),
                            StorywatchConfig.defaults().defaultZone(), Instant.now());
                    try (Replayer replayer = new Replayer(client, 0, Duration.ofDays(1), false)) {
                        replayer.replay(plan);
                    }
                    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(),
                            new ByteArraySerializer())) {
                        producer.send(new ProducerRecord<>(Topics.ARTICLES, 0, plan.lastTimestamp(), "bad",
                                "not json".getBytes(StandardCharsets.UTF_8))).get();
                    }
                    List<TopicPartition> inputs = new ArrayList<>();
                    for (int p = 0; p < TopicSetup.PARTITIONS; p++) {
                        inputs.add(new TopicPartition(Topics.ARTICLES, p));
                    }
                    inputs.add(new TopicPartition("storywatch-dash-" + StorywatchTopology.DESK_REPARTITION + "-repartition", 0));
                    Progress.awaitConsumed(admin, "storywatch-dash", inputs, WAIT);
                    // the GC panel needs a collection in the window; with this JVM's large heap a short run may have none
                    System.gc();
                    awaitQuery(api, "storywatch_dead_letters_total");
                    awaitQuery(api, "jvm_gc_pause_seconds_count");
                    awaitQuery(api, "count_over_time(up{job=\"storywatch\"}[1m]) > 8"); // enough samples for rates

                    List<String> problems = new ArrayList<>();
                    List<String> checked = new ArrayList<>();
                    for (JsonNode dashboard : dashboards()) {
                        for (JsonNode panel : dashboard.get("panels")) {
                            for (JsonNode target : panel.get("targets")) {
                                String expr = target.get("expr").asText();
                                checked.add(panel.get("title").asText() + ": " + expr);
                                String problem = problem(api, expr);
                                if (problem != null) {
                                    problems.add(dashboard.get("title").asText() + " / " + panel.get("title").asText()
                                            + ": " + problem + "\n    " + expr);
                                }
                            }
                        }
                    }
                    assertTrue(problems.isEmpty(), "panels without data:\n" + String.join("\n", problems));
                    assertTrue(checked.size() >= 17, checked.toString());
                    // the check can fail: a query for a metric the app does not have is reported
                    assertTrue(problem(api, "sum(rate(storywatch_no_such_metric_total[$__rate_interval]))") != null);
                }
            }
        } finally {
            if (prometheus != null) {
                prometheus.destroy();
                prometheus.waitFor(20, TimeUnit.SECONDS);
                prometheus.destroyForcibly();
            }
            LocalBroker.deleteTree(work);
        }
    }

    /** Null when the query returns at least one finite sample, else what is wrong. */
    private String problem(String api, String expr) throws IOException, InterruptedException {
        String query = expr.replace("$__rate_interval", "1m").replace("$__range", "1h").replace("$__interval", "15s");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(response.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) { // e.g. 503 while starting
            return "HTTP " + response.statusCode() + ": " + response.body().strip();
        }
        if (!"success".equals(body.path("status").asText())) {
            return "query failed: " + body.path("error").asText();
        }
        JsonNode result = body.at("/data/result");
        if (result.isEmpty()) {
            return "no data";
        }
        for (JsonNode series : result) {
            String value = series.at("/value/1").asText();
            if (!value.equals("NaN") && !value.contains("Inf")) {
                return null;
            }
        }
        return "only NaN or infinite values";
    }

    /** Waits until {@code expr} has data; Prometheus may still be starting (connection refused). */
    private void awaitQuery(String api, String expr) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String problem;
            try {
                problem = problem(api, expr);
            } catch (java.net.ConnectException starting) {
                problem = "Prometheus is not listening yet";
            }
            if (problem == null) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "Prometheus never answered " + expr + ": " + problem);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** Runs Prometheus with the repository's scrape config, pointed at the app and scraping every second. */
    private static Process startPrometheus(String binary, Path work, int appPort, int port) throws IOException {
        String config = Files.readString(REPO.resolve("prometheus/prometheus.yml"))
                .replace("\"storywatch:8080\"", "\"127.0.0.1:" + appPort + "\"")
                .replace("scrape_interval: 5s", "scrape_interval: 1s");
        Path file = work.resolve("prometheus.yml");
        Files.writeString(file, config);
        return new ProcessBuilder(binary, "--config.file=" + file, "--storage.tsdb.path=" + work.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("prometheus.log").toFile())
                .start();
    }

    private static List<JsonNode> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve("grafana/dashboards"))) {
            List<JsonNode> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(Json.MAPPER.readTree(file.toFile()));
            }
            assertFalse(out.isEmpty(), "no dashboards");
            return out;
        }
    }

    private static String findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
