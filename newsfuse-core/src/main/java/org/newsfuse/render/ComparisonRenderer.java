package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        return switch (format) {
            case JSON -> json(reports, inputDiagnostics);
            case HTML -> {
                HtmlBriefing html = new HtmlBriefing();
                briefing(reports, html);
                yield Html.open("newsfuse comparison") + html.out + Html.close();
            }
            case TEXT, MARKDOWN -> {
                PlainBriefing plain = new PlainBriefing(format == Format.MARKDOWN);
                briefing(reports, plain);
                yield plain.out.toString();
            }
        };
    }

    /** Writes {@link #render}'s text to {@code out}. */
    public void write(List<ComparisonReport> reports, List<Diagnostic> inputDiagnostics, Writer out) throws IOException {
        out.write(render(reports, inputDiagnostics));
    }

    /** The shape of a briefing, whatever it is written in: a story, its sections, their items. */
    private interface Briefing {
        void story(String heading);

        void section(String heading);

        void item(String text);

        /** A line belonging to the item before it. */
        void detail(String text);

        void endSection();
    }

    /** Text or Markdown: headings, bullets, a blank line after each section. */
    private static final class PlainBriefing implements Briefing {
        final StringBuilder out = new StringBuilder();
        final boolean markdown;

        PlainBriefing(boolean markdown) {
            this.markdown = markdown;
        }

        @Override
        public void story(String heading) {
            out.append(markdown ? "## " : "").append(heading).append("\n\n");
        }

        @Override
        public void section(String heading) {
            out.append(markdown ? "### " : "").append(heading).append('\n');
        }

        @Override
        public void item(String text) {
            out.append(markdown ? "- " : "  - ").append(text).append('\n');
        }

        @Override
        public void detail(String text) {
            out.append(markdown ? "  - " : "      ").append(text).append('\n');
        }

        @Override
        public void endSection() {
            out.append('\n');
        }
    }

    /** HTML: every piece of text escaped. */
    private static final class HtmlBriefing implements Briefing {
        final StringBuilder out = new StringBuilder();

        @Override
        public void story(String heading) {
            out.append("<h1>").append(Html.escape(heading)).append("</h1>\n");
        }

        @Override
        public void section(String heading) {
            out.append("<h2>").append(Html.escape(heading)).append("</h2>\n");
        }

        @Override
        public void item(String text) {
            out.append("<p>").append(Html.escape(text)).append("</p>\n");
        }

        @Override
        public void detail(String text) {
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

    private static List<String> outlets(Map<String, String> names, List<Comparison.Support> support) {
        List<String> listed = new ArrayList<>();
        for (Comparison.Support s : support) {
            String name = outletName(names, s.article());
            if (!listed.contains(name)) {
                listed.add(name);
            }
        }
        return listed;
    }

    private static void briefing(List<ComparisonReport> reports, Briefing out) {
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
                entry.getValue().forEach(claim -> out.item(claim.text()));
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

    private static String json(List<ComparisonReport> reports, List<Diagnostic> inputDiagnostics) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root;
        if (reports.size() == 1) {
            root = story(mapper, reports.get(0));
        } else {
            root = mapper.createObjectNode();
            ArrayNode stories = root.putArray("stories");
            reports.forEach(r -> stories.add(story(mapper, r)));
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : inputDiagnostics) {
            JsonRenderer.diagnostic(diagnostics.addObject(), d);
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode story(ObjectMapper mapper, ComparisonReport report) {
        Comparison c = report.comparison();
        ObjectNode node = mapper.createObjectNode();
        node.put("story", c.story());
        ArrayNode articles = node.putArray("articles");
        for (Article a : report.articles()) {
            ObjectNode n = articles.addObject();
            n.put("id", a.id());
            n.put("outlet", a.outlet().orElse(null));
            n.put("title", a.title().orElse(null));
        }
        ArrayNode claims = node.putArray("claims");
        for (Comparison.Claim claim : c.claims()) {
            ObjectNode n = claims.addObject();
            n.put("text", claim.text());
            n.put("status", claim.status().label());
            supports(n.putArray("articles"), claim.articles());
            if (!claim.values().isEmpty()) {
                ArrayNode values = n.putArray("values");
                for (Comparison.Value v : claim.values()) {
                    ObjectNode value = values.addObject();
                    value.put("article", v.article());
                    value.put("outlet", v.outlet());
                    value.put("text", v.text());
                }
            }
        }
        ArrayNode quotes = node.putArray("quotes");
        for (Comparison.Quote q : c.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            n.put("kind", q.kind().label());
            n.put("speaker", q.speaker().orElse(null));
            supports(n.putArray("articles"), q.articles());
            attributions((ArrayNode) n.get("articles"), q);
        }
        ArrayNode entities = node.putArray("entities");
        for (Comparison.Entity e : c.entities()) {
            ObjectNode n = entities.addObject();
            n.put("name", e.name());
            n.put("type", e.type().name());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode arts = n.putArray("articles");
            e.articles().forEach(arts::add);
        }
        ArrayNode timeline = node.putArray("timeline");
        for (Comparison.TimelineEvent t : c.timeline()) {
            ObjectNode n = timeline.addObject();
            n.put("when", t.when());
            n.put("resolved", t.resolved());
            n.put("text", t.text());
            supports(n.putArray("articles"), t.articles());
        }
        return node;
    }

    private static void supports(ArrayNode array, List<Comparison.Support> supports) {
        for (Comparison.Support s : supports) {
            ObjectNode n = array.addObject();
            n.put("article", s.article());
            n.put("outlet", s.outlet());
            n.put("start", s.span().start());
            n.put("end", s.span().end());
        }
    }

    /** Adds to each carrier of a quote how that article attributes it: report span, speaker mention, cue. */
    private static void attributions(ArrayNode carriers, Comparison.Quote quote) {
        for (int i = 0; i < carriers.size(); i++) {
            ObjectNode n = (ObjectNode) carriers.get(i);
            quote.attributionIn(n.get("article").asText()).ifPresent(a -> {
                n.put("reportStart", a.report().start());
                n.put("reportEnd", a.report().end());
                a.speaker().ifPresent(m -> {
                    n.put("speakerStart", m.start());
                    n.put("speakerEnd", m.end());
                });
                a.cue().ifPresent(c -> n.put("cue", c));
            });
        }
    }
}
