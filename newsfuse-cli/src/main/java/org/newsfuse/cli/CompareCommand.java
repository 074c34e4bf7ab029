package org.newsfuse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsfuse.NewsFuse;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.ComparisonRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse compare}: who reported what, who said what, and where outlets disagree. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the articles of a story: what several outlets confirm, what only one reports, where they disagree.",
                "Also quotes with their speakers, the people, organisations and places involved, and a timeline."})
public final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ArticleInputs inputs = new ArticleInputs();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-embeddings", description = {"Align claims on wording alone: faster, but paraphrased claims",
            "(\"talks fizzle\" / \"negotiations stalled\") count as single-source."})
    boolean noEmbeddings;

    private final Main.Environment environment;

    CompareCommand(Main.Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!List.of("text", "markdown", "md", "json", "html").contains(format)) {
            err.println("newsfuse: unknown format '" + format + "'; known: text, markdown, json, html");
            return ExitCode.USAGE;
        }
        IngestResult input = inputs.read(environment, err);
        if (input.stories().isEmpty()) {
            err.println("newsfuse: no usable input");
            return ExitCode.NO_INPUT;
        }
        Pipeline pipeline = noEmbeddings ? NewsFuse.pipeline().withEncoder(Optional.empty()) : NewsFuse.pipeline();
        List<ComparisonRenderer.Report> reports = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(input.diagnostics());
        for (StoryInput story : input.stories()) {
            AnalyzedStory analyzed = pipeline.analyze(story);
            List<Diagnostic> empty = pipeline.emptyArticles(analyzed);
            Diagnostics.print(empty, err);
            diagnostics.addAll(empty);
            reports.add(new ComparisonRenderer.Report(analyzed.articles(), pipeline.compare(analyzed)));
        }
        out.print(new ComparisonRenderer(format).render(reports, format.equals("json") ? diagnostics : List.of()));
        out.flush();
        return ArticleInputs.exitCode(input);
    }
}
