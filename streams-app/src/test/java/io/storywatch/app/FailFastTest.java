package io.storywatch.app;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands that need a broker (or a running app), pointed at a local port where nothing listens:
 * each exits with status 2 within 30 s and says so in one line on stderr that names the address.
 * Each runs as an operator would start it, in a JVM of its own, all at once.
 */
class FailFastTest {
    private static final long LIMIT_SECONDS = 30;

    @Test
    void everyCommandGivesUpWithinThirtySecondsInOneLineThatNamesTheAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free now, and nothing listens once it is closed
        }
        String address = "127.0.0.1:" + port;
        Path work = Files.createTempDirectory("storywatch-failfast");
        List<List<String>> commands = List.of(
                List.of("run", "--bootstrap-server", address, "--state-dir", work.resolve("state").toString(),
                        "--metrics-port", "0"),
                List.of("replay", "--bootstrap-server", address, "--input", "../seeds", "--no-progress"),
                List.of("tail", "--bootstrap-server", address),
                List.of("demo", "--bootstrap-server", address, "--input", "../seeds"),
                List.of("stories", "--url", "http://" + address));
        List<Process> processes = new ArrayList<>();
        long started = System.nanoTime();
        for (List<String> command : commands) {
            processes.add(start(command, work.resolve(command.get(0) + ".err")));
        }
        for (int i = 0; i < commands.size(); i++) {
            String name = commands.get(i).get(0);
            Process process = processes.get(i);
            long left = LIMIT_SECONDS - TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            boolean exited = process.waitFor(Math.max(1, left), TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            List<String> stderr = Files.readAllLines(work.resolve(name + ".err"), StandardCharsets.UTF_8);
            assertTrue(exited, name + " still running after " + LIMIT_SECONDS + " s: " + stderr);
            assertEquals(2, process.exitValue(), name + ": " + stderr);
            assertEquals(1, stderr.size(), name + " printed more than one line: " + stderr);
            assertTrue(stderr.get(0).startsWith("storywatch " + name + ": ") && stderr.get(0).contains(address),
                    name + ": " + stderr.get(0));
            System.out.printf("%s: exit 2, \"%s\"%n", name, stderr.get(0));
        }
        LocalBroker.deleteTree(work);
    }

    private static Process start(List<String> args, Path stderr) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }
}
