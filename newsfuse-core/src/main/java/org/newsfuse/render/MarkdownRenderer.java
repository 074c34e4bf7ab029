package org.newsfuse.render;

import java.io.IOException;
import java.util.List;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.clean.Article;
import org.newsfuse.summarize.Citation;
import org.newsfuse.summarize.SummarySentence;

/** Markdown: a bulleted summary with footnote-style citations and a numbered source list. */
final class MarkdownRenderer implements SummaryRenderer {

    @Override
    public Output open(Appendable out, int stories) {
        return new Output() {
            @Override
            public void story(StoryReport report) throws IOException {
                out.append(MarkdownRenderer.story(report));
            }

            @Override
            public void finish(List<Diagnostic> inputDiagnostics) throws IOException {
                if (!inputDiagnostics.isEmpty()) {
                    out.append("### Input problems\n\n");
                    for (Diagnostic d : inputDiagnostics) {
                        out.append("- ").append(escape(d.toLine())).append('\n');
                    }
                }
            }
        };
    }

    private static StringBuilder story(StoryReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Story ").append(escape(report.story())).append("\n\n");
        for (SummarySentence sentence : report.summary().sentences()) {
            out.append("- ").append(shown(sentence));
            for (Citation c : sortedByNumber(report, sentence)) {
                out.append(" [").append(report.number(c.article())).append(']');
            }
            out.append('\n');
        }
        out.append("\n### Sources\n\n");
        for (int i = 0; i < report.articles().size(); i++) {
            Article a = report.articles().get(i);
            out.append(i + 1).append(". **").append(escape(a.outlet().orElse("outlet unknown"))).append("**");
            a.title().ifPresent(t -> out.append(" — ").append(escape(t)));
            if (!a.authors().isEmpty()) {
                out.append(", by ").append(escape(String.join(" and ", a.authors())));
            }
            out.append(" (`").append(a.origin()).append("`)\n");
        }
        if (!report.diagnostics().isEmpty()) {
            out.append("\n### Notes\n\n");
            report.diagnostics().forEach(d -> out.append("- ").append(escape(d.toLine())).append('\n'));
        }
        out.append('\n');
        return out;
    }

    /** The sentence with its bracketed insertions in italics, so they read as the editor's words, not the outlet's. */
    private static String shown(SummarySentence sentence) {
        SummarySentence.Shown shown = sentence.shown();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (SummarySentence.Placed placed : shown.insertions()) {
            out.append(escape(shown.text().substring(copied, placed.start())));
            String inserted = escape(shown.text().substring(placed.start(), placed.end()));
            boolean insideWord = placed.end() < shown.text().length() && Character.isLetterOrDigit(shown.text().charAt(placed.end()));
            // "*\[T\]*he" would not close its emphasis (CommonMark: "]" then a letter), so a change inside a word is <em>
            out.append(insideWord ? "<em>" + inserted + "</em>" : "*" + inserted + "*");
            copied = placed.end();
        }
        return out.append(escape(shown.text().substring(copied))).toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]");
    }

    static List<Citation> sortedByNumber(StoryReport report, SummarySentence sentence) {
        return sentence.citations().stream().sorted(java.util.Comparator.comparingInt(c -> report.number(c.article()))).toList();
    }
}
