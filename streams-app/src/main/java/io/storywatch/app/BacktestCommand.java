package io.storywatch.app;

import io.storywatch.feed.FeedException;
import io.storywatch.producer.ReplayCommand;
import io.storywatch.producer.ConfigOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code storywatch backtest}: the topology over a feed without a broker; outputs as JSON Lines. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run the storywatch topology over a seeds folder or a JSON Lines feed without a broker.",
                "Writes DIR/enriched.jsonl, DIR/alerts.jsonl and DIR/dlq.jsonl. Each JSON Lines line goes in as a",
                "raw record value, so bad lines take the dead-letter path they would take from the topic."})
public final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Seeds folder or JSON Lines file.")
    Path input;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--tail", defaultValue = "7d", converter = ReplayCommand.DurationConverter.class,
            description = "How long the feed's clock ticks after the last article (default: ${DEFAULT-VALUE}).")
    Duration tail;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        try (Backtest backtest = new Backtest(config.load())) {
            backtest.feed(input, tail);
            backtest.write(out);
            System.err.printf("storywatch backtest: %d enriched, %d alerts, %d dead letters in %s%n",
                    backtest.enriched().size(), backtest.alerts().size(), backtest.deadLetters().size(), out);
            return 0;
        } catch (FeedException e) {
            System.err.println("storywatch backtest: " + e.getMessage());
            return 2;
        }
    }
}
