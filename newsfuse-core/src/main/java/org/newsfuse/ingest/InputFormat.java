package org.newsfuse.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * One kind of input file: the names it reads and how it turns a file into articles or stories.
 * Registered, in the order they are tried, in {@link InputFormats}; a gzip file ({@code NAME.gz}) is read
 * by the format of {@code NAME}. Implementations are immutable.
 */
interface InputFormat {

    /** The file name endings it reads, lower case, for messages and directory listings ({@code ".txt"}). */
    List<String> extensions();

    /**
     * Whether it reads a file of this lower-case name (without {@code .gz}); {@code named} is true for a
     * file the user named, false for one found in a directory (a named file of any other name is text).
     */
    boolean reads(String name, boolean named);

    /**
     * Reads one file into {@code state}: its articles or stories, a diagnostic for each problem, and the
     * records counted in the tally.
     *
     * @param shown  the path as the user sees it, for messages
     * @param gzip   whether the file is gzip-compressed
     */
    void read(Path file, String shown, boolean gzip, ReadState state);
}
