package org.newsfuse.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The input formats, in the order they are tried: saved web pages, stories or articles JSONL, plain
 * text (which takes any other file the user names), each also gzip-compressed. Choosing the format of a
 * file happens here and nowhere else. A new format is one {@link InputFormat} and one line in {@link #of}.
 */
final class InputFormats {

    private static final String GZIP = ".gz";

    private final List<InputFormat> formats;

    private InputFormats(List<InputFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The registry, its formats reading with {@code webPages}, {@code jsonl} and the reader's options. */
    static InputFormats of(WebPageReader webPages, StoryJsonlReader jsonl, ArticleReader.Options options) {
        return new InputFormats(List.of(
                new WebPageFormat(webPages),
                new JsonlFormat(jsonl),
                new PlainTextFormat(options.maxArticleBytes())));
    }

    /** The format that reads a file of this name (named by the user, or found in a directory). */
    Optional<InputFormat> find(String fileName, boolean named) {
        String inner = withoutGzip(fileName.toLowerCase(Locale.ROOT));
        return formats.stream().filter(f -> f.reads(inner, named)).findFirst();
    }

    /** Whether the file is gzip-compressed, by its name. */
    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    private static String withoutGzip(String lowerName) {
        return lowerName.endsWith(GZIP) ? lowerName.substring(0, lowerName.length() - GZIP.length()) : lowerName;
    }

    /** The endings read, for messages: {@code .html, .htm, .jsonl, .txt, each optionally .gz}. */
    String describe() {
        return formats.stream().flatMap(f -> f.extensions().stream()).collect(Collectors.joining(", ")) + ", each optionally " + GZIP;
    }
}
