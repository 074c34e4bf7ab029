package org.newsfuse.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.GroupOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.ReadOptions;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.ClusterRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse cluster}: group a stream of articles into stories and flag syndicated copies. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Group articles into stories (online, in date order) and find syndicated copies.",
                "Input: articles JSONL (id, source, title, date, text per line), stories JSONL (grouping ignored), or .txt files."})
public final class ClusterCommand extends CommandBase {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles or stories JSONL files, .txt files, directories, or -.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "X", description = "Similarity needed to join a story (default: 0.18).")
    Double threshold;

    @CommandLine.Mixin
    FormatOption output = new FormatOption();

    ClusterCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        var out = out();
        var err = err();
        if (threshold != null && (threshold <= 0 || threshold > 1)) {
            err.println("newsfuse: --threshold must be in (0, 1]");
            return ExitCode.USAGE;
        }
        NewsFuse newsfuse = NewsFuse.load();
        IngestResult input = newsfuse.read(inputs, ReadOptions.defaults().withWorkingDirectory(environment.workingDirectory()),
                environment::stdin);
        Diagnostics.print(input.diagnostics(), err);
        List<SourceDocument> articles = new ArrayList<>();
        for (StoryInput story : input.stories()) {
            articles.addAll(story.documents());
        }
        if (articles.isEmpty()) {
            err.println("newsfuse: no usable input");
            return ExitCode.NO_INPUT;
        }
        GroupOptions options = threshold == null ? GroupOptions.defaults() : GroupOptions.defaults().withThreshold(threshold);
        out.print(new ClusterRenderer(output.format).render(newsfuse.group(articles, options)));
        out.flush();
        return ArticleInputs.exitCode(input);
    }
}
