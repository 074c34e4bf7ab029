package org.newsfuse.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files a run reads: the inputs expanded (directories listed, globs matched) on the driver, in path
 * order, each with its index (the first part of an article's input order) and its format. Only names
 * and sizes are looked at here; the contents are read by the executors.
 *
 * @param paths   fully qualified paths, sorted
 * @param formats each file's format: {@code jsonl}, {@code parquet} or {@code warc}
 */
record InputFiles(List<String> paths, List<String> formats) implements Serializable {

    InputFiles {
        paths = List.copyOf(paths);
        formats = List.copyOf(formats);
    }

    /** Expands {@code inputs}; a file whose format cannot be told from its name is left out with a problem. */
    static InputFiles list(List<String> inputs, String forcedFormat, Configuration conf, List<RecordProblem> problems) {
        List<String> found = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    problems.add(new RecordProblem("error", input, "", "no such file or directory", "skipped"));
                    continue;
                }
                for (FileStatus match : matches) {
                    collect(fs, match, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        found.sort(null);
        List<String> paths = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        for (String file : found.stream().distinct().toList()) {
            String format = forcedFormat.equals("auto") ? formatOf(file) : forcedFormat;
            if (format == null) {
                problems.add(new RecordProblem("error", name(file), "", "not a .jsonl, .parquet or .warc file "
                        + "(name the format with --input-format)", "skipped"));
                continue;
            }
            paths.add(file);
            formats.add(format);
        }
        return new InputFiles(paths, formats);
    }

    private static void collect(FileSystem fs, FileStatus status, List<String> found) throws IOException {
        if (status.isDirectory()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
                String childName = child.getPath().getName();
                // Spark's and Hadoop's bookkeeping files (_SUCCESS, .crc) are not input
                if (!childName.startsWith("_") && !childName.startsWith(".")) {
                    collect(fs, child, found);
                }
            }
        } else {
            found.add(status.getPath().toString());
        }
    }

    /** The format a file name says, or null. */
    static String formatOf(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".json") || lower.endsWith(".json.gz")) {
            return "jsonl";
        }
        if (lower.endsWith(".parquet")) {
            return "parquet";
        }
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return "warc";
        }
        return null;
    }

    /** The files of one format. */
    List<String> ofFormat(String format) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (formats.get(i).equals(format)) {
                out.add(paths.get(i));
            }
        }
        return out;
    }

    /** Each path's index. */
    Map<String, Integer> indexes() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            out.put(paths.get(i), i);
        }
        return out;
    }

    /** The file's name without its directory: what the records' origins and the report show. */
    static String name(String path) {
        return new Path(path).getName();
    }
}
