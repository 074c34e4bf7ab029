package org.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsfuse.base.Diagnostic;

/**
 * Reads the stories JSONL format (one story per line: {@code id}, {@code documents[]} with {@code id,
 * source, title, date, text}, optional {@code references[]}), and the articles JSONL format (one article
 * per line: {@code id, source, title, date, text}), each article a story of its own until grouped. Streams: memory is bounded by the longest
 * line, not the file. A bad line (invalid UTF-8, malformed JSON, missing fields, no usable document) is
 * reported with its line number and skipped; the rest of the file is read.
 */
public final class StoryJsonlReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The outcome of reading one file: accepted stories plus accounting. */
    public record Result(List<StoryInput> stories, List<Diagnostic> diagnostics, int linesRead, int linesRejected) {
    }

    /** Reads a whole file into memory-light records; see {@link #stream}. */
    public Result read(InputStream in, String sourceName) throws IOException {
        List<StoryInput> stories = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int[] counts = stream(in, sourceName, stories::add, diagnostics::add);
        return new Result(stories, diagnostics, counts[0], counts[1]);
    }

    /**
     * Reads stories one at a time, handing each to {@code sink} as soon as it is parsed.
     *
     * @return {@code {linesRead, linesRejected}} (blank lines are not records and count as neither)
     */
    public int[] stream(InputStream in, String sourceName, Consumer<StoryInput> sink, Consumer<Diagnostic> problems)
            throws IOException {
        int lineNumber = 0;
        int read = 0;
        int rejected = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);
        try (InputStream buffered = new BufferedInputStream(in, 1 << 16)) {
            boolean more = true;
            while (more) {
                line.reset();
                int b;
                while ((b = buffered.read()) != -1 && b != '\n') {
                    line.write(b);
                }
                more = b != -1;
                if (!more && line.size() == 0) {
                    break;
                }
                lineNumber++;
                byte[] bytes = line.toByteArray();
                int length = bytes.length;
                if (length > 0 && bytes[length - 1] == '\r') {
                    length--;
                }
                if (isBlank(bytes, length)) {
                    continue;
                }
                read++;
                String location = "line " + lineNumber;
                String text;
                try {
                    text = TextDecoder.decodeLine(bytes, length);
                } catch (CharacterCodingException e) {
                    problems.accept(Diagnostic.error(sourceName, location, "invalid UTF-8", "line skipped"));
                    rejected++;
                    continue;
                }
                Optional<StoryInput> story = parse(text, sourceName, lineNumber, problems);
                if (story.isPresent()) {
                    sink.accept(story.get());
                } else {
                    rejected++;
                }
            }
        }
        return new int[] {read, rejected};
    }

    /**
     * One line of a stories JSONL file ({@code {"id", "documents": [...], "references"}}) or of an
     * articles JSONL file (one article object per line), already decoded: the story it holds, or empty
     * with a diagnostic naming {@code sourceName} and the line. Articles may carry {@code id, source,
     * title, date, text, url, authors}.
     */
    public Optional<StoryInput> parse(String text, String sourceName, int lineNumber, Consumer<Diagnostic> problems) {
        String location = "line " + lineNumber;
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(Diagnostic.error(sourceName, location, "malformed JSON: " + firstLine(e.getOriginalMessage()), "line skipped"));
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            problems.accept(Diagnostic.error(sourceName, location, "expected a JSON object (one story per line)", "line skipped"));
            return Optional.empty();
        }
        String storyId = textField(root, "id").orElse(sourceName + ":" + lineNumber);
        JsonNode documents = root.get("documents");
        if (documents == null && root.has("text")) {
            // an articles JSONL line: one article, not yet grouped into a story
            com.fasterxml.jackson.databind.node.ArrayNode single = mapper.createArrayNode();
            single.add(root);
            documents = single;
        }
        if (documents == null || !documents.isArray()) {
            problems.accept(Diagnostic.error(sourceName, location, "story " + storyId + " has no \"documents\" array", "line skipped"));
            return Optional.empty();
        }
        List<SourceDocument> accepted = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            JsonNode doc = documents.get(i);
            String docId = doc.isObject() ? textField(doc, "id").orElse(storyId + "-d" + i) : storyId + "-d" + i;
            Optional<String> body = doc.isObject() ? textField(doc, "text") : Optional.empty();
            if (body.isEmpty() || body.get().isBlank()) {
                problems.accept(Diagnostic.warning(sourceName, location,
                        "story " + storyId + ": document " + docId + " has no text", "document skipped"));
                continue;
            }
            Optional<LocalDate> date = textField(doc, "date").flatMap(PublicationDates::parse);
            accepted.add(new SourceDocument(docId, sourceName + ":" + lineNumber + ":" + docId, body.get(),
                    textField(doc, "source"), textField(doc, "title"), date, textField(doc, "url"), authors(doc.get("authors"))));
        }
        if (accepted.isEmpty()) {
            problems.accept(Diagnostic.error(sourceName, location, "story " + storyId + " has no usable document", "line skipped"));
            return Optional.empty();
        }
        List<String> references = new ArrayList<>();
        JsonNode refs = root.get("references");
        if (refs != null && refs.isArray()) {
            for (JsonNode ref : refs) {
                if (ref.isTextual() && !ref.asText().isBlank()) {
                    references.add(ref.asText());
                }
            }
        }
        return Optional.of(new StoryInput(storyId, accepted, references));
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(a -> {
                if (a.isTextual()) {
                    out.add(a.asText());
                }
            });
        }
        return out;
    }

    private static Optional<String> textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
