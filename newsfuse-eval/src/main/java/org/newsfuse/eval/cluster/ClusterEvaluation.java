package org.newsfuse.eval.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;

/**
 * Scores story clustering against the grouping of stories JSONL files: their articles are flattened,
 * labelled by file and story id (ids are only unique within a file), shuffled with a fixed seed, and
 * clustered. An article listed under two stories is two items, each with its own label, as the format
 * lists it: at most one of the pair can be right.
 */
public final class ClusterEvaluation {

    /** Scores of one run. */
    public record Result(int articles, int trueStories, int foundStories, double bcubedPrecision, double bcubedRecall,
                         double bcubedF1, double pairPrecision, double pairRecall, double pairF1, double seconds,
                         int duplicates, List<Diagnostic> diagnostics) {

        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }
    }

    private final StoryClusterer clusterer;
    private final TermAnalyzer analyzer;

    public ClusterEvaluation(StoryClusterer clusterer, TermAnalyzer analyzer) {
        this.clusterer = clusterer;
        this.analyzer = analyzer;
    }

    /**
     * @param files       stories JSONL files
     * @param limit       stories taken from each file (0: all)
     * @param skip        stories skipped at the start of each file before taking {@code limit}
     * @param seed        shuffle seed
     */
    public Result run(List<Path> files, int limit, int skip, long seed) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : files) {
            // only the stories evaluated, and only the problems met while reading them (a warning about
            // story 4,000 says nothing about a run over the first 2,000)
            List<StoryInput> stories = new ArrayList<>();
            int end = limit > 0 ? skip + limit : Integer.MAX_VALUE;
            int[] seen = {0};
            try (InputStream in = Files.newInputStream(file)) {
                new StoryJsonlReader().stream(in, file.getFileName().toString(), story -> {
                    int index = seen[0]++;
                    if (index >= skip && index < end) {
                        stories.add(story);
                    }
                }, problem -> {
                    // a problem is reported while its line is read, before its story (if any) is passed on
                    if (seen[0] >= skip && seen[0] < end) {
                        diagnostics.add(problem);
                    }
                });
            }
            for (StoryInput story : stories) {
                for (SourceDocument d : story.documents()) {
                    documents.add(d);
                    labels.add(file.getFileName() + "#" + story.id());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<SourceDocument> shuffled = order.stream().map(documents::get).toList();
        List<String> gold = order.stream().map(labels::get).toList();
        long start = System.nanoTime();
        Clustering clustering = clusterer.cluster(shuffled, analyzer);
        double seconds = (System.nanoTime() - start) / 1e9;
        int[] predicted = new int[shuffled.size()];
        for (int s = 0; s < clustering.stories().size(); s++) {
            for (int article : clustering.stories().get(s).articles()) {
                predicted[article] = s;
            }
        }
        return score(predicted, gold, clustering, seconds, diagnostics);
    }

    static Result score(int[] predicted, List<String> gold, Clustering clustering, double seconds, List<Diagnostic> diagnostics) {
        int n = predicted.length;
        Map<Integer, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> overlap = new HashMap<>();
        for (int i = 0; i < n; i++) {
            clusterSize.merge(predicted[i], 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            overlap.merge(predicted[i] + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            int both = overlap.get(predicted[i] + "\u0000" + gold.get(i));
            precision += both / (double) clusterSize.get(predicted[i]);
            recall += both / (double) goldSize.get(gold.get(i));
        }
        precision /= Math.max(1, n);
        recall /= Math.max(1, n);
        long samePredicted = pairs(clusterSize.values());
        long sameGold = pairs(goldSize.values());
        long sameBoth = pairs(overlap.values());
        double pairPrecision = samePredicted == 0 ? 1 : sameBoth / (double) samePredicted;
        double pairRecall = sameGold == 0 ? 1 : sameBoth / (double) sameGold;
        return new Result(n, goldSize.size(), clusterSize.size(), precision, recall, f1(precision, recall), pairPrecision,
                pairRecall, f1(pairPrecision, pairRecall), seconds, clustering.duplicates().size(), diagnostics);
    }

    private static long pairs(java.util.Collection<Integer> sizes) {
        long total = 0;
        for (int size : sizes) {
            total += (long) size * (size - 1) / 2;
        }
        return total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
