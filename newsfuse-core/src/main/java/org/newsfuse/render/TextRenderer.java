package org.newsfuse.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.Removal;
import org.newsfuse.summarize.Citation;
import org.newsfuse.summarize.SummarySentence;

/** Plain text for a terminal: the summary with [n] citations, then the numbered source list. */
final class TextRenderer implements SummaryRenderer {

    private static final int WIDTH = 88;

    @Override
    public Output open(Appendable out, int stories) {
        return new Output() {
            private int written;

            @Override
            public void story(StoryReport report) throws IOException {
                StringBuilder text = new StringBuilder();
                if (written++ > 0) {
                    text.append('\n').append("=".repeat(WIDTH)).append("\n\n");
                }
                TextRenderer.story(report, text);
                out.append(text);
            }

            @Override
            public void finish(List<Diagnostic> inputDiagnostics) throws IOException {
                if (!inputDiagnostics.isEmpty()) {
                    out.append("\nInput problems\n");
                    for (Diagnostic d : inputDiagnostics) {
                        out.append("  ").append(d.toLine()).append('\n');
                    }
                }
            }
        };
    }

    private static void story(StoryReport report, StringBuilder out) {
        int articles = report.articles().size();
        out.append("Story ").append(report.story()).append(": ").append(articles).append(articles == 1 ? " article" : " articles")
                .append(", summary of ").append(report.summary().words()).append(" words\n\n");
        if (report.summary().sentences().isEmpty()) {
            out.append("  (no sentence fit the budget)\n");
        }
        for (SummarySentence sentence : report.summary().sentences()) {
            StringBuilder cites = new StringBuilder();
            for (Citation c : sortedByNumber(report, sentence)) {
                cites.append('[').append(report.number(c.article())).append(']');
            }
            wrap(sentence.text() + " " + cites, "  - ", "    ", out);
        }
        out.append("\nSources\n");
        for (int i = 0; i < articles; i++) {
            Article a = report.articles().get(i);
            StringBuilder line = new StringBuilder();
            line.append(a.outlet().orElse("outlet unknown"));
            a.title().ifPresent(t -> line.append(", \"").append(t).append('"'));
            if (!a.authors().isEmpty()) {
                line.append(", by ").append(String.join(" and ", a.authors()));
            }
            a.date().ifPresent(d -> line.append(", ").append(d));
            line.append(" (").append(a.origin()).append(')');
            wrap(line.toString(), String.format("  [%d] ", i + 1), "      ", out);
        }
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Removal rm : report.articles().get(i).removals()) {
                counts.merge(rm.reason().label().replace('_', ' '), 1, Integer::sum);
            }
            if (!counts.isEmpty()) {
                List<String> parts = new ArrayList<>();
                counts.forEach((k, v) -> parts.add(v + " " + k));
                removed.add("[" + (i + 1) + "] " + String.join(", ", parts));
            }
        }
        if (!removed.isEmpty()) {
            out.append("\nLeft out as not article text (spans in --format json)\n");
            for (String line : removed) {
                wrap(line, "  ", "      ", out);
            }
        }
        if (!report.diagnostics().isEmpty()) {
            out.append("\nNotes\n");
            report.diagnostics().forEach(d -> out.append("  ").append(d.toLine()).append('\n'));
        }
    }

    static void wrap(String text, String firstIndent, String indent, StringBuilder out) {
        String prefix = firstIndent;
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.split(" ")) {
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                prefix = indent;
                line = new StringBuilder(prefix);
            }
            if (line.length() > prefix.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    static List<Citation> sortedByNumber(StoryReport report, SummarySentence sentence) {
        return sentence.citations().stream().sorted(java.util.Comparator.comparingInt(c -> report.number(c.article()))).toList();
    }
}
