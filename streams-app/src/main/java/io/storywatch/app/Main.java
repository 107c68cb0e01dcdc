package io.storywatch.app;

import io.storywatch.producer.ReplayCommand;
import io.storywatch.producer.SyntheticCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storywatch} command line. */
@Command(name = "storywatch", mixinStandardHelpOptions = true, version = "storywatch 0.1.0",
        description = "Watches the news: groups coverage into stories, tracks their deadlines, raises alerts.",
        subcommands = {DemoCommand.class, ReplayCommand.class, RunCommand.class, TailCommand.class, StoriesCommand.class,
                BacktestCommand.class,
                EvaluateCommand.class, SyntheticCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
