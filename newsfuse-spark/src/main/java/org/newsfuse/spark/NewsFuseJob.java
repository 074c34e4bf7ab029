package org.newsfuse.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The newsfuse Spark job: {@code summarize} (stories in; a summary and a comparison per story out),
 * {@code group} (articles in; stories out) and {@code pipeline} (articles in; grouped, summarized,
 * compared stories out). Inputs are JSONL, Parquet or WARC files on any Hadoop file system; bad records
 * are counted and listed in a per-record report and never fail the job. See docs/SPARK.md.
 *
 * <pre>{@code
 * spark-submit --class org.newsfuse.spark.NewsFuseJob newsfuse-spark-job.jar pipeline \
 *     --input s3a://bucket/cc-news/2024/ --output s3a://bucket/stories/2024/
 * }</pre>
 */
public final class NewsFuseJob {

    /** Exit codes, as the CLI's: 0 done (rejected records are in the report), 64 usage, 66 no usable input, 73 output exists. */
    public static final int OK = 0;
    public static final int USAGE = 64;
    public static final int NO_INPUT = 66;
    public static final int CANT_CREATE = 73;

    private NewsFuseJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line with a session from spark-submit (or {@code local[*]} when started without it); returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("newsfuse-spark: " + e.getMessage());
            err.print(JobOptions.usage());
            return USAGE;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("newsfuse " + options.mode());
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobResult result = run(spark, options);
            out.print(result.toJson());
            return result.recordsAccepted() == 0 ? NO_INPUT : OK;
        } catch (OutputExistsException e) {
            err.println("newsfuse-spark: " + e.getMessage());
            return CANT_CREATE;
        } finally {
            spark.stop();
        }
    }

    /** The output directory exists already: the job never overwrites a result. */
    static final class OutputExistsException extends RuntimeException {
        OutputExistsException(String path) {
            super("output " + path + " exists; choose a new directory");
        }
    }

    /**
     * Runs the job in {@code spark}: writes {@code OUTPUT/stories/}, the per-record report
     * {@code OUTPUT/report/} (JSONL) and {@code OUTPUT/summary.json}.
     */
    public static JobResult run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path output = new Path(options.output());
        try {
            if (output.getFileSystem(hadoop).exists(output)) {
                throw new OutputExistsException(options.output());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<RecordProblem> fileProblems = new ArrayList<>();
        InputFiles files = InputFiles.list(options.inputs(), options.inputFormat(), hadoop, fileProblems);
        int partitions = options.partitions() > 0 ? options.partitions() : 2 * jsc.defaultParallelism();
        JavaRDD<ParsedRecord> parsed = JobInput.read(spark, files, splitBytes(files, hadoop, partitions));
        JsonlOutput jsonl = new JsonlOutput(hadoop, options.output());
        mkdirs(hadoop, output);
        if (!fileProblems.isEmpty()) {
            jsonl.problems(fileProblems);
        }
        if (options.mode().equals("summarize") && options.outputFormat().equals("jsonl")) {
            // one pass: read, summarize, write; the input order is the partitions' order unless a few
            // unsplittable files must first be spread over the cores
            boolean spread = parsed.getNumPartitions() < jsc.defaultParallelism();
            JavaRDD<ParsedRecord> records = spread ? parsed.persist(StorageLevel.MEMORY_AND_DISK_SER())
                    .sortBy(r -> r.accepted() ? r.story().order() : -1L, true, partitions) : parsed;
            long[] c = jsonl.summarize(records, options);
            parsed.unpersist(false);
            return finish(hadoop, output, new JobResult(options.mode(), files.paths().size(), c[JsonlOutput.READ], c[JsonlOutput.ACCEPTED],
                    c[JsonlOutput.READ] - c[JsonlOutput.ACCEPTED], c[JsonlOutput.PROBLEMS] + fileProblems.size() + c[JsonlOutput.FAILED],
                    c[JsonlOutput.ARTICLES], c[JsonlOutput.STORIES], c[JsonlOutput.FAILED], (System.nanoTime() - start) / 1e9));
        }
        parsed.persist(StorageLevel.MEMORY_AND_DISK_SER());
        // one pass over the records first: the report's record lines and the counts (grouping needs the article count)
        long[] counts = jsonl.records(parsed);
        JavaRDD<StoryRow> input = parsed.filter(ParsedRecord::accepted).map(ParsedRecord::story);
        long articles = counts[JsonlOutput.ARTICLES];
        long stories;
        long failedStories;
        String storiesPath = options.output() + "/stories";
        switch (options.mode()) {
            case "summarize" -> {
                JavaRDD<StoryOutput> reports = input.sortBy(StoryRow::order, true, partitions)
                        .map(story -> ExecutorLibrary.get().report(story, options)).persist(StorageLevel.MEMORY_AND_DISK_SER());
                StoryTables.write(StoryTables.summaries(spark, reports), storiesPath, options.outputFormat());
                stories = reports.count();
                failedStories = jsonl.problems(failures(reports), "part-stories");
                reports.unpersist(false);
            }
            case "group" -> {
                JavaRDD<GroupedStory> grouped = new DistributedGrouping(options.chunkArticles(), options.grouping()).group(articles(input), articles)
                        .persist(StorageLevel.MEMORY_AND_DISK_SER());
                StoryTables.write(StoryTables.groups(spark, grouped), storiesPath, options.outputFormat());
                stories = grouped.count();
                failedStories = 0;
                grouped.unpersist(false);
            }
            default -> {
                JavaRDD<GroupedStory> grouped = new DistributedGrouping(options.chunkArticles(), options.grouping()).group(articles(input), articles)
                        .persist(StorageLevel.MEMORY_AND_DISK_SER());
                JavaRDD<StoryOutput> reports = StoryMembers.assemble(grouped, grouped.count(), articles(input), partitions)
                        .map(story -> ExecutorLibrary.get().report(story, options));
                if (options.outputFormat().equals("jsonl")) {
                    long[] c = jsonl.stories(reports);
                    stories = c[0];
                    failedStories = c[1];
                } else {
                    reports = reports.persist(StorageLevel.MEMORY_AND_DISK_SER());
                    StoryTables.write(StoryTables.summaries(spark, reports), storiesPath, options.outputFormat());
                    stories = reports.count();
                    failedStories = jsonl.problems(failures(reports), "part-stories");
                    reports.unpersist(false);
                }
                grouped.unpersist(false);
            }
        }
        parsed.unpersist(false);
        return finish(hadoop, output, new JobResult(options.mode(), files.paths().size(), counts[JsonlOutput.READ], counts[JsonlOutput.ACCEPTED],
                counts[JsonlOutput.READ] - counts[JsonlOutput.ACCEPTED], counts[JsonlOutput.PROBLEMS] + fileProblems.size() + failedStories,
                articles, stories, failedStories, (System.nanoTime() - start) / 1e9));
    }

    /**
     * How large a split of a plain JSONL file is: the plain JSONL input spread over about twice as many
     * splits as there are summarizing tasks (so a slow split does not hold up the rest), between 1 MB and 128 MB.
     */
    private static long splitBytes(InputFiles files, Configuration hadoop, int partitions) {
        long total = 0;
        try {
            for (String path : files.ofFormat("jsonl")) {
                if (!JobInput.compressed(path)) {
                    Path p = new Path(path);
                    total += p.getFileSystem(hadoop).getFileStatus(p).getLen();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return Math.max(1L << 20, Math.min(128L << 20, total / (2L * partitions) + 1));
    }

    private static void mkdirs(Configuration hadoop, Path output) {
        try {
            FileSystem fs = output.getFileSystem(hadoop);
            fs.mkdirs(new Path(output, "report"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + output + ": " + e.getMessage(), e);
        }
    }

    private static JobResult finish(Configuration hadoop, Path output, JobResult result) {
        writeSummary(hadoop, new Path(output, "summary.json"), result.toJson());
        return result;
    }

    /** A report line for each story the library failed on: the story is in the output, with what failed. */
    private static JavaRDD<RecordProblem> failures(JavaRDD<StoryOutput> reports) {
        return reports.filter(r -> r.error() != null).map(r -> new RecordProblem("error", r.story(), "",
                r.error(), r.summary() == null ? "story written without summary and comparison" : "story written without comparison"));
    }

    private static JavaRDD<ArticleRow> articles(JavaRDD<StoryRow> stories) {
        return stories.flatMap(s -> s.articles().iterator());
    }

    private static void writeSummary(Configuration hadoop, Path path, String json) {
        try (OutputStream out = path.getFileSystem(hadoop).create(path, false)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
