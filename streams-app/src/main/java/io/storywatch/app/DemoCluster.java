package io.storywatch.app;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.AppInfoParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The demo's Kafka cluster: the one {@code --bootstrap-server} names, or a single-node KRaft broker
 * of its own, stopped when the demo closes it.
 */
final class DemoCluster implements AutoCloseable {
    private final String bootstrapServers;
    private final LocalBroker broker;

    private DemoCluster(String bootstrapServers, LocalBroker broker) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
    }

    /** @param existing a cluster to use, or null to start a local broker with its files under {@code work} */
    static DemoCluster start(String existing, Path work) throws IOException, InterruptedException {
        if (existing != null) {
            return new DemoCluster(existing, null);
        }
        DemoCommand.status("starting a local Kafka broker (KRaft, kafka_2.13 %s) ...", AppInfoParser.getVersion());
        LocalBroker broker = LocalBroker.start(work.resolve("broker"));
        DemoCommand.status("broker up at %s (pid %d)", broker.bootstrapServers(), broker.pid());
        return new DemoCluster(broker.bootstrapServers(), broker);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Client settings: the user's, with this cluster's address. */
    Properties clientProperties(Properties overrides) {
        Properties client = new Properties();
        client.putAll(overrides);
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return client;
    }

    @Override
    public void close() {
        if (broker != null) {
            DemoCommand.status("stopping the local broker (pid %d)", broker.pid());
            broker.close();
        }
    }
}
