package org.newsfuse.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One article as the job carries it between Spark stages: plain fields, so Spark can ship it.
 *
 * @param id     the article's id (from the input, or the WARC record's target URI)
 * @param origin where it came from, for messages and the JSON output ({@code "stories.jsonl:3:d1"})
 * @param source the outlet, or null when unknown
 * @param title  the title given outside the text, or null
 * @param date   the publication date, ISO {@code yyyy-MM-dd}, or null
 * @param text   the full original text
 * @param order  its place in the input: file, then line, then position in the line; the single-process
 *               reader sees articles in this order, and grouping ties are broken by it
 */
public record ArticleRow(String id, String origin, String source, String title, String date, String text, long order)
        implements Serializable {

    public ArticleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
    }

    /** The input order of the {@code document}-th article on line {@code line} of file {@code file}. */
    public static long order(int file, long line, int document) {
        if (file < 0 || file >= 1 << 19 || line < 0 || line >= 1L << 32 || document < 0 || document >= 1 << 12) {
            throw new IllegalArgumentException("input position out of range: file " + file + ", line " + line + ", document " + document);
        }
        return (long) file << 44 | line << 12 | document;
    }

    /** The date as a sort key: undated articles first, as the single-process clusterer orders them. */
    String dateKey() {
        return date == null ? "" : date;
    }
}
