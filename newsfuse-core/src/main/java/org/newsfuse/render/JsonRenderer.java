package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.Removal;
import org.newsfuse.summarize.Citation;
import org.newsfuse.summarize.Insertion;
import org.newsfuse.summarize.SummarySentence;

/**
 * The JSON contract: a story object with {@code summary} (each {@code {text, support, inserted: [{text,
 * start, end, from: {article, start, end}}], sources: [{article, outlet, start, end, similarity}]}}: a
 * bracketed insertion's {@code start}/{@code end} are offsets into {@code text}, brackets included, and
 * {@code from} is where its words are written; an insertion in place of an opening pronoun or link also has
 * {@code replaces: {text, start, end}}, the pronoun and where it is in the article), {@code articles} (id, title, outlet, authors, ...,
 * {@code removed} spans) and {@code diagnostics}; several stories as {@code {"stories": [...],
 * "diagnostics": [...]}}. Offsets are UTF-16 code units into the article's original text, half-open.
 */
final class JsonRenderer implements SummaryRenderer {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Output open(Appendable out, int stories) throws IOException {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        JsonGenerator json = mapper.getFactory().createGenerator(writer).setPrettyPrinter(new DefaultPrettyPrinter());
        return new Output() {
            // a single story is the root object and takes the input's diagnostics, so it waits for finish
            private ObjectNode single;

            @Override
            public void story(StoryReport report) throws IOException {
                if (stories == 1) {
                    single = JsonRenderer.this.story(report);
                    return;
                }
                openList();
                mapper.writeTree(json, JsonRenderer.this.story(report));
                json.flush();
            }

            @Override
            public void finish(List<Diagnostic> inputDiagnostics) throws IOException {
                if (single != null) {
                    ArrayNode diagnostics = (ArrayNode) single.get("diagnostics");
                    inputDiagnostics.forEach(d -> diagnostics.add(diagnostic(d)));
                    mapper.writeTree(json, single);
                } else {
                    openList();
                    json.writeEndArray();
                    json.writeArrayFieldStart("diagnostics");
                    for (Diagnostic d : inputDiagnostics) {
                        mapper.writeTree(json, diagnostic(d));
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.flush();
                out.append('\n');
            }

            /** Several stories are {"stories": [...], "diagnostics": [...]}: opened by the first story, or by finish when there is none. */
            private void openList() throws IOException {
                if (json.getOutputContext().inRoot()) {
                    json.writeStartObject();
                    json.writeArrayFieldStart("stories");
                }
            }
        };
    }

    /** Lets Jackson write to any {@link Appendable}, a StringBuilder or a PrintWriter. */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.append(java.nio.CharBuffer.wrap(chars, offset, length));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private ObjectNode story(StoryReport report) {
        ObjectNode node = mapper.createObjectNode();
        node.put("story", report.story());
        node.put("algorithm", report.summary().algorithm());
        node.put("words", report.summary().words());
        ArrayNode summary = node.putArray("summary");
        for (SummarySentence sentence : report.summary().sentences()) {
            ObjectNode s = summary.addObject();
            s.put("text", sentence.text());
            s.put("support", sentence.support());
            ArrayNode inserted = s.putArray("inserted");
            SummarySentence.Shown shown = sentence.shown();
            for (int i = 0; i < sentence.insertions().size(); i++) {
                Insertion insertion = sentence.insertions().get(i);
                ObjectNode insertedNode = inserted.addObject();
                insertedNode.put("text", insertion.text());
                insertedNode.put("start", shown.insertions().get(i).start());
                insertedNode.put("end", shown.insertions().get(i).end());
                ObjectNode from = insertedNode.putObject("from");
                from.put("article", insertion.fromArticle());
                from.put("start", insertion.from().start());
                from.put("end", insertion.from().end());
                if (insertion.replaces() > 0) {
                    // the words the brackets stand in for (an opening pronoun): still in the cited span
                    ObjectNode replaces = insertedNode.putObject("replaces");
                    int start = sentence.sentence().span().start() + insertion.at();
                    replaces.put("text", sentence.replacedBy(insertion));
                    replaces.put("start", start);
                    replaces.put("end", start + insertion.replaces());
                }
            }
            ArrayNode sources = s.putArray("sources");
            for (Citation c : sentence.citations()) {
                ObjectNode source = sources.addObject();
                source.put("article", c.article());
                source.put("outlet", c.outlet());
                source.put("start", c.span().start());
                source.put("end", c.span().end());
                source.put("similarity", Math.round(c.similarity() * 1000) / 1000.0);
            }
        }
        ArrayNode articles = node.putArray("articles");
        for (int i = 0; i < report.articles().size(); i++) {
            articles.add(article(report.articles().get(i), report.sentences().get(i)));
        }
        ArrayNode diagnostics = node.putArray("diagnostics");
        report.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return node;
    }

    private ObjectNode article(Article article, int sentences) {
        ObjectNode a = mapper.createObjectNode();
        a.put("id", article.id());
        a.put("origin", article.origin());
        a.put("title", article.title().orElse(null));
        a.put("outlet", article.outlet().orElse(null));
        ArrayNode authors = a.putArray("authors");
        article.authors().forEach(authors::add);
        a.put("author_role", article.authorRole().orElse(null));
        a.put("section", article.section().orElse(null));
        a.put("dateline", article.dateline().orElse(null));
        a.put("date", article.date().map(Object::toString).orElse(null));
        ArrayNode subheadings = a.putArray("subheadings");
        article.subheadings().forEach(subheadings::add);
        a.put("sentences", sentences);
        ArrayNode removed = a.putArray("removed");
        for (Removal r : article.removals()) {
            ObjectNode node = removed.addObject();
            node.put("start", r.span().start());
            node.put("end", r.span().end());
            node.put("reason", r.reason().label());
            node.put("detail", r.detail());
            node.put("text", r.text());
        }
        return a;
    }

    private ObjectNode diagnostic(Diagnostic d) {
        return diagnostic(mapper.createObjectNode(), d);
    }

    /** The JSON form of a diagnostic, written to a stream (the streamed comparison). */
    static void diagnostic(JsonGenerator json, Diagnostic d) throws IOException {
        json.writeStartObject();
        json.writeStringField("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("source", d.source());
        json.writeStringField("location", d.location());
        json.writeStringField("message", d.message());
        json.writeStringField("outcome", d.outcome());
        json.writeEndObject();
    }

    /** The JSON form of a diagnostic, shared by every JSON output. */
    static ObjectNode diagnostic(ObjectNode node, Diagnostic d) {
        node.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
        node.put("source", d.source());
        node.put("location", d.location());
        node.put("message", d.message());
        node.put("outcome", d.outcome());
        return node;
    }
}
