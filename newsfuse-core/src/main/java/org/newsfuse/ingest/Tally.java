package org.newsfuse.ingest;

/**
 * What reading looked at: records (files, JSONL lines, standard input) read and rejected. Accounting
 * holds: every rejected record was also counted as read, and has a diagnostic. Not thread-safe: one
 * per {@link ArticleReader#read} call.
 */
final class Tally {

    private int read;
    private int rejected;

    /** One more record looked at. */
    void read() {
        read++;
    }

    /** The record just counted could not be used. */
    void reject() {
        rejected++;
    }

    /** One more record looked at and not usable. */
    void skip() {
        read++;
        rejected++;
    }

    /** Adds a whole file's counts. */
    void add(int moreRead, int moreRejected) {
        read += moreRead;
        rejected += moreRejected;
    }

    int records() {
        return read;
    }

    int rejected() {
        return rejected;
    }
}
