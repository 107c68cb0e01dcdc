package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.Json;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.StorywatchConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Asking the running app (a real KRaft broker, the app under exactly-once) what it knows: the story
 * queries over HTTP while the seed story's deadline is live, and {@code tail --watch}.
 */
class StoryQueriesIntegrationTest {
    private static final OffsetDateTime FINAL_DUE = OffsetDateTime.parse("2026-02-27T17:01-05:00");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalApp app;

    @BeforeAll
    static void start() throws Exception {
        Properties settings = new Properties();
        settings.put("storywatch.watch.defense", "Pentagon, Department of Defense");
        settings.put("storywatch.watch.ports", "dockworkers, port strike");
        app = new LocalApp("storywatch-queries", settings);
        ReplayPlan plan = ReplayPlan.of(FeedReader.read(Path.of("..", "seeds"), true),
                StorywatchConfig.defaults().defaultZone(), Instant.now());
        try (Replayer replayer = new Replayer(app.client, 0, Duration.ofDays(1), false)) { // the deadline stays ahead
            replayer.replay(plan);
        }
        app.awaitCaughtUp();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + app.service.metricsAddress().getPort() + path);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void theDeskAnswersWhatItKnowsAboutTheSeedStory() throws Exception {
        HttpResponse<String> list = get("/stories");
        assertEquals(200, list.statusCode(), list.body());
        JsonNode stories = json(list);
        assertEquals(1, stories.size(), list.body());
        JsonNode story = stories.get(0);
        assertEquals(5, story.get("outlets").size());
        assertEquals(FINAL_DUE.toInstant(), OffsetDateTime.parse(story.at("/deadline/due").asText()).toInstant());
        assertTrue(story.at("/deadline/sources").findValuesAsText("text").containsAll(
                List.of("Friday evening", "5:01 PM ET on Friday", "5 p.m. Friday")), list.body());
        assertEquals(1, json(get("/stories?deadline=live&q=Pentagon")).size());
        assertEquals(0, json(get("/stories?q=dockworkers")).size());

        String id = story.get("id").asText();
        JsonNode detail = json(get("/stories/" + id));
        assertEquals(5, detail.get("articles").size());
        JsonNode history = detail.at("/deadlines/0/history");
        assertEquals("detected", history.get(0).get("event").asText());
        assertEquals("PART_OF_DAY", history.get(0).get("precision").asText(), "detected as 'Friday evening'");
        assertEquals("refined", history.get(1).get("event").asText());
        assertEquals(FINAL_DUE.toInstant(), OffsetDateTime.parse(history.get(1).get("due").asText()).toInstant());

        JsonNode deadlines = json(get("/deadlines"));
        assertEquals(1, deadlines.size(), "the deadline is live");
        assertEquals(id, deadlines.get(0).get("storyId").asText());

        HttpResponse<String> missing = get("/stories/story-none");
        assertEquals(404, missing.statusCode());
        assertTrue(json(missing).get("error").asText().contains("story-none"));
        assertEquals(400, get("/stories?limit=many").statusCode());
    }

    @Test
    void tailWithAWatchPrintsOnlyTheAlertsOfStoriesThatMatchIt() throws Exception {
        List<String> defense = tail("defense");
        assertEquals(7, defense.size(), "every alert of the seed story so far: " + defense);
        assertTrue(defense.stream().allMatch(line -> line.contains("\"watches\":[\"defense\"]")), defense.toString());
        assertEquals(List.of(), tail("ports"));
        assertTrue(app.service.registry().scrape().contains("storywatch_watch_alerts_total{watch=\"defense\"} 7.0"));
    }

    private static List<String> tail(String watch) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute("tail", "--bootstrap-server", app.broker.bootstrapServers(),
                    "--from-beginning", "--idle-exit", "3s", "--json", "--watch", watch);
            assertEquals(0, exit);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        return out.isBlank() ? List.of() : out.lines().toList();
    }
}
