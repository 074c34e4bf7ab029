package org.newsfuse.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command has: {@code --debug} (stack traces of internal errors, handled in {@link Main}),
 * the process's environment and its output streams. A command checks its own
 * options in {@link #run()} and returns an {@link ExitCode}.
 */
abstract class CommandBase implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    final Main.Environment environment;

    CommandBase(Main.Environment environment) {
        this.environment = environment;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** Runs the command once the common options are checked; returns its exit code. */
    abstract int run() throws Exception;
}
