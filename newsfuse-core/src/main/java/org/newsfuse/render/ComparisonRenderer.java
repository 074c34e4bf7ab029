package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.compare.Comparison;

/**
 * Renders comparisons: a briefing for people ({@code text}, {@code markdown}, {@code html}: "Confirmed
 * by", "Only in", "Disagree", "Who said what") or the JSON contract ({@code claims}, {@code quotes},
 * {@code entities}, {@code timeline}).
 */
public final class ComparisonRenderer {

    /** One story's comparison and the articles it numbers. */
    public record Report(List<Article> articles, Comparison comparison) {
        public Report {
            articles = List.copyOf(articles);
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    private final String format;

    public ComparisonRenderer(String format) {
        if (!List.of("text", "markdown", "md", "json", "html").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "'; known: text, markdown, json, html");
        }
        this.format = format;
    }

    public String render(List<Report> reports, List<Diagnostic> inputDiagnostics) {
        return switch (format) {
            case "json" -> json(reports, inputDiagnostics);
            case "html" -> html(reports);
            default -> briefing(reports, format.startsWith("m"));
        };
    }

    /** Each article's outlet name, looked up once per report: a story of 10,000 articles made a scan per citation quadratic. */
    private static Map<String, String> outletNames(Report report) {
        Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < report.articles().size(); i++) {
            Article a = report.articles().get(i);
            names.putIfAbsent(a.id(), a.outlet().orElse("article " + (i + 1) + " (" + a.id() + ")"));
        }
        return names;
    }

    private static List<String> outlets(Map<String, String> outletNames, List<Comparison.Support> support) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Comparison.Support s : support) {
            names.add(outletNames.getOrDefault(s.article(), s.article()));
        }
        return new ArrayList<>(names);
    }

    private static String briefing(List<Report> reports, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String h1 = markdown ? "## " : "";
        String h2 = markdown ? "### " : "";
        String bullet = markdown ? "- " : "  - ";
        for (Report report : reports) {
            Comparison c = report.comparison();
            Map<String, String> names = outletNames(report);
            out.append(h1).append("Story ").append(c.story()).append(": ").append(report.articles().size()).append(" articles\n\n");
            List<Comparison.Claim> confirmed = c.claims().stream().filter(x -> x.status() == Comparison.Status.CORROBORATED).toList();
            List<Comparison.Claim> conflicts = c.claims().stream().filter(x -> x.status() == Comparison.Status.CONFLICTING).toList();
            String everyone = report.articles().size() == 2 ? "both" : "several outlets";
            out.append(h2).append("Confirmed by ").append(everyone).append(" (").append(confirmed.size()).append(")\n");
            for (Comparison.Claim claim : confirmed) {
                out.append(bullet).append(claim.text()).append(" [").append(String.join(", ", outlets(names, claim.articles()))).append("]\n");
            }
            out.append('\n');
            Map<String, List<Comparison.Claim>> only = new LinkedHashMap<>();
            for (Comparison.Claim claim : c.claims()) {
                if (claim.status() == Comparison.Status.SINGLE_SOURCE) {
                    // one source may be a wire story and its copies: name every outlet that ran it
                    only.computeIfAbsent(String.join(" and ", outlets(names, claim.articles())), k -> new ArrayList<>()).add(claim);
                }
            }
            for (var entry : only.entrySet()) {
                out.append(h2).append("Only in ").append(entry.getKey()).append(" (").append(entry.getValue().size()).append(")\n");
                entry.getValue().forEach(claim -> out.append(bullet).append(claim.text()).append('\n'));
                out.append('\n');
            }
            out.append(h2).append("Disagree (").append(conflicts.size()).append(")\n");
            for (Comparison.Claim claim : conflicts) {
                List<String> values = new ArrayList<>();
                claim.values().forEach(v -> values.add(names.getOrDefault(v.article(), v.article()) + ": " + v.text()));
                out.append(bullet).append(claim.text()).append("\n").append(markdown ? "  - " : "      ").append(String.join("; ", values)).append('\n');
            }
            out.append('\n').append(h2).append("Who said what (").append(c.quotes().size()).append(")\n");
            for (Comparison.Quote quote : c.quotes()) {
                out.append(bullet).append(quote.speaker().orElse("unattributed")).append(": \u201c").append(quote.text()).append("\u201d [")
                        .append(String.join(", ", outlets(names, quote.articles()))).append("]\n");
            }
            out.append('\n').append(h2).append("People, organisations and places\n");
            for (Comparison.Entity e : c.entities()) {
                out.append(bullet).append(e.name()).append(" (").append(e.type().name().toLowerCase(java.util.Locale.ROOT)).append(")");
                if (!e.aliases().isEmpty()) {
                    out.append(", also ").append(String.join("; ", e.aliases()));
                }
                out.append('\n');
            }
            out.append('\n').append(h2).append("Timeline\n");
            for (Comparison.TimelineEvent event : c.timeline()) {
                out.append(bullet).append(event.when()).append(": ").append(event.text()).append(" [")
                        .append(String.join(", ", outlets(names, event.articles()))).append("]\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String json(List<Report> reports, List<Diagnostic> inputDiagnostics) {
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

    private static ObjectNode story(ObjectMapper mapper, Report report) {
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
            n.put("speaker", q.speaker().orElse(null));
            supports(n.putArray("articles"), q.articles());
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

    private static String html(List<Report> reports) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsfuse comparison</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45}"
                + "h2{border-bottom:1px solid #ccc}.src{color:#555;font-size:.9em}</style></head><body>\n");
        String md = briefing(reports, true);
        for (String line : md.split("\n")) {
            if (line.startsWith("## ")) {
                out.append("<h1>").append(escape(line.substring(3))).append("</h1>\n");
            } else if (line.startsWith("### ")) {
                out.append("<h2>").append(escape(line.substring(4))).append("</h2>\n");
            } else if (line.startsWith("- ") || line.startsWith("  - ")) {
                out.append("<p>").append(escape(line.replaceFirst("^\\s*- ", ""))).append("</p>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
