package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fictional article in the PolNeAR form, its gold quotations located by their words. */
    private static String article() {
        String text = "Harbor Bridge closes for repairs.\n\nMayor Dana Whitfield closed the Harbor Bridge on Tuesday after "
                + "inspectors found a cracked beam.\n\n\"We will not reopen it until it is safe for every family,\" Whitfield said.\n\n"
                + "City engineer Tomas Brandt said the repairs were \"at least three months\" away from being finished.\n";
        ObjectNode record = JSON.createObjectNode();
        record.put("id", "bridge-1");
        record.put("title", "Harbor Bridge closes for repairs");
        record.put("text", text);
        ArrayNode quotes = record.putArray("quotes");
        gold(quotes, text, "\"We will not reopen it until it is safe for every family,\"", "Whitfield", text.lastIndexOf("Whitfield"), true);
        gold(quotes, text, "the repairs were \"at least three months\" away from being finished", "City engineer Tomas Brandt",
                text.indexOf("City engineer"), false);
        return record.toString();
    }

    private static void gold(ArrayNode quotes, String text, String quote, String speaker, int speakerStart, boolean direct) {
        ObjectNode q = quotes.addObject();
        int start = text.indexOf(quote);
        q.put("quote", quote);
        q.put("start", start);
        q.put("end", start + quote.length());
        q.put("speaker", speaker);
        q.put("speaker_start", speakerStart);
        q.put("speaker_end", speakerStart + speaker.length());
        q.put("direct", direct);
    }

    @Test
    void scoresQuotationsAndSpeakersByKindAndReportsABadLine() throws IOException {
        Path data = dir.resolve("quotes.jsonl");
        Files.write(data, List.of(article(), "{\"id\": \"broken\", "));
        CliRun run = CliRun.of("eval-quotes", "--data", data.toString(), "--kinds", "direct,mixed", "--format", "json");
        assertEquals(ExitCode.DATA_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("quotes.jsonl:line 2"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line per problem: " + run.err());
        JsonNode result = JSON.readTree(run.out());
        assertEquals(1, result.get("articles").asInt());
        assertEquals(0, result.get("failed").asInt());
        JsonNode all = result.get("all");
        assertEquals(2, all.get("gold").asInt());
        assertEquals(2, all.get("found").asInt(), run.out());
        assertEquals(1.0, all.get("precision").asDouble(), run.out());
        assertEquals(1.0, all.get("speaker_accuracy").asDouble(), run.out());
        assertEquals(1, result.get("by_kind").get("direct").get("found").asInt());
        assertEquals(1, result.get("by_kind").get("mixed").get("found").asInt());
    }

    @Test
    void anUnknownKindIsAUsageError() throws IOException {
        Path data = dir.resolve("quotes.jsonl");
        Files.write(data, List.of(article()));
        CliRun run = CliRun.of("eval-quotes", "--data", data.toString(), "--kinds", "direct,reported");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown kind 'reported'"), run.err());
    }

    @Test
    void theSpeakerParserIsAUsageErrorWhenNoneIsInstalled() throws IOException {
        Path data = dir.resolve("quotes.jsonl");
        Files.write(data, List.of(article()));
        CliRun run = CliRun.of("eval-quotes", "--data", data.toString(), "--speaker-parser");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--speaker-parser: no speaker parser installed (build the CLI with -Pnlp4j)"), run.err());
    }
}
