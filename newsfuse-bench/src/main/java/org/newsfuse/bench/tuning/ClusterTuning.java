package org.newsfuse.bench.tuning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.group.Clustering;
import org.newsfuse.group.ClusterSettings;
import org.newsfuse.group.StoryClusterer;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;

/**
 * Error analysis and threshold sweep for story clustering on the tuning sets only (DUC 2003 and
 * Multi-News stories after the first 2,000). Not a test: run it by hand.
 */
public final class ClusterTuning {

    public static void main(String[] args) throws Exception {
        String set = args.length > 0 ? args[0] : "duc2003";
        boolean dump = args.length > 1 && args[1].equals("dump");
        List<SourceDocument> documents = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String file = set.equals("duc2003") ? "../shared/data/duc2003/duc2003_task2.jsonl"
                : "../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl";
        int skip = set.equals("duc2003") || set.equals("mnspeed") ? 0 : 2000;
        int limit = set.equals("duc2003") ? 0 : set.equals("mn500") ? 500 : set.equals("mnspeed") ? 2000 : 1000;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            List<StoryInput> stories = new StoryJsonlReader().read(in, file).stories();
            int to = limit > 0 ? Math.min(stories.size(), skip + limit) : stories.size();
            for (StoryInput story : stories.subList(skip, to)) {
                for (SourceDocument d : story.documents()) {
                    documents.add(d);
                    labels.add(story.id());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(1));
        List<SourceDocument> shuffled = order.stream().map(documents::get).toList();
        List<String> gold = order.stream().map(labels::get).toList();
        if (set.endsWith("-al") || args.length > 3) {
        }
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            if (args.length > 3 && args[3].equals("al")) {
                averageLink(shuffled, gold, analyzer, args[2], null);
                return;
            }
            if (args.length > 3 && args[3].equals("hybrid")) {
                // the online pass (without its centroid merge), then average link over its stories
                ClusterSettings d = ClusterSettings.defaults();
                StoryClusterer online = new StoryClusterer(new ClusterSettings(p("online", d.threshold()), d.linkage(), d.titleWeight(), d.maxArticleTerms(),
                        d.vectorTerms(), d.decayDays(), d.window(), d.copyContainment(), p("mergeThreshold", 2), d.warmup(), d.nameWeight(),
                        d.closeAfterDays()));
                Clustering c = online.cluster(shuffled, analyzer);
                averageLink(shuffled, gold, analyzer, args[2], c);
                return;
            }
            ClusterSettings d = ClusterSettings.defaults();
            ClusterSettings base = new ClusterSettings(d.threshold(), p("linkage", d.linkage()), p("titleWeight", d.titleWeight()),
                    (int) p("maxArticleTerms", d.maxArticleTerms()), (int) p("vectorTerms", d.vectorTerms()), p("decayDays", d.decayDays()),
                    d.window(), d.copyContainment(), p("mergeThreshold", d.mergeThreshold()), (int) p("warmup", d.warmup()),
                    p("nameWeight", d.nameWeight()), (int) p("closeAfterDays", d.closeAfterDays()));
            double[] thresholds = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray()
                    : new double[] {base.threshold()};
            for (double t : thresholds) {
                long start = System.nanoTime();
                Clustering c = new StoryClusterer(base.withThreshold(t)).cluster(shuffled, analyzer);
                double seconds = (System.nanoTime() - start) / 1e9;
                int[] predicted = new int[shuffled.size()];
                for (int s = 0; s < c.stories().size(); s++) {
                    for (int a : c.stories().get(s).articles()) {
                        predicted[a] = s;
                    }
                }
                double[] b = bcubed(predicted, gold);
                System.out.printf("%s t=%.3f found %d P %.4f R %.4f F1 %.4f  %.0f art/s%n", set, t, c.stories().size(), b[0], b[1],
                        2 * b[0] * b[1] / (b[0] + b[1]), shuffled.size() / seconds);
                if (dump) {
                    for (Clustering.Story s : c.stories()) {
                        Map<String, Integer> counts = new TreeMap<>();
                        s.articles().forEach(a -> counts.merge(gold.get(a), 1, Integer::sum));
                        System.out.println(s.id() + " " + counts + " " + s.firstSeen().map(Object::toString).orElse("") + " "
                                + shuffled.get(s.articles().get(0)).text().substring(0, Math.min(80, shuffled.get(s.articles().get(0)).text().length())).replace('\n', ' '));
                    }
                }
            }
        }
    }

