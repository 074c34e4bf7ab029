package org.newsfuse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsfuse} command. */
@Command(name = "newsfuse", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Many outlets' reports of one news event in, one cited summary and a comparison of the sources out.",
        subcommands = {SummarizeCommand.class, CompareCommand.class, ExtractCommand.class, ClusterCommand.class, RougeCommand.class, EvalCommand.class, EvalClustersCommand.class, EvalQuotesCommand.class,
                ServeCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 64 usage, 65 some input skipped, 66 no usable input, 70 internal error, 73 cannot write output."})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // on the file descriptor itself, not System.out: a PrintStream swallows write errors (a full
        // disk, a closed pipe), and the PrintWriter must see them to exit 73
        PrintWriter stdout = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8)), true);
        System.exit(run(args, stdout,
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.in, Path.of("")));
    }

    /**
     * Runs a command line as if started in {@code workingDirectory}, writing to the given streams;
     * returns the exit code. Used by tests.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream stdin, Path workingDirectory) {
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(new Environment(stdin, workingDirectory)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            // picocli's own wording doubles a word in some messages ("for option option '--source'")
            err.println("newsfuse: " + String.valueOf(ex.getMessage()).replace("option option", "option"));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("newsfuse: internal error: " + ex);
            if (parseResult.hasMatchedOption("--debug")) {
                ex.printStackTrace(err);
            } else {
                err.println("(run with --debug for the stack trace, and please report it)");
            }
            return ExitCode.SOFTWARE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands on Errors; one line and exit 70 rather than a trace, the trace only with --debug
            err.println("newsfuse: internal error: " + (e instanceof OutOfMemoryError
                    ? "out of memory (raise the heap with NEWSFUSE_JAVA_OPTS=-Xmx4g, or give fewer inputs at once)"
                    : "stack overflow"));
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            code = ExitCode.SOFTWARE;
        }
        out.flush();
        if (out.checkError()) {
            err.println("newsfuse: cannot write the output to standard output (disk full or pipe closed?)");
            code = ExitCode.CANT_CREATE;
        }
        err.flush();
        return code;
    }

    /** No command given: that is a usage error, so the usage goes to standard error with exit 64. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("newsfuse: no command given");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"newsfuse " + p.getProperty("version", "unknown")};
        }
    }

    /** What a command may use of the process: standard input and the working directory (tests pass their own). */
    record Environment(InputStream stdin, Path workingDirectory) {
    }

    /** Hands every command the environment. */
    static final class CommandFactory implements CommandLine.IFactory {
        private final Environment environment;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        CommandFactory(Environment environment) {
            this.environment = environment;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Environment.class).newInstance(environment);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
