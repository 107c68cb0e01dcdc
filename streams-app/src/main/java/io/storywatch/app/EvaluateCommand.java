package io.storywatch.app;

import io.storywatch.producer.ConfigOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code storywatch evaluate}: backtests a labelled feed and scores the stories it forms. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Backtest a JSON Lines feed whose articles carry gold labels ('story', optionally 'wire_copy_of',",
                "'duplicate_of', 'rewrite_of', 'deadlines') and print story, copy, deadline-mention and story-deadline",
                "scores; the report ends with one line for each."})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Labelled JSON Lines feed.")
    Path input;

    @Option(names = "--failures", description = "List every failure (missed copy, missed or false mention, mention resolved wrong, ...).")
    boolean failures;

    @Option(names = "--json", description = "Print the figures and every failure, by type, as one JSON document.")
    boolean json;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        StoryEvaluation evaluation = StoryEvaluation.of(input, config.load());
        System.out.print(json ? evaluation.json() : evaluation.report(failures));
        return 0;
    }
}
