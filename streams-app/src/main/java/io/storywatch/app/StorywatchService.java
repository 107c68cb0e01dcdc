package io.storywatch.app;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.storywatch.Topics;
import io.storywatch.topology.StorywatchConfig;
import io.storywatch.topology.StorywatchMetrics;
import org.apache.kafka.clients.admin.Admin;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running streams app: the topology on a {@link KafkaStreams} client, its metrics (domain meters,
 * Kafka Streams' own through Micrometer, JVM) served on {@code /metrics}, {@code /health}, and the
 * story queries ({@code /stories}, {@code /deadlines}: {@link QueryRoutes}).
 */
public final class StorywatchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorywatchService.class);

    private static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ScheduledExecutorService metricsRefresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kafka-metrics-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final MetricsServer metricsServer;
    private final String applicationId;

    /**
     * @param metricsAddress where /metrics and /health listen; port 0 picks a free one
     */
    public StorywatchService(String bootstrapServers, Path stateDir, Properties overrides, InetSocketAddress metricsAddress)
            throws IOException {
        // Kafka Streams names the store tag after the store type (rocksdb.state.id, in.memory.state.id, ...);
        // Prometheus needs one set of tag keys per meter name, so the registry dropped every in-memory
        // store's meters. One key, state.id (state_id in Prometheus), for every store type:
        for (String type : List.of("rocksdb", "in.memory", "rocksdb.window", "rocksdb.session", "in.memory.window",
                "in.memory.session")) {
            registry.config().meterFilter(MeterFilter.renameTag("kafka.stream.state", type + ".state.id", "state.id"));
        }
        StorywatchMetrics metrics = new StorywatchMetrics(registry);
        Properties props = StreamsSettings.of(bootstrapServers, stateDir, metrics, overrides);
        int inputPartitions = inputPartitions(props);
        // the queries are served beside /metrics; other instances learn this address through Kafka Streams
        metricsServer = new MetricsServer(metricsAddress, registry, this::healthy);
        props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG,
                metricsAddress.getHostString() + ":" + metricsServer.address().getPort());
        applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        streams = new KafkaStreams(StorywatchTopology.build(props, StorywatchConfig.from(props), metrics, inputPartitions),
                props);
        streams.setUncaughtExceptionHandler(error -> {
            String inDoubt = inDoubtMessage(error);
            if (inDoubt != null) {
                // a new process takes the thread's transactional id over, and the broker aborts the open transaction
                LOG.error("stopping: {}", inDoubt);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            if (causedByTimeout(error)) {
                // the broker did not answer in time: the thread's transaction could not be aborted and stays open on
                // the broker, where it blocks the committed offsets its replacement must read (seen: replaced threads
                // failing again and again on "last committed offset could not be determined" for minutes). A
                // restarted process fences its old transactions at once.
                LOG.error("stopping: a stream thread failed because the cluster did not answer in time; restart the "
                        + "process (its transactions are fenced and aborted when it starts again)", error);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            LOG.error("a stream thread failed; replacing it", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        // Kafka Streams registers task and store metrics as tasks start; a short refresh shows them in seconds, not a minute
        streamsMetrics = new KafkaStreamsMetrics(streams, List.of(), metricsRefresher, KAFKA_METRICS_REFRESH);
        streamsMetrics.bindTo(registry);
        HostInfo self = HostInfo.buildFromEndpoint(props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG));
        new QueryRoutes(streams, self, metrics).register(metricsServer);
    }

    /** Whether a Kafka client timeout is behind this error. */
    private static boolean causedByTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The message of a {@link FailStopClientSupplier.TransactionInDoubtException} behind this error, or null. */
    private static String inDoubtMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FailStopClientSupplier.TransactionInDoubtException) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** Partitions of news.articles: the desk keeps a clock for each. */
    private static int inputPartitions(Properties props) throws IOException {
        Properties client = new Properties();
        props.forEach((k, v) -> {
            if (v instanceof String) {
                client.put(k, v);
            }
        });
        try (Admin admin = Admin.create(client)) {
            return admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get(60, TimeUnit.SECONDS)
                    .get(Topics.ARTICLES).partitions().size();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof org.apache.kafka.common.errors.AuthenticationException
                    ? "authentication failed (check the credentials in the --config file): " + cause.getMessage()
                    : cause instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException
                    ? "the topic does not exist (create it, or run with --create-topics)"
                    : cause.getMessage();
            throw new IOException("cannot read the partitions of " + Topics.ARTICLES + ": " + why, cause);
        } catch (TimeoutException e) {
            throw new IOException("no answer from the cluster within 60 s while reading the partitions of "
                    + Topics.ARTICLES, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public void start() {
        streams.start();
    }

    /** Waits until the app is RUNNING, or throws after the timeout. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
                throw new IllegalStateException("the streams app is " + streams.state() + " after " + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** True once the app has stopped for good (every stream thread failed, or a fatal error): restart the process. */
    public boolean failed() {
        return streams.state() == KafkaStreams.State.ERROR;
    }

    public boolean healthy() {
        KafkaStreams app = streams; // null while the constructor runs: /metrics and /health are up first
        return app != null && app.state().isRunningOrRebalancing();
    }

    public String applicationId() {
        return applicationId;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public InetSocketAddress metricsAddress() {
        return metricsServer.address();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
        metricsRefresher.shutdownNow();
        metricsServer.close();
    }
}
