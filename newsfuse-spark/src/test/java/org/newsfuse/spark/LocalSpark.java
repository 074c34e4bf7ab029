package org.newsfuse.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsfuse.cli.Main;

/**
 * One real Spark {@code local[2]} session for every test in the JVM (starting Spark takes seconds), on
 * loopback, without the web UI; and the CLI, run in-process, for parity.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder().master("local[2]").appName("newsfuse-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    static SparkSession session() {
        return Holder.SESSION;
    }

    /** Every line of the JSONL part files under {@code dir}, parsed, in part order. */
    static List<JsonNode> jsonLines(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        List<Path> parts;
        try (Stream<Path> files = Files.list(dir)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path part : parts) {
            for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
        }
        return out;
    }

    /** What the CLI prints for {@code args}, run in {@code directory}; fails on a non-zero exit. */
    static String cli(Path directory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), InputStream.nullInputStream(), directory);
        // 65: some documents were skipped as unusable (one line each on stderr); the rest is the CLI's full answer
        if (code != 0 && code != 65) {
            throw new AssertionError("newsfuse " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
