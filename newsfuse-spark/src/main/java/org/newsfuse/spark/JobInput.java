package org.newsfuse.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads the input files into records, on the executors: plain JSONL files in byte-range splits (exact line
 * numbers from a first pass that counts each split's lines), gzipped JSONL and WARC files each streamed
 * by one task (WARC offsets need the file's start), Parquet by Spark's reader, row groups in parallel.
 * Every record read becomes one {@link ParsedRecord}.
 */
final class JobInput {

    private JobInput() {
    }

    /**
     * The records of every input file, in input order (partition by partition). Plain JSONL files are read
     * in splits of at most {@code splitBytes} bytes (see {@link JsonlSplits}); gzipped JSONL and WARC
     * files, which cannot be split, one task per file.
     */
    static JavaRDD<ParsedRecord> read(SparkSession spark, InputFiles files, long splitBytes) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, Integer> indexes = byPath(files);
        List<JavaRDD<ParsedRecord>> parts = new ArrayList<>();
        List<String> plainJsonl = files.ofFormat("jsonl").stream().filter(p -> !compressed(p)).toList();
        if (!plainJsonl.isEmpty()) {
            parts.add(JsonlSplits.read(jsc, plainJsonl, indexes, splitBytes));
        }
        for (String format : List.of("jsonl", "warc")) {
            List<String> paths = files.ofFormat(format).stream().filter(p -> format.equals("warc") || compressed(p)).toList();
            if (paths.isEmpty()) {
                continue;
            }
            parts.add(jsc.binaryFiles(String.join(",", paths), Math.max(1, paths.size()))
                    .flatMap(file -> records(format, file._1, file._2, indexes)));
        }
        List<String> parquet = files.ofFormat("parquet");
        if (!parquet.isEmpty()) {
            parts.add(parquet(spark, parquet, indexes));
        }
        JavaRDD<ParsedRecord> all = parts.isEmpty() ? jsc.emptyRDD() : parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    private static Map<String, Integer> byPath(InputFiles files) {
        Map<String, Integer> out = new java.util.HashMap<>();
        files.indexes().forEach((path, index) -> out.put(plain(path), index));
        return out;
    }

    /** A gzipped file: read whole, by one task. */
    static boolean compressed(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The path without scheme and authority: how Spark's readers and the listing agree on a file. */
    static String plain(String path) {
        return new Path(path).toUri().getPath();
    }

    private static Iterator<ParsedRecord> records(String format, String path, PortableDataStream data, Map<String, Integer> indexes) {
        Integer index = indexes.get(plain(path));
        if (index == null) {
            throw new IllegalStateException("file not in the listing: " + path);
        }
        String name = InputFiles.name(path);
        InputStream in = data.open();
        if (format.equals("warc")) {
            return new WarcRecords(in, name, index);
        }
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (java.io.IOException e) {
            return List.of(ParsedRecord.rejected(new RecordProblem("error", name, "", "not gzip data although named .gz: "
                    + e.getMessage(), "file skipped"))).iterator();
        }
        return new JsonlRecords(in, name, index);
    }

    /**
     * Parquet rows, articles ({@code id, source, title, date, text}) or stories ({@code id, documents}),
     * each turned into the JSON line it stands for and read as one, so both formats mean the same. A
     * row's location is its number in the input, counted across files.
     */
    private static JavaRDD<ParsedRecord> parquet(SparkSession spark, List<String> paths, Map<String, Integer> indexes) {
        Dataset<Row> rows = spark.read().parquet(paths.toArray(String[]::new));
        Column[] columns = java.util.Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new);
        Dataset<Row> lines = rows.select(functions.to_json(functions.struct(columns)).as("json"), functions.input_file_name().as("file"));
        return lines.javaRDD().zipWithIndex().map(t -> {
            String path = t._1.getString(1);
            Integer index = indexes.get(plain(path));
            byte[] json = t._1.getString(0).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ParsedRecord record = ExecutorLibrary.get().parseLine(json, json.length, InputFiles.name(path), index == null ? 0 : index, t._2 + 1);
            List<RecordProblem> problems = record.problems().stream()
                    .map(p -> new RecordProblem(p.severity(), p.input(), p.location().replaceFirst("^line ", "record "), p.message(), p.outcome()))
                    .toList();
            return new ParsedRecord(record.story(), problems);
        });
    }
}
