package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.compare.Comparison;

/**
 * Writes comparisons ({@link ComparisonReport}s): a briefing for people ({@link Format#TEXT},
 * {@link Format#MARKDOWN}, {@link Format#HTML}: "Confirmed by", "Only in", "Disagree", "Who said
 * what") or the JSON contract ({@code claims}, {@code quotes}, {@code entities}, {@code timeline}).
 * The HTML is built from the data, every piece of article text escaped. Stateless and thread-safe.
 */
public final class ComparisonRenderer {

    private final Format format;

    public ComparisonRenderer(Format format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** Renders the stories' comparisons and the diagnostics that belong to no one story (JSON only shows them). */
    public String render(List<ComparisonReport> reports, List<Diagnostic> inputDiagnostics) {
        StringWriter out = new StringWriter();
        try {
            write(reports, inputDiagnostics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #render}'s text to {@code out} as it goes, never holding the whole output (a story of
     * 10,000 articles makes over 100 MB of it).
     */
    public void write(List<ComparisonReport> reports, List<Diagnostic> inputDiagnostics, Writer out) throws IOException {
        switch (format) {
            case JSON -> json(reports, inputDiagnostics, out);
            case HTML -> {
                out.write(Html.open("newsfuse comparison"));
                briefing(reports, new HtmlBriefing(out));
                out.write(Html.close());
            }
            case TEXT, MARKDOWN -> briefing(reports, new PlainBriefing(out, format == Format.MARKDOWN));
        }
        out.flush();
    }

    /** The shape of a briefing, whatever it is written in: a story, its sections, their items. */
    private interface Briefing {
        void story(String heading) throws IOException;

        void section(String heading) throws IOException;

        void item(String text) throws IOException;

        /** A line belonging to the item before it. */
        void detail(String text) throws IOException;

        void endSection() throws IOException;
    }

    /** Text or Markdown: headings, bullets, a blank line after each section. */
    private static final class PlainBriefing implements Briefing {
        final Writer out;
        final boolean markdown;

        PlainBriefing(Writer out, boolean markdown) {
            this.out = out;
            this.markdown = markdown;
        }

        @Override
        public void story(String heading) throws IOException {
            out.append(markdown ? "## " : "").append(heading).append("\n\n");
        }

        @Override
        public void section(String heading) throws IOException {
            out.append(markdown ? "### " : "").append(heading).append('\n');
        }

        @Override
        public void item(String text) throws IOException {
            out.append(markdown ? "- " : "  - ").append(text).append('\n');
        }

        @Override
        public void detail(String text) throws IOException {
            out.append(markdown ? "  - " : "      ").append(text).append('\n');
        }

        @Override
        public void endSection() throws IOException {
            out.append('\n');
        }
    }

    /** HTML: every piece of text escaped. */
    private static final class HtmlBriefing implements Briefing {
        final Writer out;

        HtmlBriefing(Writer out) {
            this.out = out;
        }

        @Override
        public void story(String heading) throws IOException {
            out.append("<h1>").append(Html.escape(heading)).append("</h1>\n");
        }

        @Override
        public void section(String heading) throws IOException {
            out.append("<h2>").append(Html.escape(heading)).append("</h2>\n");
        }

        @Override
        public void item(String text) throws IOException {
            out.append("<p>").append(Html.escape(text)).append("</p>\n");
        }

        @Override
        public void detail(String text) throws IOException {
            item(text);
        }

        @Override
        public void endSection() {
        }
    }

    /** Each article's outlet name by article id, built once per story (a scan per citation was quadratic at 10,000 articles). */
    private static Map<String, String> outletNames(ComparisonReport report) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < report.articles().size(); i++) {
            Article a = report.articles().get(i);
            names.putIfAbsent(a.id(), a.outlet().orElse("article " + (i + 1) + " (" + a.id() + ")"));
        }
        return names;
    }

    private static String outletName(Map<String, String> names, String articleId) {
        return names.getOrDefault(articleId, articleId);
    }

    /** The outlets carrying an item, each once, in the order listed (a set: a claim may cite thousands). */
    private static Collection<String> outlets(Map<String, String> names, List<Comparison.Support> support) {
        Set<String> listed = new LinkedHashSet<>();
        for (Comparison.Support s : support) {
            listed.add(outletName(names, s.article()));
        }
        return listed;
    }

    private static void briefing(List<ComparisonReport> reports, Briefing out) throws IOException {
        for (ComparisonReport report : reports) {
            Comparison c = report.comparison();
            Map<String, String> names = outletNames(report);
            out.story("Story " + c.story() + ": " + report.articles().size() + " articles");
            List<Comparison.Claim> confirmed = c.claims().stream().filter(x -> x.status() == Comparison.Status.CORROBORATED).toList();
            List<Comparison.Claim> conflicts = c.claims().stream().filter(x -> x.status() == Comparison.Status.CONFLICTING).toList();
            String everyone = report.articles().size() == 2 ? "both" : "several outlets";
            out.section("Confirmed by " + everyone + " (" + confirmed.size() + ")");
            for (Comparison.Claim claim : confirmed) {
                out.item(claim.text() + " [" + String.join(", ", outlets(names, claim.articles())) + "]");
            }
            out.endSection();
            Map<String, List<Comparison.Claim>> only = new LinkedHashMap<>();
            for (Comparison.Claim claim : c.claims()) {
                if (claim.status() == Comparison.Status.SINGLE_SOURCE) {
                    // one source may be a wire story and its copies: name every outlet that ran it
                    only.computeIfAbsent(String.join(" and ", outlets(names, claim.articles())), k -> new ArrayList<>()).add(claim);
                }
            }
            for (var entry : only.entrySet()) {
                out.section("Only in " + entry.getKey() + " (" + entry.getValue().size() + ")");
                for (Comparison.Claim claim : entry.getValue()) {
                    out.item(claim.text());
                }
                out.endSection();
            }
            out.section("Disagree (" + conflicts.size() + ")");
            for (Comparison.Claim claim : conflicts) {
                List<String> values = new ArrayList<>();
                claim.values().forEach(v -> values.add(outletName(names, v.article()) + ": " + v.text()));
                out.item(claim.text());
                out.detail(String.join("; ", values));
            }
            out.endSection();
            out.section("Who said what (" + c.quotes().size() + ")");
            for (Comparison.Quote quote : c.quotes()) {
                // reported speech is the outlet's paraphrase: quotation marks would claim the speaker's own words
                String words = quote.kind() == Comparison.QuoteKind.INDIRECT ? "(reported) " + quote.text() : "\u201c" + quote.text() + "\u201d";
                out.item(quote.speaker().orElse("unattributed") + ": " + words + " ["
                        + String.join(", ", outlets(names, quote.articles())) + "]");
            }
            out.endSection();
            out.section("People, organisations and places");
            for (Comparison.Entity e : c.entities()) {
                String line = e.name() + " (" + e.type().name().toLowerCase(java.util.Locale.ROOT) + ")";
                if (!e.aliases().isEmpty()) {
                    line += ", also " + String.join("; ", e.aliases());
                }
                out.item(line);
            }
            out.endSection();
            out.section("Timeline");
            for (Comparison.TimelineEvent event : c.timeline()) {
                out.item(event.when() + ": " + event.text() + " [" + String.join(", ", outlets(names, event.articles())) + "]");
            }
            out.endSection();
        }
    }

    /** The JSON contract, streamed: one story is the root object, several are {"stories": [...], "diagnostics": [...]}. */
    private static void json(List<ComparisonReport> reports, List<Diagnostic> inputDiagnostics, Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (reports.size() == 1) {
            json.writeStartObject();
            storyFields(json, reports.get(0));
        } else {
            json.writeStartObject();
            json.writeArrayFieldStart("stories");
            for (ComparisonReport report : reports) {
                json.writeStartObject();
                storyFields(json, report);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : inputDiagnostics) {
            JsonRenderer.diagnostic(json, d);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static void storyFields(JsonGenerator json, ComparisonReport report) throws IOException {
        Comparison c = report.comparison();
        json.writeStringField("story", c.story());
        json.writeArrayFieldStart("articles");
        for (Article a : report.articles()) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("outlet", a.outlet().orElse(null));
            json.writeStringField("title", a.title().orElse(null));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("claims");
        for (Comparison.Claim claim : c.claims()) {
            json.writeStartObject();
            json.writeStringField("text", claim.text());
            json.writeStringField("status", claim.status().label());
            json.writeArrayFieldStart("articles");
            for (Comparison.Support s : claim.articles()) {
                json.writeStartObject();
                supportFields(json, s);
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!claim.values().isEmpty()) {
                json.writeArrayFieldStart("values");
                for (Comparison.Value v : claim.values()) {
                    json.writeStartObject();
                    json.writeStringField("article", v.article());
                    json.writeStringField("outlet", v.outlet());
                    json.writeStringField("text", v.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Comparison.Quote q : c.quotes()) {
            json.writeStartObject();
            json.writeStringField("text", q.text());
            json.writeStringField("kind", q.kind().label());
            json.writeStringField("speaker", q.speaker().orElse(null));
            Map<String, Comparison.Attribution> attributions = new HashMap<>();
            q.attributions().forEach(a -> attributions.putIfAbsent(a.article(), a));
            json.writeArrayFieldStart("articles");
            for (Comparison.Support s : q.articles()) {
                json.writeStartObject();
                supportFields(json, s);
                attributionFields(json, attributions.get(s.article()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (Comparison.Entity e : c.entities()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            json.writeArrayFieldStart("aliases");
            for (String alias : e.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("articles");
            for (String article : e.articles()) {
                json.writeString(article);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("timeline");
        for (Comparison.TimelineEvent t : c.timeline()) {
            json.writeStartObject();
            json.writeStringField("when", t.when());
            json.writeBooleanField("resolved", t.resolved());
            json.writeStringField("text", t.text());
            json.writeArrayFieldStart("articles");
            for (Comparison.Support s : t.articles()) {
                json.writeStartObject();
                supportFields(json, s);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void supportFields(JsonGenerator json, Comparison.Support s) throws IOException {
        json.writeStringField("article", s.article());
        json.writeStringField("outlet", s.outlet());
        json.writeNumberField("start", s.span().start());
        json.writeNumberField("end", s.span().end());
    }

    /** How the carrying article attributes a quote ({@link Comparison.Quote#attributionIn}): report span, speaker mention, cue. */
    private static void attributionFields(JsonGenerator json, Comparison.Attribution a) throws IOException {
        if (a == null) {
            return;
        }
        json.writeNumberField("reportStart", a.report().start());
        json.writeNumberField("reportEnd", a.report().end());
        if (a.speaker().isPresent()) {
            json.writeNumberField("speakerStart", a.speaker().get().start());
            json.writeNumberField("speakerEnd", a.speaker().get().end());
        }
        if (a.cue().isPresent()) {
            json.writeStringField("cue", a.cue().get());
        }
    }
}
