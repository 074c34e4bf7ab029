package org.newsfuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.summarize.Budget;

class RendererTest {

    private static final Pipeline PIPELINE = Pipeline.load();

    private static StoryReport report(String id, String town) {
        return PIPELINE.report(StoryInput.of(id, List.of(
                SourceDocument.of("a.txt", "The " + town + " ferry resumed service on Friday after a two-day strike by its crews ended. "
                        + "The union said its members had won a pay rise."),
                SourceDocument.of("b.txt", "Ferry service in " + town + " resumed on Friday when a two-day crew strike ended. "
                        + "Passengers had waited for hours at the pier."))), "default", Budget.words(40));
    }

    @Test
    void streamingWritesEachStoryAsItComesAndEndsWithWhatRenderGives() throws IOException {
        List<StoryReport> reports = List.of(report("one", "Pellow"), report("two", "Sandmouth"));
        List<Diagnostic> problems = List.of(Diagnostic.error("in.jsonl", "line 3", "malformed JSON", "line skipped"));
        for (String format : List.of("text", "markdown", "json")) {
            SummaryRenderer renderer = SummaryRenderer.forFormat(format);
            StringBuilder out = new StringBuilder();
            SummaryRenderer.Output output = renderer.open(out, reports.size());
            output.story(reports.get(0));
            assertTrue(out.toString().contains("Pellow") && !out.toString().contains("Sandmouth"), format + ": " + out);
            output.story(reports.get(1));
            output.finish(problems);
            assertEquals(renderer.render(reports, problems), out.toString(), format);
            assertTrue(out.toString().contains("malformed JSON"), format);
        }
    }

    @Test
    void aSingleStoryRendersAsItselfWithTheInputProblems() {
        String json = SummaryRenderer.forFormat("json").render(List.of(report("one", "Pellow")),
                List.of(Diagnostic.error("in.jsonl", "line 3", "malformed JSON", "line skipped")));
        assertTrue(json.startsWith("{\n  \"story\" : \"one\""), json);
        assertTrue(json.contains("\"location\" : \"line 3\""), json);
        String none = SummaryRenderer.forFormat("json").render(List.of(), List.of());
        assertTrue(none.contains("\"stories\" : [ ]"), none);
    }
}
