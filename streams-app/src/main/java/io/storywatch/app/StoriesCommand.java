package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code storywatch stories}: the active stories of a running app ({@code GET /stories}) as a table. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List the active stories of a running storywatch (run or demo --follow), newest activity first,",
                "with each story's live deadline."})
public final class StoriesCommand implements Callable<Integer> {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
            description = "Where the app serves /metrics and its queries (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--deadline", description = "'live': only stories with a live deadline.")
    String deadline;

    @Option(names = {"-q", "--query"}, description = "Only stories whose headline or terms hold these words.")
    String query;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the answer's JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (deadline != null && !deadline.equals("live")) {
            System.err.println("storywatch stories: --deadline takes 'live', not '" + deadline + "'");
            return 2;
        }
        StringBuilder target = new StringBuilder(url.replaceAll("/+$", "")).append("/stories?limit=").append(limit);
        if (deadline != null) {
            target.append("&deadline=live");
        }
        if (query != null) {
            target.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).followRedirects(HttpClient.Redirect.NORMAL).build();
            response = client.send(HttpRequest.newBuilder(URI.create(target.toString())).timeout(WAIT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpTimeoutException e) {
            System.err.println("storywatch stories: no storywatch answers at " + url + ": check that 'storywatch run' "
                    + "(or 'demo --follow') is running and that --url names its --metrics-address and --metrics-port");
            return 2;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("storywatch stories: cannot ask " + url + ": " + e.getMessage());
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JsonNode body = Json.MAPPER.readTree(response.body());
        if (response.statusCode() != 200) {
            System.err.println("storywatch stories: " + url + " answered " + response.statusCode() + ": "
                    + body.path("error").asText(response.body()));
            return response.statusCode() == 503 ? 3 : 2;
        }
        if (json) {
            out.println(response.body());
        } else {
            out.print(table(body));
        }
        return 0;
    }

    /** The stories as aligned columns: id, last seen, outlets, articles, deadline, headline. */
    static String table(JsonNode stories) {
        StringBuilder text = new StringBuilder(String.format("%-28s %-20s %7s %8s  %-25s  %s%n",
                "STORY", "LAST SEEN", "OUTLETS", "ARTICLES", "DEADLINE", "HEADLINE"));
        for (JsonNode s : stories) {
            JsonNode d = s.path("deadline");
            String due = d.isMissingNode() ? "-" : d.path("due").asText() + " " + d.path("precision").asText().toLowerCase();
            text.append(String.format("%-28s %-20s %7d %8d  %-25s  %s%n", s.path("id").asText(),
                    s.path("lastSeen").asText(), s.path("outlets").size(), s.path("articleCount").asInt(), due,
                    s.path("headline").asText()));
        }
        return text.toString();
    }
}
