package io.storywatch.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code storywatch run} in a JVM of its own, as an operator would start it (for fault and security tests). */
final class AppProcess {
    private AppProcess() {
    }

    /** Starts the app on the feed's clock with the given client/app properties file, logging to {@code log}. */
    static Process start(String bootstrapServers, Path config, Path stateDir, Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--bootstrap-server", bootstrapServers, "--feed-clock",
                "--state-dir", stateDir.toString(), "--metrics-port", "0", "--command-config", config.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }
}
