package org.newsfuse.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.CompareOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.render.ComparisonRenderer;
import org.newsfuse.render.ComparisonReport;
import org.newsfuse.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse compare}: who reported what, who said what, and where outlets disagree. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the articles of a story: what several outlets confirm, what only one reports, where they disagree.",
                "Also quotes with their speakers, the people, organisations and places involved, and a timeline."})
public final class CompareCommand extends StoryCommand {

    @Option(names = "--no-embeddings", description = {"Align claims on wording alone: faster, but paraphrased claims",
            "(\"talks fizzle\" / \"negotiations stalled\") count as single-source."})
    boolean noEmbeddings;

    @CommandLine.Mixin
    SpeakerParserOption speakerParser = new SpeakerParserOption();

    CompareCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    Integer checkOptions() {
        return null;
    }

    @Override
    int run(NewsFuse newsfuse, IngestResult input) throws IOException {
        if (speakerParser.missing(newsfuse, err())) {
            return ExitCode.USAGE;
        }
        CompareOptions options = CompareOptions.defaults().withEmbeddings(!noEmbeddings).withSpeakerParser(speakerParser.wanted);
        List<ComparisonReport> reports = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(input.diagnostics());
        InOrder.map(input.stories(), workers.count(), story -> newsfuse.compare(story, options), report -> {
            Diagnostics.print(report.diagnostics(), err());
            diagnostics.addAll(report.diagnostics());
            reports.add(report);
        });
        // streamed: the output of a story of thousands of articles need not fit in memory twice
        new ComparisonRenderer(output.format).write(reports, output.format == Format.JSON ? diagnostics : List.of(), out());
        return ExitCode.OK;
    }
}
