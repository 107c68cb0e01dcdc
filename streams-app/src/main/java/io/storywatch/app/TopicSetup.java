package io.storywatch.app;

import io.storywatch.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates storywatch's topics when they are missing.
 *
 * <p>Their records carry event time (an article's publish time, an alert's feed time), which for a
 * replay or a backfill is months or years old. Kafka's default retention is by time (7 days, judged
 * by record timestamps), so a backfill would be deleted at the broker's next retention check, a few
 * minutes after it arrived: the app then finds its input gone and stalls at "lag 0" (found by the
 * benchmark, at about 3,600 of 20,000 articles). These topics are therefore retained by size.
 */
public final class TopicSetup {
    /** Input and output partitions: the analysis stage runs in parallel across them. */
    public static final int PARTITIONS = 3;
    /** Size kept per partition: about 170,000 articles of 6 KB. */
    public static final long RETENTION_BYTES = 1L << 30;
    /** Retention by size only, never by the (event) time of the records. */
    public static final Map<String, String> CONFIGS = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, Long.toString(RETENTION_BYTES));

    private TopicSetup() {
    }

    public static void ensureTopics(Admin admin, short replication) throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = List.of(
                        new NewTopic(Topics.ARTICLES, PARTITIONS, replication),
                        new NewTopic(Topics.ENRICHED, PARTITIONS, replication),
                        new NewTopic(Topics.ALERTS, PARTITIONS, replication),
                        new NewTopic(Topics.DLQ, 1, replication))
                .stream().filter(t -> !existing.contains(t.name())).map(t -> t.configs(CONFIGS)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
