package io.storywatch.bench;

import io.storywatch.article.Article;
import io.storywatch.deadline.DeadlineExtractor;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.dedup.SentenceKeys;
import io.storywatch.feed.FeedEntry;
import io.storywatch.feed.FeedReader;
import io.storywatch.json.Json;
import io.storywatch.text.Language;
import io.storywatch.text.NormalizedText;
import io.storywatch.text.Terms;
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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each step of the analysis stage on its own, per article on one core, so that a change to one step
 * is measured where it is made and the whole ({@link ExtractionBenchmark#analyzeArticle}) can be read
 * as the sum of its parts. {@code feed} is a seeds folder or a JSON Lines feed: the seeds repeat five
 * bodies, whose words every cache soon holds; a synthetic feed ({@code ./storywatch synthetic}) or real
 * coverage shows the cost of a vocabulary that keeps growing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisStagesBenchmark {
    @Param("seeds")
    public String feed;

    private List<FeedEntry> entries;
    private NormalizedText[] texts;
    private int next;

    @Setup
    public void load() {
        entries = FeedReader.read(Path.of(feed), true);
        texts = entries.stream().map(e -> TextNormalizer.normalize(e.article().body())).toArray(NormalizedText[]::new);
    }

    private int advance() {
        int i = next;
        next = (next + 1) % entries.size();
        return i;
    }

    @Benchmark
    public Article decode() throws IOException {
        return Json.MAPPER.treeToValue(Json.MAPPER.readTree(entries.get(advance()).value()), Article.class);
    }

    @Benchmark
    public NormalizedText normalize() {
        return TextNormalizer.normalize(entries.get(advance()).article().body());
    }

    @Benchmark
    public Object terms() {
        int i = advance();
        return Terms.of(entries.get(i).article().title(), texts[i].text());
    }

    @Benchmark
    public Object deadlines() {
        return DeadlineExtractor.extract(texts[advance()]);
    }

    @Benchmark
    public String fingerprint() {
        return Fingerprint.of(texts[advance()].text());
    }

    @Benchmark
    public String sentenceKeys() {
        return SentenceKeys.of(texts[advance()].text());
    }

    @Benchmark
    public String language() {
        return Language.of(null, texts[advance()].text());
    }
}
