package org.newsfuse.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Plain (uncompressed) JSONL files read in byte-range splits, so that one large file is read and parsed
 * by many tasks at once. Hadoop's {@link TextInputFormat} makes the splits and gives each line to the split
 * its first byte falls in (the line delimiter is {@code \n} alone, as the CLI counts lines; a trailing
 * {@code \r} is dropped as the CLI drops it). A line's number is exact: a first, cheap pass counts the lines
 * of each split, and a split's first line number is one more than the lines of the splits before it in
 * its file.
 */
final class JsonlSplits {

    /** A split: which file, where it starts (its key), and how many lines begin in it. */
    private record SplitLines(String path, long start, long lines) implements java.io.Serializable {
    }

    private JsonlSplits() {
    }

    /**
     * The records of {@code paths}, split into pieces of at most {@code splitBytes} bytes, in input order:
     * partition by partition, file by file, line by line.
     */
    static JavaRDD<ParsedRecord> read(JavaSparkContext jsc, List<String> paths, Map<String, Integer> indexes, long splitBytes) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
        conf.setLong(FileInputFormat.SPLIT_MINSIZE, 1);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(String.join(",", paths),
                TextInputFormat.class, LongWritable.class, Text.class, conf);
        Map<String, Long> firstLine = lines.getNumPartitions() > paths.size() ? firstLines(lines) : Map.of();
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit file = (FileSplit) split;
            String path = JobInput.plain(file.getPath().toString());
            Integer index = indexes.get(path);
            if (index == null) {
                throw new IllegalStateException("file not in the listing: " + path);
            }
            return new SplitRecords(it, InputFiles.name(path), index, firstLine.getOrDefault(key(path, file.getStart()), 0L));
        }, true);
    }

    /** The first pass: for each split, the number of lines in its file before it (a map as small as the split count). */
    private static Map<String, Long> firstLines(JavaNewHadoopRDD<LongWritable, Text> lines) {
        List<SplitLines> counts = lines.mapPartitionsWithInputSplit((InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            FileSplit file = (FileSplit) split;
            return List.of(new SplitLines(JobInput.plain(file.getPath().toString()), file.getStart(), n)).iterator();
        }, true).collect();
        Map<String, List<SplitLines>> byFile = new HashMap<>();
        counts.forEach(c -> byFile.computeIfAbsent(c.path(), p -> new java.util.ArrayList<>()).add(c));
        Map<String, Long> out = new HashMap<>();
        for (List<SplitLines> splits : byFile.values()) {
            splits.sort(java.util.Comparator.comparingLong(SplitLines::start));
            long before = 0;
            for (SplitLines s : splits) {
                out.put(key(s.path(), s.start()), before);
                before += s.lines();
            }
        }
        return out;
    }

    private static String key(String path, long start) {
        return path + "@" + start;
    }

    /** The lines of one split as records; a read error ends the split with one rejected record saying so. */
    private static final class SplitRecords extends RecordStream {

        private final Iterator<Tuple2<LongWritable, Text>> lines;
        private final String file;
        private final int fileIndex;
        private long lineNumber;

        SplitRecords(Iterator<Tuple2<LongWritable, Text>> lines, String file, int fileIndex, long linesBefore) {
            this.lines = lines;
            this.file = file;
            this.fileIndex = fileIndex;
            this.lineNumber = linesBefore;
        }

        @Override
        ParsedRecord readNext() {
            Text line;
            try {
                if (!lines.hasNext()) {
                    end();
                    return null;
                }
                line = lines.next()._2;
            } catch (RuntimeException e) {
                return readError(e);
            } catch (Exception e) { // Hadoop's reader throws IOException through Scala's iterator undeclared
                if (e instanceof IOException) {
                    return readError(e);
                }
                throw new UncheckedIOException(new IOException(e));
            }
            lineNumber++;
            byte[] bytes = line.getBytes();
            int length = line.getLength();
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            if (JsonlRecords.blank(bytes, length)) {
                return null;
            }
            return ExecutorLibrary.get().parseLine(bytes, length, file, fileIndex, lineNumber);
        }

        private ParsedRecord readError(Exception e) {
            end();
            return ParsedRecord.rejected(new RecordProblem("error", file, "line " + (lineNumber + 1),
                    "cannot read the rest of the file: " + e.getMessage(), "rest of file skipped"));
        }
    }
}
