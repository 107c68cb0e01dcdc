package io.storywatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) in a child process, run from the
 * {@code kafka_2.13} artifact on this JVM's classpath: {@code StorageTool format}, then
 * {@code kafka.Kafka}. The process gets its own session (so a Ctrl-C in the terminal reaches us,
 * and we stop it in order) and is stopped by pid on {@link #close()} or when this JVM exits.
 */
public final class LocalBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    static final String BROKER_JAVA_OPTS = "STORYWATCH_BROKER_JAVA_OPTS";

    private final Path dir;
    private final int port;
    private Process process;
    /** Client settings that reach this broker (bootstrap servers, and the SASL login when it has one). */
    private final Properties client;
    private final Thread reaper;

    private LocalBroker(Path dir, int port, Process process, Properties client) {
        this.client = client;
        this.dir = dir;
        this.port = port;
        this.process = process;
        this.reaper = new Thread(this::kill, "local-broker-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Formats storage in {@code dir} and starts the broker; returns once it answers. */
    public static LocalBroker start(Path dir) throws IOException, InterruptedException {
        return start(dir, null);
    }

    /**
     * A broker whose client listener requires SASL/PLAIN with these users (name to password); the
     * first user is the broker's own. {@link #clientProperties()} then holds that user's settings.
     */
    public static LocalBroker startWithSaslPlain(Path dir, Map<String, String> users) throws IOException, InterruptedException {
        return start(dir, new java.util.LinkedHashMap<>(users));
    }

    private static LocalBroker start(Path dir, Map<String, String> saslUsers) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = freePort();
        int controllerPort = freePort();
        String protocol = saslUsers == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        List<String> security = new ArrayList<>();
        if (saslUsers != null) {
            Map.Entry<String, String> self = saslUsers.entrySet().iterator().next();
            StringBuilder jaas = new StringBuilder(plainLogin(self.getKey(), self.getValue()));
            jaas.setLength(jaas.length() - 1); // the broker's entry also lists the users it accepts
            saslUsers.forEach((user, password) -> jaas.append(" user_").append(user).append("=\"").append(password).append('"'));
            jaas.append(';');
            security.add("sasl.enabled.mechanisms=PLAIN");
            security.add("sasl.mechanism.inter.broker.protocol=PLAIN");
            security.add("listener.name.sasl_plaintext.plain.sasl.jaas.config=" + jaas);
        }
        Path config = dir.resolve("server.properties");
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=" + protocol + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + protocol + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=" + protocol,
                "listener.security.protocol.map=" + protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT"));
        lines.addAll(security);
        Files.writeString(config, String.join("\n", lines) + "\n" + String.join("\n",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") , StandardCharsets.UTF_8);
        Path log = dir.resolve("broker.log");
        int formatted = command(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString()), log, false).waitFor();
        if (formatted != 0) {
            throw new IOException("formatting the broker's storage failed (exit " + formatted + "); see " + log);
        }
        Process process = command(List.of("kafka.Kafka", config.toString()), log, true);
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
        if (saslUsers != null) {
            Map.Entry<String, String> self = saslUsers.entrySet().iterator().next();
            client.putAll(saslPlainClient(self.getKey(), self.getValue()));
        }
        LocalBroker broker = new LocalBroker(dir, port, process, client);
        try {
            broker.awaitReady(log);
        } catch (IOException | RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /** Stops the broker process (a controlled shutdown), keeping its data and ports for {@link #restart()}. */
    public void stop() {
        kill();
    }

    /** Starts the broker again on the same data and ports; returns once it answers. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("the broker is running");
        }
        Path log = dir.resolve("broker.log");
        process = command(List.of("kafka.Kafka", dir.resolve("server.properties").toString()), log, true);
        awaitReady(log);
    }

    /** Security settings of a SASL/PLAIN client, as a client properties file would hold them. */
    public static Properties saslPlainClient(String user, String password) {
        Properties props = new Properties();
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "PLAIN");
        props.put("sasl.jaas.config", plainLogin(user, password));
        return props;
    }

    private static String plainLogin(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** Bootstrap servers plus, for a SASL broker, the broker user's login: enough for an Admin client. */
    public Properties clientProperties() {
        Properties copy = new Properties();
        copy.putAll(client);
        return copy;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Properties props = clientProperties();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("the broker exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("the broker did not answer within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
        }
    }

    private static Process command(List<String> mainAndArgs, Path log, boolean ownSession) throws IOException {
        List<String> command = new ArrayList<>();
        if (ownSession && new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms256m");
        command.add("-Xmx768m");
        if (mainAndArgs.get(0).equals("kafka.Kafka")) { // the broker itself, not the storage tool
            command.addAll(brokerJavaOptions());
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }

    /**
     * Extra JVM options for the broker's process, from {@value #BROKER_JAVA_OPTS} (split at white space):
     * to profile it, or to try a JVM setting, as {@code STORYWATCH_JAVA_OPTS} does for storywatch's own.
     */
    private static List<String> brokerJavaOptions() {
        return javaOptions(System.getenv(BROKER_JAVA_OPTS));
    }

    /** JVM options written on one line, split at white space; none for null or blank. */
    static List<String> javaOptions(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.strip().split("\\s+"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void kill() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: a controlled shutdown
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the broker and waits for its process to end. The directory stays for the caller. */
    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    /** Deletes a folder tree; used for the temporary folders of the demo and the tests. */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
