package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfuse.SharedData;

/**
 * ROUGE-1.5.5's own output on 13 published systems x 50 DUC 2004 topics, for three option sets
 * (../shared/data/duc2004/ROUGE.md): every per-topic recall, precision and F, and every system average,
 * must match to within 0.00001.
 */
class RougeVectorsTest {

    private static RougeStemmer stemmer;

    @BeforeAll
    static void load() {
        stemmer = RougeStemmer.load();
    }

    static RougeOptions optionsFor(String name) {
        return switch (name) {
            case "hong2014" -> new RougeOptions(4, false, true, 100, 0, -1, false, false, 0.5, 95, 0);
            case "duc665" -> new RougeOptions(2, true, true, 0, 665, 4, true, false, 0.5, 95, 0);
            case "full-nostem" -> new RougeOptions(2, true, false, 0, 0, 4, true, false, 0.5, 95, 0);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"hong2014", "duc665", "full-nostem"})
    void matchesRouge155(String name) throws IOException {
        Path sumrepo = SharedData.require("data/duc2004/sumrepo");
        Path expectedFile = sumrepo.resolve("rouge155-" + name + ".per-topic.csv");
        RougeEvaluation evaluation = new RougeEvaluation(new Rouge(optionsFor(name), stemmer));
        RougeEvaluation.Result result = evaluation.evaluate(sumrepo.resolve("peers"), sumrepo.resolve("models"), 2);
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());

        Map<String, double[]> actual = new HashMap<>();
        for (RougeEvaluation.TopicResult t : result.topics()) {
            for (RougeScore s : t.scores()) {
                actual.put(t.system() + "," + t.topic() + "," + s.metric(), new double[] {s.recall(), s.precision(), s.f()});
            }
        }
        List<String> expectedLines = Files.readAllLines(expectedFile);
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        for (String line : expectedLines.subList(1, expectedLines.size())) {
            String[] f = line.split(",");
            String key = f[0] + "," + f[1] + "," + f[2];
            double[] got = actual.get(key);
            rows++;
            if (got == null) {
                mismatches.add(key + ": missing");
                continue;
            }
            for (int i = 0; i < 3; i++) {
                if (Math.abs(got[i] - Double.parseDouble(f[3 + i])) > 0.0000051) {
                    mismatches.add(key + ": expected " + f[3] + "/" + f[4] + "/" + f[5] + " got "
                            + got[0] + "/" + got[1] + "/" + got[2]);
                    break;
                }
            }
        }
        assertEquals(2600, rows);
        assertEquals(rows, actual.size(), "no extra rows");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + rows + " rows differ, e.g.\n"
                + String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));

        List<String> averageLines = Files.readAllLines(sumrepo.resolve("rouge155-" + name + ".average.csv"));
        Map<String, Double> averages = new HashMap<>();
        for (RougeEvaluation.Average a : result.averages()) {
            averages.put(a.system() + "," + a.metric() + ",R", a.recall());
            averages.put(a.system() + "," + a.metric() + ",P", a.precision());
            averages.put(a.system() + "," + a.metric() + ",F", a.f());
        }
        for (String line : averageLines.subList(1, averageLines.size())) {
            String[] f = line.split(",");
            Double got = averages.get(f[0] + "," + f[1] + "," + f[2]);
            // ROUGE-1.5.5 prints the mean of its bootstrap resamples, which is random and differs from the
            // plain mean of the per-topic scores by up to 0.0005 on these vectors.
            assertTrue(got != null && Math.abs(got - Double.parseDouble(f[3])) <= 0.001, line + " got " + got);
        }
    }
}
