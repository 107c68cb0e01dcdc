package io.storywatch.app;

import io.storywatch.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/** Creates storywatch's topics when they are missing. */
public final class TopicSetup {
    /** Input and output partitions: the analysis stage runs in parallel across them. */
    public static final int PARTITIONS = 3;

    private TopicSetup() {
    }

    public static void ensureTopics(Admin admin, short replication) throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = List.of(
                        new NewTopic(Topics.ARTICLES, PARTITIONS, replication),
                        new NewTopic(Topics.ENRICHED, PARTITIONS, replication),
                        new NewTopic(Topics.ALERTS, PARTITIONS, replication),
                        new NewTopic(Topics.DLQ, 1, replication))
                .stream().filter(t -> !existing.contains(t.name())).toList();
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
