package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.newsfuse.ingest.ExtractedPage;
import org.newsfuse.ingest.HtmlPage;

/**
 * Writes an {@link ExtractionReport}: per page, the title, outlet, authors, date, URL and text. JSON is
 * a list of {@code {id, title, authors, published, outlet, url, language, method, text}};
 * {@link #benchmark} writes the extraction benchmark's peer format. Stateless and thread-safe.
 */
public final class ExtractionRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Format format;

    public ExtractionRenderer(Format format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** The whole output as a string. */
    public String render(ExtractionReport report) {
        return switch (format) {
            case TEXT -> text(report);
            case MARKDOWN -> markdown(report);
            case JSON -> json(report);
            case HTML -> html(report);
        };
    }

    /** Writes {@link #render}'s text to {@code out}. */
    public void write(ExtractionReport report, Writer out) throws IOException {
        out.write(render(report));
    }

    /**
     * The extraction benchmark's peer format, {@code {"output": {ID: {"articleBody": TEXT}}}}, every page
     * included (an empty body where none was found).
     */
    public static String benchmark(ExtractionReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode output = root.putObject("output");
        for (ExtractedPage page : report.pages()) {
            output.putObject(page.id()).put("articleBody", page.page().map(HtmlPage::text).orElse(""));
        }
        return write(root) + "\n";
    }

    private static String text(ExtractionReport report) {
        StringBuilder text = new StringBuilder();
        for (ExtractedPage page : report.pages()) {
            if (page.page().isEmpty()) {
                continue;
            }
            HtmlPage p = page.page().get();
            text.append("# ").append(p.title().orElse(page.id())).append('\n');
            p.siteName().ifPresent(s -> text.append("outlet: ").append(s).append('\n'));
            if (!p.authors().isEmpty()) {
                text.append("by: ").append(String.join(", ", p.authors())).append('\n');
            }
            p.published().ifPresent(s -> text.append("published: ").append(s).append('\n'));
            p.canonicalUrl().ifPresent(s -> text.append("url: ").append(s).append('\n'));
            text.append('\n').append(p.text()).append("\n\n");
        }
        return text.toString();
    }

    private static String markdown(ExtractionReport report) {
        StringBuilder out = new StringBuilder();
        for (ExtractedPage page : report.pages()) {
            if (page.page().isEmpty()) {
                continue;
            }
            HtmlPage p = page.page().get();
            out.append("## ").append(MarkdownRenderer.escape(p.title().orElse(page.id()))).append("\n\n");
            p.siteName().ifPresent(s -> out.append("- outlet: ").append(MarkdownRenderer.escape(s)).append('\n'));
            if (!p.authors().isEmpty()) {
                out.append("- by: ").append(MarkdownRenderer.escape(String.join(", ", p.authors()))).append('\n');
            }
            p.published().ifPresent(s -> out.append("- published: ").append(MarkdownRenderer.escape(s)).append('\n'));
            p.canonicalUrl().ifPresent(s -> out.append("- url: <").append(s.replace(">", "%3E")).append(">\n"));
            out.append('\n').append(MarkdownRenderer.escape(p.text())).append("\n\n");
        }
        return out.toString();
    }

    private static String html(ExtractionReport report) {
        StringBuilder out = new StringBuilder(Html.open("newsfuse extraction"));
        for (ExtractedPage page : report.pages()) {
            if (page.page().isEmpty()) {
                continue;
            }
            HtmlPage p = page.page().get();
            out.append("<article>\n<h1>").append(Html.escape(p.title().orElse(page.id()))).append("</h1>\n<p class=\"src\">");
            p.siteName().ifPresent(s -> out.append(Html.escape(s)).append(' '));
            if (!p.authors().isEmpty()) {
                out.append("by ").append(Html.escape(String.join(", ", p.authors()))).append(' ');
            }
            p.published().ifPresent(s -> out.append(Html.escape(s)).append(' '));
            p.canonicalUrl().ifPresent(s -> out.append(Html.escape(s)));
            out.append("</p>\n");
            for (String paragraph : p.text().split("\n\\s*\n")) {
                out.append("<p>").append(Html.escape(paragraph.strip())).append("</p>\n");
            }
            out.append("</article>\n");
        }
        return out.append(Html.close()).toString();
    }

    private static String json(ExtractionReport report) {
        ArrayNode pages = MAPPER.createArrayNode();
        for (ExtractedPage page : report.pages()) {
            if (page.page().isEmpty()) {
                continue;
            }
            HtmlPage p = page.page().get();
            ObjectNode node = pages.addObject();
            node.put("id", page.id());
            node.put("title", p.title().orElse(null));
            ArrayNode authors = node.putArray("authors");
            p.authors().forEach(authors::add);
            node.put("published", p.published().orElse(null));
            node.put("outlet", p.siteName().orElse(null));
            node.put("url", p.canonicalUrl().orElse(null));
            node.put("language", p.language().orElse(null));
            node.put("method", p.method());
            node.put("text", p.text());
        }
        return write(pages) + "\n";
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
