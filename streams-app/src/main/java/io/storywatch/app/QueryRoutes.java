package io.storywatch.app;

import io.storywatch.app.MetricsServer.Answer;
import io.storywatch.desk.StoryRepository;
import io.storywatch.story.StoryState;
import io.storywatch.topology.StorywatchMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsNotStartedException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /stories}, {@code /stories/{id}} and {@code /deadlines} on a running app: Kafka Streams'
 * interactive queries on the stories store. With one desk partition (the default) one instance holds
 * every story: another instance answers with a redirect to it (Kafka Streams' metadata says which).
 * With several, each instance holding desk partitions answers for their stories (every language of
 * those partitions). While the state is being restored the answer is 503 with the reason.
 */
final class QueryRoutes {
    private final KafkaStreams streams;
    private final HostInfo self;
    private final StorywatchMetrics metrics;

    QueryRoutes(KafkaStreams streams, HostInfo self, StorywatchMetrics metrics) {
        this.streams = streams;
        this.self = self;
        this.metrics = metrics;
    }

    void register(MetricsServer server) {
        server.route("/stories", this::stories);
        server.route("/deadlines", uri -> answer(uri, queries -> Answer.ok(queries.deadlines(metrics.deskClock()))));
    }

    private Answer stories(URI uri) {
        String path = uri.getPath();
        if (path.equals("/stories") || path.equals("/stories/")) {
            Map<String, String> query = parameters(uri);
            int limit;
            try {
                limit = Integer.parseInt(query.getOrDefault("limit", Integer.toString(StoryQueries.DEFAULT_LIMIT)));
            } catch (NumberFormatException e) {
                return Answer.error(400, "limit must be a whole number, not '" + query.get("limit") + "'");
            }
            boolean live = "live".equals(query.get("deadline"));
            return answer(uri, queries -> Answer.ok(queries.stories(query.get("q"), live, limit)));
        }
        String id = URLDecoder.decode(path.substring("/stories/".length()), StandardCharsets.UTF_8);
        return answer(uri, queries -> queries.story(id).map(Answer::ok)
                .orElseGet(() -> Answer.error(404, "no story " + id + " (it may be older than the retention)")));
    }

    private interface Query {
        Answer on(StoryQueries queries);
    }

    /**
     * Runs the query here if this instance holds the desk (or, with several desk partitions, a part of
     * it: then it answers for the stories of its partitions); else says where the desk is, or why
     * nobody can answer.
     */
    private Answer answer(URI uri, Query query) {
        List<HostInfo> holders;
        try {
            holders = streams.streamsMetadataForStore(StoryRepository.STORIES_STORE).stream()
                    .filter(m -> m.stateStoreNames().contains(StoryRepository.STORIES_STORE))
                    .map(StreamsMetadata::hostInfo)
                    .filter(host -> !host.equals(HostInfo.unavailable()))
                    .sorted(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                    .toList();
        } catch (StreamsNotStartedException e) {
            holders = List.of();
        }
        if (holders.isEmpty()) {
            return Answer.error(503, "the desk's state is not available yet (the app is " + streams.state() + "); try again shortly");
        }
        if (!holders.contains(self)) {
            HostInfo there = holders.get(0);
            String location = "http://" + there.host() + ":" + there.port() + uri;
            return new Answer(307, Map.of("error", "the desk is held by another instance", "location", location), location);
        }
        ReadOnlyKeyValueStore<String, StoryState> stories;
        try {
            stories = streams.store(StoreQueryParameters.fromNameAndType(StoryRepository.STORIES_STORE,
                    QueryableStoreTypes.keyValueStore()));
            return query.on(new StoryQueries(stories));
        } catch (InvalidStateStoreException e) {
            return Answer.error(503, "the desk's state is being restored (the app is " + streams.state()
                    + "); try again shortly");
        }
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(key, value);
        }
        return parameters;
    }
}
