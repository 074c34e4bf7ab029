package org.newsfuse.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsfuse.GroupOptions;
import org.newsfuse.SummaryOptions;

/**
 * What one run of the job does, parsed from its command line. Immutable; {@code withX} copies.
 *
 * @param mode            {@code summarize}, {@code group} or {@code pipeline}
 * @param inputs          files, directories or globs (any Hadoop file system)
 * @param output          the output directory (must not exist)
 * @param inputFormat     {@code auto} (by file name), {@code jsonl}, {@code parquet} or {@code warc}
 * @param outputFormat    {@code jsonl} or {@code parquet}
 * @param words           summary length in words (0: no word limit)
 * @param sentences       summary length in sentences (0: no sentence limit)
 * @param algorithm       the summarizer, as {@code newsfuse summarize --algorithm}
 * @param compare         whether summaries come with the comparison of the sources
 * @param chunkArticles   most articles one grouping task clusters at once: bounds an executor's memory
 * @param partitions      tasks for summarizing (0: twice the default parallelism)
 * @param grouping        how articles are grouped into stories, as {@code newsfuse cluster} groups them
 */
public record JobOptions(String mode, List<String> inputs, String output, String inputFormat, String outputFormat, int words,
                         int sentences, String algorithm, boolean compare, int chunkArticles, int partitions, GroupOptions grouping)
        implements Serializable {

    public static final List<String> MODES = List.of("summarize", "group", "pipeline");
    public static final List<String> INPUT_FORMATS = List.of("auto", "jsonl", "parquet", "warc");
    public static final List<String> OUTPUT_FORMATS = List.of("jsonl", "parquet");

    public JobOptions {
        Objects.requireNonNull(mode, "mode");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("unknown mode '" + mode + "'; known: " + String.join(", ", MODES));
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no --input given");
        }
        if (!INPUT_FORMATS.contains(inputFormat)) {
            throw new IllegalArgumentException("unknown --input-format '" + inputFormat + "'; known: " + String.join(", ", INPUT_FORMATS));
        }
        if (!OUTPUT_FORMATS.contains(outputFormat)) {
            throw new IllegalArgumentException("unknown --output-format '" + outputFormat + "'; known: " + String.join(", ", OUTPUT_FORMATS));
        }
        if (words < 0 || sentences < 0 || words == 0 && sentences == 0) {
            throw new IllegalArgumentException("--words and --sentences must be >= 0, and one of them > 0");
        }
        if (!SummaryOptions.algorithms().contains(algorithm)) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm + "'; known: " + String.join(", ", SummaryOptions.algorithms()));
        }
        if (chunkArticles < 2) {
            throw new IllegalArgumentException("--chunk-articles must be >= 2, was " + chunkArticles);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be >= 0, was " + partitions);
        }
        Objects.requireNonNull(grouping, "grouping");
    }

    /** The defaults of everything but the mode, inputs and output. */
    public static JobOptions of(String mode, List<String> inputs, String output) {
        return new JobOptions(mode, inputs, output, "auto", "jsonl", 100, 0, "default", true, 20_000, 0, GroupOptions.defaults());
    }

    /**
     * Parses {@code MODE --input PATH... --output DIR [options]}.
     *
     * @throws IllegalArgumentException with a message for the user when the command line is wrong
     */
    public static JobOptions parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no mode given; known: " + String.join(", ", MODES));
        }
        String mode = args[0];
        List<String> inputs = new ArrayList<>();
        String output = null;
        String inputFormat = "auto";
        String outputFormat = "jsonl";
        int words = 100;
        int sentences = 0;
        String algorithm = "default";
        boolean compare = true;
        int chunk = 20_000;
        int partitions = 0;
        GroupOptions grouping = GroupOptions.defaults();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--no-compare" -> compare = false;
                case "--input", "--output", "--input-format", "--output-format", "--words", "--sentences", "--algorithm",
                     "--chunk-articles", "--partitions", "--threshold", "--decay-days", "--close-after-days", "--max-span-days" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--input" -> inputs.addAll(List.of(value.split(",")));
                        case "--output" -> output = value;
                        case "--input-format" -> inputFormat = value.toLowerCase(Locale.ROOT);
                        case "--output-format" -> outputFormat = value.toLowerCase(Locale.ROOT);
                        case "--words" -> words = number(option, value);
                        case "--sentences" -> sentences = number(option, value);
                        case "--algorithm" -> algorithm = value;
                        case "--chunk-articles" -> chunk = number(option, value);
                        case "--threshold" -> grouping = grouping.withThreshold(decimal(option, value));
                        case "--decay-days" -> grouping = grouping.withDecayDays(nonNegative(option, decimal(option, value)));
                        case "--close-after-days" -> grouping = grouping.withCloseAfterDays(nonNegative(option, number(option, value)));
                        case "--max-span-days" -> grouping = grouping.withMaxSpanDays(nonNegative(option, number(option, value)));
                        default -> partitions = number(option, value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("no --output given");
        }
        return new JobOptions(mode, inputs, output, inputFormat, outputFormat, words, sentences, algorithm, compare, chunk, partitions,
                grouping);
    }

    private static double decimal(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }

    private static <N extends Number> N nonNegative(String option, N n) {
        if (n.doubleValue() < 0) {
            throw new IllegalArgumentException(option + " must be >= 0, was " + n);
        }
        return n;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    public JobOptions withInputFormat(String format) {
        return new JobOptions(mode, inputs, output, format, outputFormat, words, sentences, algorithm, compare, chunkArticles, partitions, grouping);
    }

    public JobOptions withOutputFormat(String format) {
        return new JobOptions(mode, inputs, output, inputFormat, format, words, sentences, algorithm, compare, chunkArticles, partitions, grouping);
    }

    public JobOptions withWords(int n) {
        return new JobOptions(mode, inputs, output, inputFormat, outputFormat, n, sentences, algorithm, compare, chunkArticles, partitions, grouping);
    }

    public JobOptions withCompare(boolean on) {
        return new JobOptions(mode, inputs, output, inputFormat, outputFormat, words, sentences, algorithm, on, chunkArticles, partitions, grouping);
    }

    public JobOptions withChunkArticles(int n) {
        return new JobOptions(mode, inputs, output, inputFormat, outputFormat, words, sentences, algorithm, compare, n, partitions, grouping);
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(mode, inputs, output, inputFormat, outputFormat, words, sentences, algorithm, compare, chunkArticles, n, grouping);
    }

    public JobOptions withGrouping(GroupOptions options) {
        return new JobOptions(mode, inputs, output, inputFormat, outputFormat, words, sentences, algorithm, compare, chunkArticles, partitions,
                options);
    }

    /** The usage text. */
    public static String usage() {
        return """
                usage: NewsFuseJob MODE --input PATH[,PATH...] --output DIR [options]
                  MODE                summarize (stories in), group or pipeline (articles in)
                  --input PATH        file, directory or glob; repeatable. .jsonl(.gz), .parquet, .warc(.gz)
                  --output DIR        output directory (must not exist)
                  --input-format F    auto (by file name, default), jsonl, parquet or warc
                  --output-format F   jsonl (default) or parquet
                  --words N           summary length in words (default 100)
                  --sentences N       summary length in sentences (default: no limit)
                  --algorithm NAME    summarizer (default: default), as newsfuse summarize --algorithm
                  --no-compare        summaries without the comparison of the sources
                  --chunk-articles N  most articles one grouping task holds (default 20000)
                  --partitions N      summarizing tasks (default: twice the default parallelism)
                  --threshold X       similarity needed to join a story (default 0.18), as newsfuse cluster
                  --decay-days N      similarity to a story halves every N days apart (default 0: no decay)
                  --close-after-days N  a story silent for more than N days takes no more (default 365; 0: never)
                  --max-span-days N   most days from a story's first article to its last (default 0: no limit;
                                      for a crawl of months or years: 90)
                """;
    }
}
