package org.newsfuse.spark;

/**
 * What a run did, as counts; also written to {@code OUTPUT/summary.json}. Accounting holds:
 * {@code recordsRead == recordsAccepted + recordsRejected}, and every rejected record is a line of
 * the per-record report ({@code OUTPUT/report/}).
 *
 * @param mode            the mode run
 * @param files           input files read
 * @param recordsRead     JSONL lines (blank lines are not records), Parquet rows, WARC responses
 * @param recordsAccepted records that gave a story or an article
 * @param recordsRejected records skipped, each with a line in the report
 * @param problems        lines in the report (rejections, repairs such as a skipped document, unusable files)
 * @param articles        articles read
 * @param stories         stories written
 * @param storiesFailed   stories the library failed on: written with what failed, each a line of the report
 * @param seconds         wall-clock time of the run
 */
public record JobResult(String mode, int files, long recordsRead, long recordsAccepted, long recordsRejected, long problems,
                        long articles, long stories, long storiesFailed, double seconds) {

    /** The run's summary as one JSON object. */
    String toJson() {
        return String.format(java.util.Locale.ROOT, "{\"mode\": \"%s\", \"files\": %d, \"records_read\": %d, \"records_accepted\": %d, "
                        + "\"records_rejected\": %d, \"report_lines\": %d, \"articles\": %d, \"stories\": %d, \"stories_failed\": %d, "
                        + "\"seconds\": %.1f}%n",
                mode, files, recordsRead, recordsAccepted, recordsRejected, problems, articles, stories, storiesFailed, seconds);
    }
}
