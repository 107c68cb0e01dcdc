package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.Topics;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.feed.SyntheticFeed;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk split by language on a real broker: a multilingual synthetic feed through
 * {@code storywatch.desk.partitions=3} gives, language by language, the alerts and verdicts of the
 * one-partition desk (the backtest), and each desk partition holds the articles of its languages only.
 */
class DeskShardingIntegrationTest {
    private static final int ARTICLES = 900;
    /** Dealt out by storywatch.desk.languages' default order (en, es, fr, ...): one per partition of three. */
    private static final List<String> LANGUAGES = List.of("en", "es", "fr");
    private static final Duration TAIL = Duration.ofDays(1);
    private static final String APPLICATION_ID = "desk-sharding-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path work;

    @Test
    void aDeskShardedByLanguageGivesEachLanguageTheOutputsOfTheOnePartitionDesk() throws Exception {
        Path feed = work.resolve("feed.jsonl");
        List<String> lines = SyntheticFeed.generate(5, ARTICLES, LANGUAGES).stream().map(SyntheticFeed.Item::jsonLine).toList();
        Files.write(feed, lines, StandardCharsets.UTF_8);
        Map<String, String> langOfArticle = new HashMap<>();
        for (String line : lines) {
            JsonNode article = CommittedRecords.parse(line);
            langOfArticle.put(article.get("id").asText(), article.get("lang").asText());
        }

        Map<String, Map<String, List<String>>> expectedAlerts;
        Map<String, Map<String, String>> expectedVerdicts;
        try (Backtest backtest = new Backtest(new Properties())) {
            backtest.feed(feed, TAIL);
            expectedAlerts = alertsByLanguage(backtest.alerts(), langOfArticle);
            expectedVerdicts = verdictsByLanguage(backtest.enriched(), langOfArticle);
        }

        Properties settings = new Properties();
        settings.put("storywatch.desk.partitions", "3");
        try (LocalApp app = new LocalApp(APPLICATION_ID, settings)) {
            ReplayPlan plan = ReplayPlan.of(FeedReader.read(feed, true), ZoneId.of("America/New_York"),
                    SyntheticFeed.DEFAULT_START);
            try (Replayer replayer = new Replayer(app.client, 0, TAIL, false)) {
                replayer.replay(plan);
            }
            List<String> enriched = readUntil(app, Topics.ENRICHED, ARTICLES);
            int alertCount = expectedAlerts.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum();
            List<String> alerts = readUntil(app, Topics.ALERTS, alertCount);
            Map<Integer, Set<String>> languagesByDeskPartition = articleLanguagesByPartition(app,
                    APPLICATION_ID + "-" + StorywatchTopology.DESK_REPARTITION + "-repartition");

            System.out.printf("desk sharding: %d articles in %s, %d alerts; desk partitions hold %s%n", ARTICLES,
                    LANGUAGES, alerts.size(), languagesByDeskPartition);
            assertEquals(Map.of(0, Set.of("en"), 1, Set.of("es"), 2, Set.of("fr")), languagesByDeskPartition,
                    "each desk partition holds the articles of its own language");
            for (String lang : LANGUAGES) {
                assertTrue(expectedAlerts.get(lang).size() > 10, "the feed has stories in " + lang);
            }
            assertEquals(ARTICLES, enriched.size(), "one enriched record per article, none twice");
            assertEquals(expectedVerdicts, verdictsByLanguage(enriched, langOfArticle),
                    "each article's story and verdict, language by language, as in the one-partition desk");
            assertEquals(expectedAlerts, alertsByLanguage(alerts, langOfArticle),
                    "each story's alerts in order, language by language, as in the one-partition desk");
        }
    }

    /** Alert ids in order per story, per language of the story's first article (story ids name it). */
    private static Map<String, Map<String, List<String>>> alertsByLanguage(List<String> alerts, Map<String, String> langOf) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (String line : alerts) {
            JsonNode alert = CommittedRecords.parse(line);
            String story = alert.get("storyId").asText();
            String lang = langOf.get(story.substring("story-".length()));
            out.computeIfAbsent(lang, l -> new TreeMap<>()).computeIfAbsent(story, s -> new ArrayList<>())
                    .add(alert.get("alertId").asText());
        }
        return out;
    }

    /** Each article's story and verdict, per language. */
    private static Map<String, Map<String, String>> verdictsByLanguage(List<String> enriched, Map<String, String> langOf) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String line : enriched) {
            JsonNode record = CommittedRecords.parse(line);
            String article = record.get("articleId").asText();
            out.computeIfAbsent(langOf.get(article), l -> new TreeMap<>())
                    .put(article, record.get("storyId").asText() + " " + record.get("verdict").asText());
        }
        return out;
    }

    /** Reads a topic (committed records only) from the start until it holds {@code count} records. */
    private static List<String> readUntil(LocalApp app, String topic, int count) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = CommittedRecords.reader(app.client)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + LocalApp.WAIT.toNanos();
            while (values.size() < count) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                assertTrue(System.nanoTime() < deadline, "only " + values.size() + " of " + count + " records on " + topic);
            }
            consumer.poll(Duration.ofSeconds(2)).forEach(r -> values.add(r.value())); // a surplus would show in the counts
        }
        return values;
    }

    /** The languages of the article records in each partition of the desk's repartition topic, read to its end. */
    private static Map<Integer, Set<String>> articleLanguagesByPartition(LocalApp app, String topic) throws Exception {
        Map<Integer, Set<String>> out = new TreeMap<>();
        assertEquals(3, app.admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size(),
                "the desk's topic has storywatch.desk.partitions partitions");
        List<ConsumerRecord<String, String>> records = CommittedRecords.readAll(app.client, topic, LocalApp.WAIT);
        for (ConsumerRecord<String, String> record : records) {
            JsonNode value = CommittedRecords.parse(record.value());
            if ("article".equals(value.path("kind").asText())) {
                out.computeIfAbsent(record.partition(), p -> new TreeSet<>()).add(value.get("article").get("lang").asText());
            }
        }
        return out;
    }
}
