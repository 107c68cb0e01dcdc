package io.storywatch.producer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a Kafka broker answers at an address, asked before a command builds its clients: with no
 * broker there, Kafka's clients retry for a minute and log a warning per attempt. The question is
 * asked with Kafka's loggers held at ERROR, so the terminal stays quiet while it waits; a command
 * that gets an answer logs at WARN again from then on.
 */
public final class Reachability {
    /** How long a broker has to answer. */
    public static final Duration WAIT = Duration.ofSeconds(15);
    private static final String KAFKA_LOGGER = "org.apache.kafka";

    private Reachability() {
    }

    /** No broker answered: {@link #getMessage()} is one line that names the address and says what to check. */
    public static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    /**
     * Returns once a broker at the client settings' {@code bootstrap.servers} answers (a broker that
     * refuses the credentials has answered: the command's own error says so); else throws.
     */
    public static void check(Properties client) throws Unreachable {
        String address = client.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        Properties probe = new Properties();
        probe.putAll(client);
        probe.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        probe.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(WAIT.toMillis()));
        probe.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "3000");
        probe.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "5000");
        probe.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        Level before = holdKafkaLogsAtError();
        try (Admin admin = Admin.create(probe)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) WAIT.toMillis()))
                    .nodes().get(WAIT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof AuthenticationException)) {
                throw unreachable(address, e.getCause());
            }
        } catch (TimeoutException e) {
            throw unreachable(address, e);
        } catch (KafkaException e) {
            throw new Unreachable("cannot use the address " + address + " (" + e.getMessage()
                    + "): check --bootstrap-server, as host:port[,host:port...]");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while waiting for a Kafka broker at " + address);
        } finally {
            Configurator.setLevel(KAFKA_LOGGER, before);
        }
    }

    /**
     * {@link #check} for a command: true when a broker answers; else prints the one line, headed
     * {@code storywatch <command>:}, on stderr and returns false (the command then exits with status 2).
     */
    public static boolean answers(String command, Properties client) {
        try {
            check(client);
            return true;
        } catch (Unreachable e) {
            System.err.println("storywatch " + command + ": " + e.getMessage());
            return false;
        }
    }

    private static Unreachable unreachable(String address, Throwable cause) {
        boolean timedOut = cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException;
        return new Unreachable(timedOut
                ? "no Kafka broker answers at " + address + " within " + WAIT.toSeconds() + " s: check that the broker "
                        + "is running and that --bootstrap-server names its host and port (and a listener this machine can reach)"
                : "the Kafka broker at " + address + " cannot be used: " + cause.getMessage());
    }

    /**
     * Holds Kafka's loggers at ERROR from now on (the demo, unless --verbose), and Micrometer's meter
     * registry with them: Micrometer's Kafka binder re-registers meters as Kafka Streams adds and drops
     * its metrics, and the registry warns once that a gauge was registered already (harmless: the
     * second registration is ignored; a known behaviour of the binder).
     */
    public static void quietKafkaLogs() {
        holdKafkaLogsAtError();
        Configurator.setLevel("io.micrometer.core.instrument.MeterRegistry", Level.ERROR);
    }

    /** Holds Kafka's loggers at ERROR; returns the level they had. */
    private static Level holdKafkaLogsAtError() {
        Level before = LogManager.getLogger(KAFKA_LOGGER).getLevel();
        Configurator.setLevel(KAFKA_LOGGER, Level.ERROR);
        return before;
    }
}
