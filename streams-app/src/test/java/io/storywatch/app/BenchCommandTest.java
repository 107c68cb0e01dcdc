package io.storywatch.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code storywatch bench} end to end at a toy size: it runs, and prints every figure it promises. No speed is asserted. */
class BenchCommandTest {
    @Test
    void aSmallBenchPrintsTheMachineTheFiguresAndTheRatioLast() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BenchCommand()).execute("--articles", "300", "--rate", "50", "--latency-seconds", "3", "--warmup", "100");
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        System.out.print(out);
        assertEquals(0, exit, out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).matches("machine: \\d+ cores, [\\d.]+ GiB memory, .*"), lines.get(0));
        for (String figure : List.of("warm-up: 100 synthetic articles (seed 2) through storywatch in-process in ",
                "pass-through: 300 articles in ", "storywatch: 300 articles in ",
                "storywatch heap after the run: ", "storywatch latency, 150 articles offered at 50/s")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(figure)), figure + " missing from\n" + out);
        }
        for (String run : List.of("pass-through", "storywatch")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(run + ": 300 articles in [\\d.]+ s = \\d+ articles/s; "
                    + "stream threads' CPU [1-9]\\d* us an article, busy \\d+% of the run")), run + "'s CPU per article missing from\n" + out);
            assertTrue(lines.stream().anyMatch(l -> l.matches(run + " CPU, core-seconds: stream threads [\\d.]+, other app threads [\\d.]+, "
                    + "(JIT compiler [\\d.]+, GC [\\d.]+, RocksDB [\\d.]+, rest of the process|JIT, GC, RocksDB and the rest of the process) "
                    + "[\\d.]+, broker [\\d.]+; the machine had [\\d.]+ \\(\\d+ cores x [\\d.]+ s\\)")), run + "'s CPU line missing from\n" + out);
        }
        assertTrue(lines.get(lines.size() - 1).matches("storywatch/pass-through throughput ratio: \\d+\\.\\d{3}"), out);
    }
}
