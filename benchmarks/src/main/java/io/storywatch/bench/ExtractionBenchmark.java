package io.storywatch.bench;

import io.storywatch.deadline.DeadlineExtractor;
import io.storywatch.feed.FeedEntry;
import io.storywatch.feed.FeedReader;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.text.TextNormalizer;
import io.storywatch.topology.ArticleAnalyzer;
import io.storywatch.topology.StorywatchConfig;
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
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Per-article cost of the parallel analysis stage, single-threaded (one core): deadline extraction
 * alone, and the whole analysis (JSON decode, validation, normalization, Lucene terms, extraction,
 * content hash). Each operation is one article, so ops/s is articles per second per core. The
 * articles are the five seeds (2.5-11 KB bodies, all three layouts, page debris).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
    @Param("seeds")
    public String seeds;

    private List<FeedEntry> articles;
    private ArticleAnalyzer analyzer;
    private int next;

    @Setup
    public void load() {
        articles = FeedReader.read(Path.of(seeds), true);
        analyzer = new ArticleAnalyzer(StorywatchConfig.defaults());
    }

    private FeedEntry nextArticle() {
        FeedEntry entry = articles.get(next);
        next = (next + 1) % articles.size();
        return entry;
    }

    @Benchmark
    public void extractDeadlines(Blackhole sink) {
        sink.consume(DeadlineExtractor.extract(TextNormalizer.normalize(nextArticle().article().body())));
    }

    @Benchmark
    public AnalyzedArticle analyzeArticle() {
        FeedEntry entry = nextArticle();
        return analyzer.analyze(entry.article().id(), entry.value(), 0L);
    }
}
