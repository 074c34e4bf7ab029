package org.newsfuse.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a file that may be gzip-compressed, telling a file only named {@code .gz} from real gzip data. */
final class GzipInput {

    /** A file named {@code .gz} that does not start with gzip's magic bytes. */
    static final class NotGzip extends IOException {
        NotGzip() {
            super("named .gz but not gzip data");
        }
    }

    private GzipInput() {
    }

    /** The file's bytes as a stream, decompressed when {@code gzip}. */
    static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (!gzip) {
            return in;
        }
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first != 0x1F || second != 0x8B) {
            in.close();
            throw new NotGzip();
        }
        return new GZIPInputStream(in, 1 << 16);
    }
}
