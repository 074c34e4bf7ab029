package org.newsfuse.cli;

import java.io.IOException;
import java.util.List;
import org.newsfuse.NewsFuse;
import org.newsfuse.SummaryOptions;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.render.Format;
import org.newsfuse.render.SummaryRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse summarize}: one cited summary per story. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Summarize one story told by several articles, citing every outlet that reports each sentence.",
                "Plain-text files given together form one story; each line of a stories .jsonl file is a story."})
public final class SummarizeCommand extends StoryCommand {

    @Option(names = "--words", paramLabel = "N", description = "At most N words (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int words;

    @Option(names = "--sentences", paramLabel = "N", description = "At most N sentences (default: no limit).", defaultValue = "0")
    int sentences;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = SummaryOptions.DEFAULT_ALGORITHM,
            description = "Summarization algorithm (default: ${DEFAULT-VALUE}); see 'newsfuse summarize --list-algorithms'.")
    String algorithm;

    @Option(names = "--list-algorithms", description = "List the algorithms and exit.")
    boolean listAlgorithms;

    SummarizeCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    Integer checkOptions() {
        if (listAlgorithms) {
            SummaryOptions.algorithms().forEach(out()::println);
            return ExitCode.OK;
        }
        if (words < 0 || sentences < 0 || (words == 0 && sentences == 0)) {
            err().println("newsfuse: --words and --sentences must be >= 0, and one of them > 0");
            return ExitCode.USAGE;
        }
        if (!SummaryOptions.algorithms().contains(algorithm)) {
            err().println("newsfuse: unknown algorithm '" + algorithm + "'; known: " + String.join(", ", SummaryOptions.algorithms()));
            return ExitCode.USAGE;
        }
        return null;
    }

    @Override
    int run(NewsFuse newsfuse, IngestResult input) {
        SummaryOptions options = SummaryOptions.defaults().withAlgorithm(algorithm).withWords(words).withSentences(sentences);
        try {
            SummaryRenderer.Output writer = SummaryRenderer.of(output.format).open(out(), input.stories().size());
            InOrder.map(input.stories(), workers.count(), story -> newsfuse.summarize(story, options), writer::story);
            writer.finish(output.format == Format.JSON ? input.diagnostics() : List.of());
        } catch (IOException e) {
            err().println("newsfuse: cannot write the output: " + e.getMessage());
            return ExitCode.CANT_CREATE;
        }
        out().flush();
        return ExitCode.OK;
    }
}
