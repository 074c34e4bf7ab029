package org.newsfuse.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.CompareOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/** The comparison written as it goes (issue 14: a 10,000-article story's JSON no longer fits in memory as a tree). */
class ComparisonRendererTest {

    private static ComparisonReport pellow;
    private static ComparisonReport sandmouth;

    private static ComparisonReport report(NewsFuse newsfuse, String id, String town, String costA, String costB) {
        return newsfuse.compare(StoryInput.of(id, List.of(
                SourceDocument.of("a.txt", "The " + town + " ferry resumed service on Friday after a two-day strike by its crews ended. "
                        + "The repairs to the pier will cost " + costA + " and take six weeks, the harbour board said. "
                        + "\"We are glad to be sailing again,\" said captain Mara Vell.").withOutlet("Coast Ledger"),
                SourceDocument.of("b.txt", "Ferry service in " + town + " resumed on Friday after a two-day strike by its crews ended. "
                        + "The repairs to the pier will cost " + costB + " and take six weeks, the harbour board said. "
                        + "\"We are glad to be sailing again,\" captain Mara Vell said.").withOutlet("Bay Post"))),
                CompareOptions.defaults().withEmbeddings(false));
    }

    @BeforeAll
    static void compare() {
        NewsFuse newsfuse = NewsFuse.load();
        pellow = report(newsfuse, "pellow", "Pellow", "$4 million", "$9 million");
        sandmouth = report(newsfuse, "sandmouth", "Sandmouth", "$2 million", "$2 million");
    }

    @Test
    void writeStreamsWhatRenderReturnsInEveryFormat() throws IOException {
        List<Diagnostic> problems = List.of(Diagnostic.error("in.jsonl", "line 3", "malformed JSON", "line skipped"));
        for (Format format : Format.values()) {
            ComparisonRenderer renderer = new ComparisonRenderer(format);
            for (List<ComparisonReport> reports : List.of(List.of(pellow), List.of(pellow, sandmouth))) {
                StringWriter out = new StringWriter();
                renderer.write(reports, problems, out);
                assertEquals(renderer.render(reports, problems), out.toString(), format + " " + reports.size());
                assertTrue(out.toString().contains("Pellow"), format::name);
            }
        }
    }

    @Test
    void jsonHoldsEveryPartOfTheContractForOneStoryAndForSeveral() throws IOException {
        List<Diagnostic> problems = List.of(Diagnostic.warning("feed.jsonl", "line 9", "no outlet", "article kept"));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode one = mapper.readTree(new ComparisonRenderer(Format.JSON).render(List.of(pellow), problems));
        assertEquals("pellow", one.get("story").asText());
        assertEquals(List.of("story", "articles", "claims", "quotes", "entities", "timeline", "diagnostics"),
                iterableToList(one.fieldNames()));
        assertEquals("no outlet", one.get("diagnostics").get(0).get("message").asText());
        JsonNode conflict = null;
        for (JsonNode claim : one.get("claims")) {
            if (claim.get("status").asText().equals("conflicting")) {
                conflict = claim;
            }
        }
        assertTrue(conflict != null, one::toPrettyString);
        assertEquals(2, conflict.get("articles").size(), conflict::toPrettyString);
        assertEquals(2, conflict.get("values").size(), conflict::toPrettyString);
        JsonNode carrier = one.get("quotes").get(0).get("articles").get(0);
        assertTrue(carrier.has("start") && carrier.has("reportStart") && carrier.has("cue"), carrier::toPrettyString);

        JsonNode several = mapper.readTree(new ComparisonRenderer(Format.JSON).render(List.of(pellow, sandmouth), problems));
        assertEquals(List.of("stories", "diagnostics"), iterableToList(several.fieldNames()));
        assertEquals("sandmouth", several.get("stories").get(1).get("story").asText());
        assertEquals(one.get("claims"), several.get("stories").get(0).get("claims"));
    }

    @Test
    void aWriteErrorReachesTheCaller() {
        Writer full = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        for (Format format : Format.values()) {
            assertThrows(IOException.class, () -> new ComparisonRenderer(format).write(List.of(pellow), List.of(), full), format::name);
        }
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
