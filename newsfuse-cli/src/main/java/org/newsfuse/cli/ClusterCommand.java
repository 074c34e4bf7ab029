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

    @Option(names = "--decay-days", paramLabel = "DAYS",
            description = "Similarity to a story halves for every DAYS days between an article and the story (default: 0, no decay).")
    Double decayDays;

    @Option(names = "--close-after-days", paramLabel = "DAYS",
            description = "A story with no article for more than DAYS days takes no more (default: 365; 0: never closed).")
    Integer closeAfterDays;

    @Option(names = "--max-span-days", paramLabel = "DAYS",
            description = "Most days from a story's first article to its last; a later article opens a new story (default: 0, no limit; "
                    + "for a crawl of months or years: 90).")
    Integer maxSpanDays;

    @CommandLine.Mixin
    FormatOption output = new FormatOption();

    ClusterCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        var out = out();
        var err = err();
        GroupOptions options;
        try {
            options = groupOptions(threshold, decayDays, closeAfterDays, maxSpanDays);
        } catch (IllegalArgumentException e) {
            err.println("newsfuse: " + e.getMessage());
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
        out.print(new ClusterRenderer(output.format).render(newsfuse.group(articles, options)));
        out.flush();
        return ArticleInputs.exitCode(input);
    }

    /** The grouping options from the command line: the defaults, with each option given in its place. */
    static GroupOptions groupOptions(Double threshold, Double decayDays, Integer closeAfterDays, Integer maxSpanDays) {
        if (threshold != null && !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("--threshold must be in (0, 1]");
        }
        for (Number days : new Number[] {decayDays, closeAfterDays, maxSpanDays}) {
            if (days != null && !(days.doubleValue() >= 0 && days.doubleValue() < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("--decay-days, --close-after-days and --max-span-days must be >= 0");
            }
        }
        GroupOptions options = GroupOptions.defaults();
        options = threshold == null ? options : options.withThreshold(threshold);
        options = decayDays == null ? options : options.withDecayDays(decayDays);
        options = closeAfterDays == null ? options : options.withCloseAfterDays(closeAfterDays);
        return maxSpanDays == null ? options : options.withMaxSpanDays(maxSpanDays);
    }
}
