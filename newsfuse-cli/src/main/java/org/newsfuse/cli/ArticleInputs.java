package org.newsfuse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.GroupOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.ReadOptions;
import org.newsfuse.ingest.IngestResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs every story command takes: paths and outlet names, read one way. */
final class ArticleInputs {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files (.txt), saved web pages (.html, .html.gz), directories of them, stories .jsonl files, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--source", paramLabel = "FILE=OUTLET",
            description = "Name an article's outlet (repeatable). A sidecar file outlets.txt beside the articles works too.")
    Map<String, String> outlets = new LinkedHashMap<>();

    @Option(names = "--group", description = "The input is a stream of articles about several events: group them into stories "
            + "first (as 'newsfuse cluster' does) and work story by story.")
    boolean group;

    /** Reads the inputs, printing one line per problem to {@code err}; grouped into stories when asked. */
    IngestResult read(NewsFuse newsfuse, Main.Environment environment, PrintWriter err) {
        IngestResult input = newsfuse.read(paths, ReadOptions.defaults().withOutlets(outlets)
                .withWorkingDirectory(environment.workingDirectory()), environment::stdin);
        Diagnostics.print(input.diagnostics(), err);
        return group ? newsfuse.group(input, GroupOptions.defaults()) : input;
    }

    /** 65 when an input was unusable, else 0. */
    static int exitCode(IngestResult input) {
        return input.hasErrors() ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
