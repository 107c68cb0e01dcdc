package io.storywatch.producer;

import io.storywatch.feed.SyntheticFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storywatch synthetic}: writes a synthetic feed as JSON Lines, with gold labels, for evaluate and backtest. */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic feed (stories, wire reprints, rewrites, follow-ups, deadlines)",
                "as JSON Lines with gold 'story' and 'wire_copy_of' labels."})
public final class SyntheticCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "1000", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "The same seed gives the same feed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--languages", split = ",", defaultValue = "en",
            description = "Languages the stories are told in, comma-separated; each story declares one (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--output", description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            SyntheticFeed feed = new SyntheticFeed(seed, articles, SyntheticFeed.DEFAULT_START, languages);
            while (feed.hasNext()) {
                out.write(feed.next().jsonLine());
                out.write('\n');
            }
        }
        return 0;
    }
}
