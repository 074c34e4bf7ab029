package org.newsfuse.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The records of one WARC file (plain or gzipped, as jwarc reads it), as a stream: each HTTP response
 * becomes an article (its page extracted and cleaned) or a rejected record with the reason. Requests,
 * metadata and warcinfo records are not articles and are passed over without counting as records.
 * One page at a time is held in memory, at most {@link #MAX_PAGE_BYTES}.
 */
final class WarcRecords extends RecordStream {

    /** A larger "page" is a video or an archive, not news; the CLI's limit for a saved page. */
    static final int MAX_PAGE_BYTES = 20 * 1024 * 1024;

    private final InputStream in;
    private final String file;
    private final int fileIndex;
    private WarcReader reader;
    private long responses;

    WarcRecords(InputStream in, String file, int fileIndex) {
        this.in = in;
        this.file = file;
        this.fileIndex = fileIndex;
    }

    /** The next response's record; null when the record read was not a response, or at the end. */
    @Override
    ParsedRecord readNext() {
        long position = 0;
        try {
            if (reader == null) {
                reader = new WarcReader(in);
            }
            Optional<WarcRecord> record = reader.next();
            position = reader.position();
            if (record.isEmpty()) {
                endAndClose();
                return null;
            }
            if (!(record.get() instanceof WarcResponse response)) {
                return null;
            }
            responses++;
            String location = "WARC record at byte " + position;
            String url = response.target();
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                return rejected(location, "not an HTTP response: " + e.getMessage());
            }
            if (http.status() != 200) {
                return rejected(location, "HTTP status " + http.status() + " for " + url + ", not a page");
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString();
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return rejected(location, "not an HTML page: " + (base.isEmpty() ? "no content type" : base) + " at " + url);
            }
            byte[] page = http.body().stream().readNBytes(MAX_PAGE_BYTES + 1);
            if (page.length > MAX_PAGE_BYTES) {
                return rejected(location, "page at " + url + " is larger than the " + MAX_PAGE_BYTES + "-byte limit for one page");
            }
            String archived = response.headers().first("WARC-Date").orElse(null);
            return ExecutorLibrary.get().parsePage(page, file, location, url, archived, ArticleRow.order(fileIndex, responses, 0));
        } catch (IOException | RuntimeException e) {
            // a truncated or corrupt archive: what was read stands, the rest of the file cannot be reached
            endAndClose();
            return ParsedRecord.rejected(new RecordProblem("error", file, "byte " + position,
                    "cannot read the rest of the WARC file: " + e.getMessage(), "rest of file skipped"));
        }
    }

    private ParsedRecord rejected(String location, String message) {
        return ParsedRecord.rejected(new RecordProblem("error", file, location, message, "record skipped"));
    }

    /** Ends the stream and closes the archive. */
    private void endAndClose() {
        end();
        try {
            if (reader != null) {
                reader.close();
            } else {
                in.close();
            }
        } catch (IOException e) {
            // nothing more is read from it; a failed close loses nothing
        }
    }
}
