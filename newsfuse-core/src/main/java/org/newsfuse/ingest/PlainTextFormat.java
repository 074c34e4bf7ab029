package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Plain-text articles, UTF-8 (or another encoding {@link TextDecoder} recognises): {@code .txt} files in
 * a directory, and any file the user names that no other format reads. At most {@code maxBytes} each.
 */
final class PlainTextFormat implements InputFormat {

    private final long maxBytes;

    PlainTextFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public List<String> extensions() {
        return List.of(".txt");
    }

    @Override
    public boolean reads(String name, boolean named) {
        return named || name.endsWith(".txt");
    }

    @Override
    public void read(Path file, String shown, boolean gzip, ReadState state) {
        state.tally.read();
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (gzip) {
                Optional<byte[]> read;
                try (InputStream in = GzipInput.open(file, true)) {
                    read = BoundedRead.readAtMost(in, maxBytes);
                }
                if (read.isEmpty()) {
                    reject(shown, "unpacks to more than the " + maxBytes + "-byte limit for one article", state);
                    return;
                }
                bytes = read.get();
                name = name.substring(0, name.length() - 3);
            } else {
                long size = Files.size(file);
                if (size > maxBytes) {
                    reject(shown, "file is " + size + " bytes, larger than the " + maxBytes
                            + "-byte limit for one article (is it really one article?)", state);
                    return;
                }
                // the size on disk says nothing for devices, pipes and growing files: the limit holds for what is read
                Optional<byte[]> read;
                try (InputStream in = Files.newInputStream(file)) {
                    read = BoundedRead.readAtMost(in, maxBytes);
                }
                if (read.isEmpty()) {
                    reject(shown, BoundedRead.tooLarge("one article", maxBytes), state);
                    return;
                }
                bytes = read.get();
            }
        } catch (GzipInput.NotGzip e) {
            reject(shown, e.getMessage(), state);
            return;
        } catch (IOException e) {
            reject(shown, (gzip ? "corrupt gzip data or " : "") + "cannot read: " + ReadState.describe(e), state);
            return;
        }
        if (bytes.length > maxBytes) {
            reject(shown, "unpacks to more than the " + maxBytes + "-byte limit for one article", state);
            return;
        }
        add(name, shown, bytes, state);
    }

    /** One article from its bytes (a file's, or standard input's): decoded, or rejected with the reason. */
    static void add(String id, String shown, byte[] bytes, ReadState state) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            reject(shown, decoded.problem(), state);
            return;
        }
        if (decoded.text().isBlank()) {
            reject(shown, "empty file", state);
            return;
        }
        Optional<String> language = LanguageCheck.unsupportedLanguage(decoded.text());
        if (language.isPresent()) {
            reject(shown, language.get(), state);
            return;
        }
        Optional<String> outlet = state.outlet(shown, id);
        state.articles.add(new SourceDocument(id, shown, decoded.text(), outlet, Optional.empty(), Optional.empty()));
    }

    private static void reject(String shown, String message, ReadState state) {
        state.diagnostics.add(org.newsfuse.base.Diagnostic.error(shown, "", message, "skipped"));
        state.tally.reject();
    }
}
