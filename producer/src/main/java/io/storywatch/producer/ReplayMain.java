package io.storywatch.producer;

import picocli.CommandLine;

/** Entry point of the producer on its own (its container image): the {@code replay} command. */
public final class ReplayMain {
    private ReplayMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReplayCommand()).execute(args));
    }
}
