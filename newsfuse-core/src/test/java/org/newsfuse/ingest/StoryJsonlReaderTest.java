package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.newsfuse.base.Diagnostic;

class StoryJsonlReaderTest {

    private static String story(int i) {
        return "{\"id\":\"s" + i + "\",\"documents\":[{\"id\":\"d" + i + "\",\"text\":\"Body " + i + ".\"}]}";
    }

    private static StoryJsonlReader.Result read(byte[] bytes) throws IOException {
        return new StoryJsonlReader().read(new ByteArrayInputStream(bytes), "malformed-line-7.jsonl");
    }

    @Test
    void reportsMalformedLineSevenOfTenAndReadsTheRest() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            text.append(i == 7 ? "{\"id\": \"s7\", \"documents\": [" : story(i)).append('\n');
        }
        StoryJsonlReader.Result result = read(text.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(9, result.stories().size());
        assertEquals(1, result.diagnostics().size());
        String line = result.diagnostics().get(0).toLine();
        assertTrue(line.startsWith("malformed-line-7.jsonl:line 7: error: malformed JSON: Unexpected end-of-input"), line);
        assertTrue(line.endsWith("(line skipped)"), line);
        assertEquals(10, result.linesRead());
        assertEquals(1, result.linesRejected());
    }

    @Test
    void reportsMissingFieldsEmptyDocumentsAndBadBytesByLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((story(1) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"s2\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"s3\",\"documents\":[{\"id\":\"x\",\"text\":\"  \"}]}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', (byte) 0xff, '"', '}', '\n'});
        bytes.writeBytes("[1,2]\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{\"id\":\"s7\",\"documents\":[{\"id\":\"ok\",\"text\":\"Fine.\"},{\"id\":\"empty\"}]}").getBytes(StandardCharsets.UTF_8));
        StoryJsonlReader.Result result = read(bytes.toByteArray());
        assertEquals(List.of(
                "malformed-line-7.jsonl:line 2: error: story s2 has no \"documents\" array (line skipped)",
                "malformed-line-7.jsonl:line 3: warning: story s3: document x has no text (document skipped)",
                "malformed-line-7.jsonl:line 3: error: story s3 has no usable document (line skipped)",
                "malformed-line-7.jsonl:line 5: error: invalid UTF-8 (line skipped)",
                "malformed-line-7.jsonl:line 6: error: expected a JSON object (one story per line) (line skipped)",
                "malformed-line-7.jsonl:line 7: warning: story s7: document empty has no text (document skipped)"),
                result.diagnostics().stream().map(Diagnostic::toLine).toList());
        assertEquals(List.of("s1", "s7"), result.stories().stream().map(StoryInput::id).toList());
        assertEquals(6, result.linesRead(), "the blank line is not a record");
        assertEquals(4, result.linesRejected());
    }

    /** Seeded property: arbitrary bytes never throw, and accounting always holds. */
    @RepeatedTest(100)
    void neverThrowsOnArbitraryBytes(RepetitionInfo repetition) throws IOException {
        Random random = new Random(31L * repetition.getCurrentRepetition());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 20; i++) {
            if (random.nextBoolean()) {
                bytes.writeBytes((story(i) + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] junk = new byte[random.nextInt(40)];
                random.nextBytes(junk);
                bytes.writeBytes(junk);
            }
        }
        StoryJsonlReader.Result result = read(bytes.toByteArray());
        assertEquals(result.linesRead(), result.stories().size() + result.linesRejected());
        assertTrue(result.diagnostics().size() >= result.linesRejected());
    }
}