    static void averageLink(List<SourceDocument> docs, List<String> gold, TermAnalyzer analyzer, String thresholds, Clustering start) {
        int n = docs.size();
        List<Map<String, Double>> tfs = new ArrayList<>();
        Map<String, Integer> df = new java.util.HashMap<>();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<=[a-z,] )([A-Z][a-z]+)");
        long t0 = System.nanoTime();
        for (SourceDocument d : docs) {
            Map<String, Double> tf = new java.util.HashMap<>();
            String text = org.newsfuse.clean.PageFurniture.strip(d.text().length() > 3000 ? d.text().substring(0, 3000) : d.text());
            List<String> terms = analyzer.terms(text);
            for (int i = 0; i < terms.size() && i < 300; i++) tf.merge(terms.get(i), 1.0, Double::sum);
            d.title().ifPresent(t -> analyzer.terms(t).forEach(x -> tf.merge(x, 2.0, Double::sum)));
            java.util.regex.Matcher m = name.matcher(text);
            while (m.find()) for (String x : analyzer.terms(m.group(1))) tf.merge(x, 2.0, Double::sum);
            tf.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
            tfs.add(tf);
        }
        List<Map<String, Double>> vecs = new ArrayList<>();
        for (Map<String, Double> tf : tfs) {
            Map<String, Double> v = new java.util.HashMap<>();
            double norm = 0;
            for (var e : tf.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double nn = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / nn);
            vecs.add(v);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
            Map<String, Double> a = vecs.get(i), b = vecs.get(j);
            if (a.size() > b.size()) { var t = a; a = b; b = t; }
            double s = 0;
            for (var e : a.entrySet()) { Double w = b.get(e.getKey()); if (w != null) s += w * e.getValue(); }
            long gap = docs.get(i).date().isPresent() && docs.get(j).date().isPresent()
                ? Math.abs(java.time.temporal.ChronoUnit.DAYS.between(docs.get(i).date().get(), docs.get(j).date().get())) : 0;
            sim[i][j] = sim[j][i] = s * Math.pow(0.5, gap / DECAY);
        }
        System.out.printf("vectors+sims %.1fs%n", (System.nanoTime() - t0) / 1e9);
        for (String ts : thresholds.split(",")) {
            double t = Double.parseDouble(ts);
            List<List<Integer>> starting = start == null ? null : start.stories().stream().map(Clustering.Story::articles).toList();
            if (starting != null) {
                double[] b0 = bcubed(averageLink(sim, Double.POSITIVE_INFINITY, starting), gold);
                System.out.printf("online start: P %.4f R %.4f F1 %.4f%n", b0[0], b0[1], 2 * b0[0] * b0[1] / (b0[0] + b0[1]));
            }
            int[] predicted = averageLink(sim, t, starting);
            long found = java.util.Arrays.stream(predicted).distinct().count();
            double[] b = bcubed(predicted, gold);
            System.out.printf("avg-link t=%.3f found %d P %.4f R %.4f F1 %.4f%n", t, found, b[0], b[1], 2 * b[0] * b[1] / (b[0] + b[1]));
        }
    }

    /**
     * Group-average agglomeration over an article similarity matrix, starting from {@code start} (a
     * partition of the articles; null: each alone) and merging the most similar pair of clusters while
     * it reaches {@code t}; each article's cluster.
     */
    static int[] averageLink(double[][] sim, double t, List<List<Integer>> start) {
        int n = sim.length;
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        double[][] cs = new double[n][];
        for (int i = 0; i < n; i++) cs[i] = sim[i].clone();
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        if (start != null) {
            for (List<Integer> members : start) {
                for (int q = 1; q < members.size(); q++) {
                    merge(cs, clusters, alive, members.get(0), members.get(q));
                }
            }
        }
        while (true) {
            int bi = -1, bj = -1; double best = t;
            for (int i = 0; i < n; i++) if (alive[i]) for (int j = i + 1; j < n; j++) if (alive[j] && cs[i][j] >= best) { best = cs[i][j]; bi = i; bj = j; }
            if (bi < 0) break;
            merge(cs, clusters, alive, bi, bj);
        }
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) if (alive[i]) for (int a : clusters.get(i)) predicted[a] = i;
        return predicted;
    }

    private static void merge(double[][] cs, List<List<Integer>> clusters, boolean[] alive, int into, int from) {
        int si = clusters.get(into).size(), sj = clusters.get(from).size();
        for (int k = 0; k < cs.length; k++) if (alive[k] && k != into && k != from) {
            double v = (cs[into][k] * si + cs[from][k] * sj) / (si + sj);
            cs[into][k] = cs[k][into] = v;
        }
        clusters.get(into).addAll(clusters.get(from));
        alive[from] = false;
    }

    static double p(String name, double fallback) {
        String v = System.getProperty(name);
        return v == null ? fallback : Double.parseDouble(v);
    }

    static double DECAY = Double.parseDouble(System.getProperty("decay", "1e9"));

    static double[] bcubed(int[] predicted, List<String> gold) {
        Map<Integer, Integer> size = new java.util.HashMap<>();
        Map<String, Integer> goldSize = new java.util.HashMap<>();
        Map<String, Integer> both = new java.util.HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            size.merge(predicted[i], 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted[i] + "|" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.length; i++) {
            int n = both.get(predicted[i] + "|" + gold.get(i));
            p += n / (double) size.get(predicted[i]);
            r += n / (double) goldSize.get(gold.get(i));
        }
        return new double[] {p / predicted.length, r / predicted.length};
    }
}
