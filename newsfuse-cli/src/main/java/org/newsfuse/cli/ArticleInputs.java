package org.newsfuse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.NewsFuse;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
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
    IngestResult read(Main.Environment environment, PrintWriter err) {
        IngestResult input = NewsFuse.read(paths, ArticleReader.Options.defaults().withOutlets(outlets)
                .withWorkingDirectory(environment.workingDirectory()), environment::stdin);
        Diagnostics.print(input.diagnostics(), err);
        if (!group || input.stories().isEmpty()) {
            return input;
        }
        List<SourceDocument> articles = new ArrayList<>();
        input.stories().forEach(s -> articles.addAll(s.documents()));
        Clustering clustering;
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            clustering = NewsFuse.cluster(articles, StoryClusterer.defaults(), analyzer);
        }
        List<StoryInput> stories = new ArrayList<>();
        for (Clustering.Story story : clustering.stories()) {
            stories.add(StoryInput.of(story.id(), story.articles().stream().map(articles::get).toList()));
        }
        return new IngestResult(stories, input.diagnostics(), input.recordsRead(), input.recordsRejected());
    }

    /** 65 when an input was unusable, else 0. */
    static int exitCode(IngestResult input) {
        return input.hasErrors() ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
