package io.storywatch.bench;

import io.storywatch.deadline.DeadlineExtractor;
import io.storywatch.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Extraction time on hostile bodies of growing size: if the cost is linear, microseconds per
 * kilobyte stay flat from 1 KB to 1 MB. Three shapes: cue words without an expression to govern,
 * a long digit run, and unbalanced link syntax.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HostileExtractionBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Param({"cues", "digits", "brackets"})
    public String shape;

    private String text;

    @Setup
    public void build() {
        String unit = switch (shape) {
            case "cues" -> "until by deadline must before the end of ";
            case "digits" -> "9";
            default -> "[[](";
        };
        text = unit.repeat(size / unit.length() + 1).substring(0, size);
    }

    @Benchmark
    public Object extract() {
        return DeadlineExtractor.extract(TextNormalizer.normalize(text));
    }
}
