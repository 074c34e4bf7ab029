package org.newsfuse.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The records of one stories or articles JSONL file, read as a stream, one line at a time: memory is
 * bounded by the longest line, not the file. Line numbers count every line, as the CLI counts them.
 */
final class JsonlRecords extends RecordStream {

    private final InputStream in;
    private final String file;
    private final int fileIndex;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);
    private long lineNumber;

    JsonlRecords(InputStream in, String file, int fileIndex) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.file = file;
        this.fileIndex = fileIndex;
    }

    /** The next line's record; null for a blank line (not a record) or at the end. */
    @Override
    ParsedRecord readNext() {
        try {
            line.reset();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1) {
                end();
                in.close();
                if (line.size() == 0) {
                    return null;
                }
            }
            lineNumber++;
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            if (blank(bytes, length)) {
                return null;
            }
            return ExecutorLibrary.get().parseLine(bytes, length, file, fileIndex, lineNumber);
        } catch (IOException e) {
            end();
            return ParsedRecord.rejected(new RecordProblem("error", file, "line " + (lineNumber + 1),
                    "cannot read the rest of the file: " + e.getMessage(), "rest of file skipped"));
        }
    }

    static boolean blank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** Closes the stream if the consumer stops early. */
    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
