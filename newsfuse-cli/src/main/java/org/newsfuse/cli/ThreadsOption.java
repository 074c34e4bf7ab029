package org.newsfuse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --threads}, only on the commands whose work divides (stories to summarize or compare, summaries
 * to score): a command that would ignore it does not offer it.
 */
final class ThreadsOption {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    int threads = 2;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Worker threads (default: ${DEFAULT-VALUE}).")
    void threads(int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--threads must be >= 1, not " + value);
        }
        threads = value;
    }

    int count() {
        return threads;
    }
}
