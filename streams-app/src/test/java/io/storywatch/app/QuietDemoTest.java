package io.storywatch.app;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code storywatch demo} as a person runs it, in a JVM of its own with the demo's config: status
 * lines and alerts only (no WARN line, no escape code), the watch list marks the seed story's alerts,
 * and the lines are the backtest's, word for word (a replay on a simulated clock gives what a backtest does).
 */
class QuietDemoTest {
    @Test
    void theDemoPrintsItsStatusLinesAndAlertsAndNothingElse() throws Exception {
        Path work = Files.createTempDirectory("storywatch-quiet-demo");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "demo", "--input", "../seeds", "--config", Path.of("..").resolve(DemoCommand.DEFAULT_CONFIG).toString()));
        Process demo = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean exited = demo.waitFor(180, TimeUnit.SECONDS);
        if (!exited) {
            demo.destroyForcibly();
        }
        List<String> stderr = Files.readAllLines(err, StandardCharsets.UTF_8);
        List<String> alerts = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(exited, "the demo did not finish: " + stderr);
        assertEquals(0, demo.exitValue(), String.join("\n", stderr));
        for (String line : stderr) {
            assertTrue(line.startsWith("storywatch: ") && !line.contains("\u001b"), "not a status line: " + line);
        }
        assertTrue(stderr.get(stderr.size() - 2).endsWith("replay done: 9 alerts"), stderr.toString());
        assertEquals(9, alerts.size(), alerts.toString());
        assertTrue(alerts.stream().allMatch(line -> line.contains("  [defense] ")), alerts.toString());
        Properties demoConfig = new Properties();
        try (var in = Files.newInputStream(Path.of("..").resolve(DemoCommand.DEFAULT_CONFIG))) {
            demoConfig.load(in);
        }
        try (Backtest backtest = new Backtest(demoConfig)) {
            List<String> expected = backtest.feed(Path.of("..", "seeds"), Duration.ofDays(7)).alerts().stream()
                    .map(AlertLines::format).toList();
            assertEquals(expected, alerts, "the live replay prints what the backtest gives, outlets in the same order");
        }
        LocalBroker.deleteTree(work);
    }
}
