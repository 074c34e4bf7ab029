package org.newsfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.NewsFuse;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.ArticleReader;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse cluster}: group a stream of articles into stories and flag syndicated copies. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Group articles into stories (online, in date order) and find syndicated copies.",
                "Input: articles JSONL (id, source, title, date, text per line), stories JSONL (grouping ignored), or .txt files."})
public final class ClusterCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles or stories JSONL files, .txt files, directories, or -.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "X", description = "Similarity needed to join a story (default: 0.18).")
    Double threshold;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final Main.Environment environment;

    ClusterCommand(Main.Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json").contains(format) || threshold != null && (threshold <= 0 || threshold > 1)) {
            err.println("newsfuse: --format must be text or json and --threshold in (0, 1]");
            return ExitCode.USAGE;
        }
        IngestResult input = NewsFuse.read(inputs, ArticleReader.Options.defaults().withWorkingDirectory(environment.workingDirectory()),
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
        StoryClusterer clusterer = threshold == null ? StoryClusterer.defaults() : StoryClusterer.defaults().withThreshold(threshold);
        Clustering clustering;
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            clustering = NewsFuse.cluster(articles, clusterer, analyzer);
        }
        out.print(format.equals("json") ? json(clustering, articles) : text(clustering, articles));
        out.flush();
        return ArticleInputs.exitCode(input);
    }

    private static String text(Clustering clustering, List<SourceDocument> articles) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles in %d stories, %d syndicated copies%n%n", articles.size(),
                clustering.stories().size(), clustering.duplicates().size()));
        for (Clustering.Story story : clustering.stories()) {
            out.append(story.id()).append(": ").append(story.title().orElse("(untitled)")).append(" — ")
                    .append(story.articles().size()).append(story.articles().size() == 1 ? " article" : " articles");
            if (!story.outlets().isEmpty()) {
                out.append(", ").append(String.join(", ", story.outlets()));
            }
            out.append('\n');
            for (int a : story.articles()) {
                out.append("    ").append(articles.get(a).id()).append('\n');
            }
        }
        if (!clustering.duplicates().isEmpty()) {
            out.append("\nSyndicated copies\n");
            for (Clustering.Duplicate d : clustering.duplicates()) {
                out.append(String.format(Locale.ROOT, "    %s copies %s (%.2f)%n", articles.get(d.article()).id(),
                        articles.get(d.duplicateOf()).id(), d.similarity()));
            }
        }
        return out.toString();
    }

    private static String json(Clustering clustering, List<SourceDocument> articles) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode stories = root.putArray("stories");
        for (Clustering.Story story : clustering.stories()) {
            ObjectNode s = stories.addObject();
            s.put("id", story.id());
            s.put("title", story.title().orElse(null));
            ArrayNode members = s.putArray("articles");
            story.articles().forEach(a -> members.add(articles.get(a).id()));
            ArrayNode outlets = s.putArray("outlets");
            story.outlets().forEach(outlets::add);
            s.put("first_seen", story.firstSeen().map(Object::toString).orElse(null));
            s.put("last_seen", story.lastSeen().map(Object::toString).orElse(null));
        }
        ArrayNode duplicates = root.putArray("duplicates");
        for (Clustering.Duplicate d : clustering.duplicates()) {
            ObjectNode node = duplicates.addObject();
            node.put("article", articles.get(d.article()).id());
            node.put("duplicate_of", articles.get(d.duplicateOf()).id());
            node.put("similarity", Math.round(d.similarity() * 1000) / 1000.0);
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
