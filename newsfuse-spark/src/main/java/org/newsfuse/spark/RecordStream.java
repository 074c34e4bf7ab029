package org.newsfuse.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of one input file, read ahead one at a time: a reader says what its next record is, or
 * that the read gave none (a blank line, a WARC request), or that the file has ended.
 */
abstract class RecordStream implements Iterator<ParsedRecord> {

    private ParsedRecord next;
    private boolean ended;

    /** The next record; null when what was read is no record, or at the end (after {@link #end()}). */
    abstract ParsedRecord readNext();

    /** No more records: the file is read to its end, or cannot be read further. */
    final void end() {
        ended = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !ended) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public final ParsedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedRecord record = next;
        next = null;
        return record;
    }
}
