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

    /** The longest line read; longer ones are skipped unread (a 5 GB line would not fit in memory). */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
    private static final long MAX_SKIPPED_LINE_BYTES = 16L * MAX_LINE_BYTES;

    private final ObjectMapper mapper = new ObjectMapper();
    private final long maxDocumentBytes;

    /** A reader holding each document's text to the default 10 MiB article limit. */
    public StoryJsonlReader() {
        this(ArticleReader.Options.defaults().maxArticleBytes());
    }

    /** A reader holding each document's text to {@code maxDocumentBytes} bytes of UTF-8, as a plain-text article is. */
    public StoryJsonlReader(long maxDocumentBytes) {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
        }
        this.maxDocumentBytes = maxDocumentBytes;
    }

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
                long lineBytes = 0;
                while ((b = buffered.read()) != -1 && b != '\n') {
                    if (lineBytes++ < MAX_LINE_BYTES) {
                        line.write(b);
                    } else if (lineBytes > MAX_SKIPPED_LINE_BYTES) {
                        // no newline in sight (/dev/zero, a binary file): give up on the file, not the memory
                        problems.accept(Diagnostic.error(sourceName, "line " + (lineNumber + 1),
                                BoundedRead.tooLarge("one JSONL line", MAX_LINE_BYTES) + " and no end of line within "
                                        + MAX_SKIPPED_LINE_BYTES + " bytes", "rest of file skipped"));
                        return new int[] {read + 1, rejected + 1};
                    }
                }
                more = b != -1;
                if (!more && lineBytes == 0) {
                    break;
                }
                lineNumber++;
                if (lineBytes > MAX_LINE_BYTES) {
                    read++;
                    rejected++;
                    problems.accept(Diagnostic.error(sourceName, "line " + lineNumber,
                            BoundedRead.tooLarge("one JSONL line", MAX_LINE_BYTES), "line skipped"));
                    continue;
                }
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
            JsonNode textNode = doc.isObject() ? doc.get("text") : null;
            if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
                problems.accept(Diagnostic.warning(sourceName, location, "story " + storyId + ": document " + docId
                        + " has a " + kind(textNode) + " for \"text\", not a string", "document skipped"));
                continue;
            }
            Optional<String> body = doc.isObject() ? textField(doc, "text") : Optional.empty();
            if (body.isEmpty() || body.get().isBlank()) {
                problems.accept(Diagnostic.warning(sourceName, location,
                        "story " + storyId + ": document " + docId + " has no text", "document skipped"));
                continue;
            }
            if (utf8Length(body.get()) > maxDocumentBytes) {
                problems.accept(Diagnostic.warning(sourceName, location, "story " + storyId + ": document " + docId
                        + " text is " + BoundedRead.tooLarge("one article", maxDocumentBytes).replace("; reading stopped there", ""),
                        "document skipped"));
                continue;
            }
            Optional<String> language = LanguageCheck.unsupportedLanguage(body.get());
            if (language.isPresent()) {
                problems.accept(Diagnostic.error(sourceName, location, "story " + storyId + ": document " + docId + ": "
                        + language.get(), "document skipped"));
                continue;
            }
            Optional<LocalDate> date = textField(doc, "date").flatMap(PublicationDates::parse);
            accepted.add(new SourceDocument(docId, sourceName + ":" + lineNumber + ":" + docId, body.get(),
                    stringField(doc, "source", sourceName, location, problems), stringField(doc, "title", sourceName, location, problems),
                    date, textField(doc, "url"), authors(doc.get("authors"))));
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

    // An outlet or title given as a number or list is a mistake in the data, not a name: say so, use none.
    private static Optional<String> stringField(JsonNode doc, String field, String sourceName, String location,
                                                Consumer<Diagnostic> problems) {
        JsonNode value = doc.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problems.accept(Diagnostic.warning(sourceName, location, "\"" + field + "\" is a " + kind(value) + ", not a string",
                    "field ignored"));
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "list";
            case OBJECT -> "object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
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
