package io.storywatch.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.topology.StorywatchMetrics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreamsSettingsTest {
    private static final StorywatchMetrics METRICS = new StorywatchMetrics(new SimpleMeterRegistry());

    @Test
    void theAppsProducersBatchMoreThanKafkasDefault() {
        Properties props = StreamsSettings.of("localhost:9092", Path.of("state"), METRICS, new Properties());
        Map<String, Object> producer = new StreamsConfig(props).getProducerConfigs("client");
        assertEquals(StreamsSettings.PRODUCER_BATCH_BYTES, producer.get(ProducerConfig.BATCH_SIZE_CONFIG));
    }

    @Test
    void aBatchSizeInTheUsersSettingsWins() {
        Properties own = new Properties();
        own.put("producer.batch.size", "32768");
        Properties props = StreamsSettings.of("localhost:9092", Path.of("state"), METRICS, own);
        Map<String, Object> producer = new StreamsConfig(props).getProducerConfigs("client");
        assertEquals("32768", String.valueOf(producer.get(ProducerConfig.BATCH_SIZE_CONFIG)));
    }
}
