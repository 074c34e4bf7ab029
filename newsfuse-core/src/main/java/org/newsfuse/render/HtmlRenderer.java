package org.newsfuse.render;

import java.io.IOException;
import java.util.List;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.summarize.Citation;
import org.newsfuse.summarize.SummarySentence;

/** A standalone HTML page: each summary with numbered citations, then its sources. Every piece of text is escaped. */
final class HtmlRenderer implements SummaryRenderer {

    @Override
    public Output open(Appendable out, int stories) throws IOException {
        out.append(Html.open("newsfuse summary"));
        return new Output() {
            @Override
            public void story(StoryReport report) throws IOException {
                out.append(HtmlRenderer.story(report));
            }

            @Override
            public void finish(List<Diagnostic> inputDiagnostics) throws IOException {
                if (!inputDiagnostics.isEmpty()) {
                    out.append("<h2>Input problems</h2>\n<ul>\n");
                    for (Diagnostic d : inputDiagnostics) {
                        out.append("<li>").append(Html.escape(d.toLine())).append("</li>\n");
                    }
                    out.append("</ul>\n");
                }
                out.append(Html.close());
            }
        };
    }

    private static StringBuilder story(StoryReport report) {
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"story\">\n<h1>Story ").append(Html.escape(report.story())).append("</h1>\n<ul class=\"summary\">\n");
        for (SummarySentence sentence : report.summary().sentences()) {
            out.append("<li>").append(Html.escape(sentence.text()));
            for (Citation c : MarkdownRenderer.sortedByNumber(report, sentence)) {
                int number = report.number(c.article());
                out.append(" <a class=\"src\" href=\"#").append(Html.escape(report.story())).append("-").append(number).append("\">[")
                        .append(number).append("]</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n<h2>Sources</h2>\n<ol>\n");
        for (int i = 0; i < report.articles().size(); i++) {
            Article a = report.articles().get(i);
            out.append("<li id=\"").append(Html.escape(report.story())).append("-").append(i + 1).append("\"><b>")
                    .append(Html.escape(a.outlet().orElse("outlet unknown"))).append("</b>");
            a.title().ifPresent(t -> out.append(", \u201c").append(Html.escape(t)).append("\u201d"));
            if (!a.authors().isEmpty()) {
                out.append(", by ").append(Html.escape(String.join(" and ", a.authors())));
            }
            out.append(" <span class=\"src\">(").append(Html.escape(a.origin())).append(")</span></li>\n");
        }
        out.append("</ol>\n");
        if (!report.diagnostics().isEmpty()) {
            out.append("<h2>Notes</h2>\n<ul>\n");
            report.diagnostics().forEach(d -> out.append("<li>").append(Html.escape(d.toLine())).append("</li>\n"));
            out.append("</ul>\n");
        }
        return out.append("</section>\n");
    }
}
