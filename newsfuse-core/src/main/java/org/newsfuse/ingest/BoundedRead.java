package org.newsfuse.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a stream up to a byte limit and no further. Size limits hold for the bytes actually read, not
 * the size a file claims on disk: standard input, {@code /dev/zero}, FIFOs and files that grow while
 * read all report a size of zero or less than they deliver, and reading them whole ran out of memory.
 */
final class BoundedRead {

    private static final int CHUNK = 1 << 16;

    private BoundedRead() {
    }

    /**
     * The whole stream, or empty when it holds more than {@code limitBytes} bytes (then at most
     * {@code limitBytes + 1} bytes were read and the rest is left unread).
     */
    static Optional<byte[]> readAtMost(InputStream in, long limitBytes) throws IOException {
        if (limitBytes < 0 || limitBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("limitBytes must be in [0, 2 GiB), got " + limitBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limitBytes + 1, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(chunk, 0, (int) Math.min(CHUNK, limitBytes + 1 - total))) > 0) {
            out.write(chunk, 0, n);
            total += n;
            if (total > limitBytes) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toByteArray());
    }

    /** The one message for an input over its limit: names the limit, what it limits, and the input's kind. */
    static String tooLarge(String what, long limitBytes) {
        return "more than the " + limitBytes + "-byte (" + mebibytes(limitBytes) + ") limit for " + what
                + "; reading stopped there";
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
