package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsfuse.group.Clustering;
import org.newsfuse.ingest.SourceDocument;

/**
 * Writes a {@link ClusterReport}: each story with its title, outlets and articles, then the syndicated
 * copies. JSON: {@code {"stories": [{id, title, articles, outlets, first_seen, last_seen}], "duplicates":
 * [{article, duplicate_of, similarity}]}}. Stateless and thread-safe.
 */
public final class ClusterRenderer {

    private final Format format;

    public ClusterRenderer(Format format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** The whole output as a string. */
    public String render(ClusterReport report) {
        return switch (format) {
            case TEXT -> text(report.clustering(), report.articles());
            case MARKDOWN -> markdown(report.clustering(), report.articles());
            case JSON -> json(report.clustering(), report.articles());
            case HTML -> html(report.clustering(), report.articles());
        };
    }

    /** Writes {@link #render}'s text to {@code out}. */
    public void write(ClusterReport report, Writer out) throws IOException {
        out.write(render(report));
    }

    private static String text(Clustering clustering, List<SourceDocument> articles) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles in %d stories, %d syndicated copies%n%n", articles.size(),
                clustering.stories().size(), clustering.duplicates().size()));
        for (Clustering.Story story : clustering.stories()) {
            out.append(story.id()).append(": ").append(story.title().orElse("(untitled)")).append(" — ")
                    .append(count(story)).append(outlets(story)).append('\n');
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

    private static String count(Clustering.Story story) {
        return story.articles().size() + (story.articles().size() == 1 ? " article" : " articles");
    }

    private static String outlets(Clustering.Story story) {
        return story.outlets().isEmpty() ? "" : ", " + String.join(", ", story.outlets());
    }

    private static String markdown(Clustering clustering, List<SourceDocument> articles) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles in %d stories, %d syndicated copies%n%n", articles.size(),
                clustering.stories().size(), clustering.duplicates().size()));
        for (Clustering.Story story : clustering.stories()) {
            out.append("## ").append(story.id()).append(": ").append(MarkdownRenderer.escape(story.title().orElse("(untitled)")))
                    .append("\n\n").append(MarkdownRenderer.escape(count(story) + outlets(story))).append("\n\n");
            for (int a : story.articles()) {
                out.append("- `").append(articles.get(a).id().replace("`", "'")).append("`\n");
            }
            out.append('\n');
        }
        if (!clustering.duplicates().isEmpty()) {
            out.append("## Syndicated copies\n\n");
            for (Clustering.Duplicate d : clustering.duplicates()) {
                out.append(String.format(Locale.ROOT, "- `%s` copies `%s` (%.2f)%n", articles.get(d.article()).id().replace("`", "'"),
                        articles.get(d.duplicateOf()).id().replace("`", "'"), d.similarity()));
            }
        }
        return out.toString();
    }

    private static String html(Clustering clustering, List<SourceDocument> articles) {
        StringBuilder out = new StringBuilder(Html.open("newsfuse stories"));
        out.append("<p>").append(articles.size()).append(" articles in ").append(clustering.stories().size()).append(" stories, ")
                .append(clustering.duplicates().size()).append(" syndicated copies</p>\n");
        for (Clustering.Story story : clustering.stories()) {
            out.append("<h2>").append(Html.escape(story.id() + ": " + story.title().orElse("(untitled)"))).append("</h2>\n<p>")
                    .append(Html.escape(count(story) + outlets(story))).append("</p>\n<ul>\n");
            for (int a : story.articles()) {
                out.append("<li>").append(Html.escape(articles.get(a).id())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!clustering.duplicates().isEmpty()) {
            out.append("<h2>Syndicated copies</h2>\n<ul>\n");
            for (Clustering.Duplicate d : clustering.duplicates()) {
                out.append("<li>").append(Html.escape(String.format(Locale.ROOT, "%s copies %s (%.2f)", articles.get(d.article()).id(),
                        articles.get(d.duplicateOf()).id(), d.similarity()))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append(Html.close()).toString();
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
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
