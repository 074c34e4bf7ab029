package org.newsfuse.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;

/**
 * The job's JSONL outputs, written by the tasks themselves: each partition streams its rows into its own
 * part file ({@code part-00000.jsonl}, ...) as it makes them, so a story's result is written once and never
 * held, serialised or shuffled in between, and the counts come back to the driver as one small array per
 * partition. The lines are those the DataFrame JSON writer wrote (same fields, same order, nulls kept); the
 * {@code summary} and {@code comparison} strings are the CLI's bytes. A task that is run again rewrites
 * its own part file whole.
 */
final class JsonlOutput implements Serializable {

    /** Per-partition counts of {@link #summarize}: records read, accepted, problems, articles, stories, stories failed. */
    static final int READ = 0;
    static final int ACCEPTED = 1;
    static final int PROBLEMS = 2;
    static final int ARTICLES = 3;
    static final int STORIES = 4;
    static final int FAILED = 5;

    private final Map<String, String> hadoop;
    private final String output;

    /** Writes under {@code output} ({@code stories/}, {@code report/}) with the file system settings of {@code conf}. */
    JsonlOutput(Configuration conf, String output) {
        Map<String, String> settings = new HashMap<>();
        conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
        this.hadoop = settings;
        this.output = output;
    }

    /**
     * {@code summarize}: each record read is summarized (and compared) where it was read, its row written
     * to {@code stories/}, its problems and any failure to {@code report/}. One pass, no shuffle.
     */
    long[] summarize(JavaRDD<ParsedRecord> records, JobOptions options) {
        return sum(records.mapPartitionsWithIndex((partition, it) -> {
            long[] counts = new long[6];
            try (Part stories = part("stories", "part", partition); Part report = part("report", "part", partition)) {
                while (it.hasNext()) {
                    ParsedRecord record = it.next();
                    tally(record, counts, report);
                    if (record.accepted()) {
                        StoryOutput story = ExecutorLibrary.get().report(record.story(), options);
                        counts[STORIES]++;
                        counts[FAILED] += stories.story(story, report);
                    }
                }
            }
            return List.of(counts).iterator();
        }, true).collect());
    }

    /** Counts one record read (and its articles when accepted) and writes its problems to the report. */
    private static void tally(ParsedRecord record, long[] counts, Part report) {
        counts[READ]++;
        counts[PROBLEMS] += record.problems().size();
        record.problems().forEach(report::problem);
        if (record.accepted()) {
            counts[ACCEPTED]++;
            counts[ARTICLES] += record.story().articles().size();
        }
    }

    /** {@code pipeline}: writes the stories' rows and their failures; returns {stories, stories failed}. */
    long[] stories(JavaRDD<StoryOutput> results) {
        return sum(results.mapPartitionsWithIndex((partition, it) -> {
            long[] counts = new long[2];
            try (Part stories = part("stories", "part", partition); Part report = part("report", "part-stories", partition)) {
                while (it.hasNext()) {
                    counts[0]++;
                    counts[1] += stories.story(it.next(), report);
                }
            }
            return List.of(counts).iterator();
        }, true).collect());
    }

    /**
     * {@code group} and {@code pipeline}: writes every record's problems to {@code report/part-records-NNNNN.jsonl}
     * and counts them (as {@link #summarize} does, without summarizing).
     */
    long[] records(JavaRDD<ParsedRecord> records) {
        return sum(records.mapPartitionsWithIndex((partition, it) -> {
            long[] counts = new long[6];
            try (Part report = part("report", "part-records", partition)) {
                while (it.hasNext()) {
                    tally(it.next(), counts, report);
                }
            }
            return List.of(counts).iterator();
        }, true).collect());
    }

    /** Writes report lines from the executors, under the file name {@code prefix-NNNNN.jsonl}; returns how many. */
    long problems(JavaRDD<RecordProblem> problems, String prefix) {
        return sum(problems.mapPartitionsWithIndex((partition, it) -> {
            long n = 0;
            try (Part report = part("report", prefix, partition)) {
                while (it.hasNext()) {
                    report.problem(it.next());
                    n++;
                }
            }
            return List.of(new long[] {n}).iterator();
        }, true).collect())[0];
    }

    /** Writes report lines the driver found (inputs that could not be listed), as {@code report/part-inputs.jsonl}. */
    void problems(List<RecordProblem> problems) {
        try (Part report = new Part(new Path(output, "report/part-inputs.jsonl"), configuration())) {
            problems.forEach(report::problem);
        }
    }

    private Part part(String directory, String prefix, int partition) {
        // part-00000.jsonl, part-stories-00000.jsonl, part-records-00000.jsonl: every report file is a part-* file
        return new Part(new Path(output, String.format(java.util.Locale.ROOT, "%s/%s-%05d.jsonl", directory, prefix, partition)),
                configuration());
    }

    private Configuration configuration() {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        return conf;
    }

    private static long[] sum(List<long[]> parts) {
        long[] total = null;
        for (long[] p : parts) {
            if (total == null) {
                total = p.clone();
            } else {
                for (int i = 0; i < p.length; i++) {
                    total[i] += p[i];
                }
            }
        }
        return total == null ? new long[6] : total;
    }

    /** One part file, created on its first line (a partition with nothing to report leaves no empty file). */
    private static final class Part implements Closeable {

        private static final JsonFactory JSON = new JsonFactory();

        private final Path path;
        private final Configuration conf;
        private JsonGenerator json;

        Part(Path path, Configuration conf) {
            this.path = path;
            this.conf = conf;
        }

        /** Writes a story's row; returns 1 when the library failed on it (then a report line says so), else 0. */
        int story(StoryOutput s, Part report) {
            try {
                JsonGenerator g = generator();
                g.writeStartObject();
                g.writeStringField("story", s.story());
                g.writeNumberField("articles", s.articles());
                g.writeArrayFieldStart("article_ids");
                for (String id : s.articleIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeStringField("summary", s.summary());
                g.writeStringField("comparison", s.comparison());
                g.writeStringField("error", s.error());
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
            }
            if (s.error() == null) {
                return 0;
            }
            report.problem(new RecordProblem("error", s.story(), "", s.error(),
                    s.summary() == null ? "story written without summary and comparison" : "story written without comparison"));
            return 1;
        }

        void problem(RecordProblem p) {
            try {
                JsonGenerator g = generator();
                g.writeStartObject();
                g.writeStringField("severity", p.severity());
                g.writeStringField("input", p.input());
                g.writeStringField("location", p.location());
                g.writeStringField("message", p.message());
                g.writeStringField("outcome", p.outcome());
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
            }
        }

        private JsonGenerator generator() throws IOException {
            if (json == null) {
                // through a Writer, as the DataFrame writer did: characters outside the BMP are written as UTF-8, not as escaped surrogate pairs
                json = JSON.createGenerator(new java.io.BufferedWriter(new java.io.OutputStreamWriter(path.getFileSystem(conf).create(path, true),
                        java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
                json.setRootValueSeparator(null);
            }
            return json;
        }

        @Override
        public void close() {
            if (json != null) {
                try {
                    json.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
