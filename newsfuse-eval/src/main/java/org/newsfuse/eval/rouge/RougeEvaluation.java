package org.newsfuse.eval.rouge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsfuse.base.Diagnostic;

/**
 * ROUGE over directories laid out as ROUGE's users lay them out: peers named {@code TOPIC.SYSTEM},
 * references named {@code TOPIC.ANYTHING}, one sentence per line. Files are read as bytes (ISO-8859-1),
 * as the Perl script reads them, so byte limits and tokenization agree with it.
 */
public final class RougeEvaluation {

    /** One summary's scores. */
    public record TopicResult(String system, String topic, List<RougeScore> scores) {
    }

    /** A system's average over its topics, with ROUGE-1.5.5's bootstrap confidence interval. */
    public record Average(String system, String metric, double recall, double precision, double f,
                         double[] recallInterval, double[] precisionInterval, double[] fInterval, int topics) {
    }

    /** Everything an evaluation produced. */
    public record Result(List<TopicResult> topics, List<Average> averages, List<Diagnostic> diagnostics) {
    }

    private final Rouge rouge;

    public RougeEvaluation(Rouge rouge) {
        this.rouge = rouge;
    }

    public Result evaluate(Path peers, Path models, int threads) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, List<List<String>>> references = new TreeMap<>();
        for (Path file : list(models)) {
            Optional<String> problem = unusable(file);
            if (problem.isPresent()) {
                diagnostics.add(Diagnostic.error(file.toString(), "", problem.get() + ": not a reference summary", "skipped"));
                continue;
            }
            references.computeIfAbsent(topicOf(file), t -> new ArrayList<>()).add(readLines(file));
        }
        List<Path> peerFiles = new ArrayList<>();
        for (Path file : list(peers)) {
            String name = file.getFileName().toString();
            if (name.indexOf('.') <= 0 || name.endsWith(".")) {
                diagnostics.add(Diagnostic.warning(file.toString(), "", "peer file name is not TOPIC.SYSTEM", "skipped"));
            } else if (unusable(file).filter(p -> !p.equals(EMPTY)).isPresent()) {
                diagnostics.add(Diagnostic.error(file.toString(), "", unusable(file).get() + ": not a summary", "skipped"));
            } else if (!references.containsKey(topicOf(file))) {
                diagnostics.add(Diagnostic.warning(file.toString(), "", "no reference summary for topic " + topicOf(file), "skipped"));
            } else {
                if (unusable(file).isPresent()) {
                    // a system that wrote nothing has earned its zero: scored, not skipped, so averages stay honest
                    diagnostics.add(Diagnostic.warning(file.toString(), "", "empty summary", "scored as 0"));
                }
                peerFiles.add(file);
            }
        }
        List<TopicResult> results = runParallel(peerFiles, references, threads);
        results.sort((a, b) -> a.system().equals(b.system()) ? a.topic().compareTo(b.topic()) : a.system().compareTo(b.system()));
        return new Result(results, averages(results), diagnostics);
    }

    private List<TopicResult> runParallel(List<Path> peerFiles, Map<String, List<List<String>>> references, int threads)
            throws IOException {
        List<TopicResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> peerFiles.parallelStream().forEach(file -> {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                results.add(new TopicResult(name.substring(dot + 1), name.substring(0, dot),
                        rouge.score(readLinesUnchecked(file), references.get(name.substring(0, dot)))));
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new ArrayList<>(results);
    }

    /**
     * Per-system means of the per-topic (rounded) scores, as ROUGE-1.5.5 averages them, and bootstrap
     * intervals by its procedure (resample the topics with replacement, {@code -r} times; take the
     * {@code -c}% interval with its interpolation). The interval is random and not meant to match digits.
     */
    public List<Average> averages(List<TopicResult> results) {
        Map<String, List<TopicResult>> bySystem = new TreeMap<>();
        results.forEach(r -> bySystem.computeIfAbsent(r.system(), s -> new ArrayList<>()).add(r));
        List<Average> averages = new ArrayList<>();
        List<String> metrics = rouge.options().metrics();
        for (var entry : bySystem.entrySet()) {
            List<TopicResult> topics = entry.getValue();
            for (int m = 0; m < metrics.size(); m++) {
                int n = topics.size();
                double[][] values = new double[3][n];
                for (int t = 0; t < n; t++) {
                    RougeScore s = topics.get(t).scores().get(m);
                    values[0][t] = s.recall();
                    values[1][t] = s.precision();
                    values[2][t] = s.f();
                }
                averages.add(new Average(entry.getKey(), metrics.get(m), Rouge.round5(mean(values[0])),
                        Rouge.round5(mean(values[1])), Rouge.round5(mean(values[2])), interval(values[0]),
                        interval(values[1]), interval(values[2]), n));
            }
        }
        return averages;
    }

    private double[] interval(double[] values) {
        int resamples = rouge.options().resamples();
        if (resamples == 0 || values.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            Random random = new Random(r); // ROUGE seeds each resample with its index
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        double delta = resamples * ((100 - rouge.options().confidence()) / 2.0) / 100.0;
        int upperA = (int) (resamples - delta - 1);
        int lowerA = (int) delta;
        double ratio = resamples - delta - 1 - upperA;
        double lower = means[lowerA] + (means[Math.min(lowerA + 1, resamples - 1)] - means[lowerA]) * ratio;
        double upper = means[upperA] + (means[Math.min(upperA + 1, resamples - 1)] - means[upperA]) * ratio;
        return new double[] {Rouge.round5(lower), Rouge.round5(upper)};
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static String topicOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static final String EMPTY = "empty file";

    /** Why a summary file cannot be scored as text: empty, or binary (a NUL byte or mostly control bytes). */
    private static Optional<String> unusable(Path file) throws IOException {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        int control = 0;
        boolean blank = true;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return Optional.of("binary content");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
            blank &= c <= 0x20;
        }
        if (head.length > 0 && control * 10 > head.length) {
            return Optional.of("binary content");
        }
        return blank && Files.size(file) <= head.length ? Optional.of(EMPTY) : Optional.empty();
    }

    /** Lines split on newline only, bytes as characters: what Perl's chomped {@code <TEXT>} gives. */
    static List<String> readLines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> readLinesUnchecked(Path file) {
        try {
            return readLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
