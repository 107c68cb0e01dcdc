package io.storywatch.app;

import io.storywatch.Topics;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A real KRaft broker (a kafka.Kafka process) with the topics and the streams app running on it, for integration tests. */
final class LocalApp implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(90);
    final Path work;
    final LocalBroker broker;
    final Admin admin;
    final Properties client = new Properties();
    final StorywatchService service;
    private final String applicationId;

    /** @param settings the app's extra settings (storywatch.* and Kafka Streams') */
    LocalApp(String applicationId, Properties settings) throws Exception {
        this.applicationId = applicationId;
        work = Files.createTempDirectory(applicationId);
        broker = LocalBroker.start(work.resolve("broker"));
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        admin = Admin.create(client);
        TopicSetup.ensureTopics(admin, (short) 1);
        Properties streams = new Properties();
        streams.putAll(settings);
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        streams.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        service = new StorywatchService(broker.bootstrapServers(), work.resolve("state"), streams,
                new InetSocketAddress("127.0.0.1", 0));
        service.start();
        service.awaitRunning(WAIT);
    }

    /** Waits until the app has consumed every input partition and the desk's topic to its end. */
    void awaitCaughtUp() throws Exception {
        List<TopicPartition> inputs = new ArrayList<>();
        for (int p = 0; p < TopicSetup.PARTITIONS; p++) {
            inputs.add(new TopicPartition(Topics.ARTICLES, p));
        }
        inputs.add(new TopicPartition(applicationId + "-" + StorywatchTopology.DESK_REPARTITION + "-repartition", 0));
        Progress.awaitConsumed(admin, applicationId, inputs, WAIT);
    }

    @Override
    public void close() {
        service.close();
        admin.close();
        broker.close();
        LocalBroker.deleteTree(work);
    }
}
