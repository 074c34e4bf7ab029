package org.newsfuse.bench.tuning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.clean.PageFurniture;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;

/**
 * How separable are same-story article pairs, and what could any clustering over these features reach?
 * For each pair: tf-idf cosines of the first 300 terms, of the capitalised words inside sentences, of
 * the first 40 terms, of the title and of the whole text, and the log of the days between them. Prints
 * each feature's AUC, how many articles have their nearest neighbour in their own story, a ceiling
 * that leaves the articles sharing nothing with their story alone, and offline average-link B-cubed F1
 * at the best threshold for single features and for a logistic model of all of them, fitted on the
 * same articles (so an optimistic bound, not a method). Run by hand:
 * {@code PairProbe duc2003 | mn [N] | ducTac}; {@code -Dwhich=body,full,model,n0.5} picks the
 * similarities, {@code -Dbigrams=W} adds term bigrams at weight W to the whole-text vector,
 * {@code -Dshow=1} prints the unrelated articles. {@code ducTac} is the DUC 2004 + TAC 2010 test set:
 * use it only to state a bound, never to choose anything.
 */
public final class PairProbe {
    static final Pattern NAME = Pattern.compile("(?<=[a-z,] )([A-Z][a-z]+)");

    public static void main(String[] args) throws Exception {
        String set = args[0];
        List<SourceDocument> docs = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        List<String> files = set.equals("duc2003") ? List.of("../shared/data/duc2003/duc2003_task2.jsonl")
                : set.equals("ducTac") ? List.of("../shared/data/duc2004/duc2004_task2.jsonl", "../shared/data/tac2010/tac2010_guided_A.jsonl")
                : List.of("../shared/data/multinews/multinews_test_5622_lowercased_truncated.jsonl");
        int skip = set.equals("mn") ? 2000 : 0;
        int limit = set.startsWith("mn") ? Integer.parseInt(args.length > 1 ? args[1] : "500") : 100000;
        for (String file : files) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                List<StoryInput> stories = new StoryJsonlReader().read(in, file).stories();
                for (StoryInput s : stories.subList(skip, Math.min(stories.size(), skip + limit))) {
                    for (SourceDocument d : s.documents()) { docs.add(d); gold.add(file + s.id()); }
                }
            }
        }
        int n = docs.size();
        TermAnalyzer an = new TermAnalyzer();
        int F = 6;
        List<Map<String, Double>> body = new ArrayList<>(), names = new ArrayList<>(), lead = new ArrayList<>(), title = new ArrayList<>(), full = new ArrayList<>();
        for (SourceDocument d : docs) {
            String text = PageFurniture.strip(d.text());
            Map<String, Double> b = new HashMap<>(), nm = new HashMap<>(), ld = new HashMap<>(), ti = new HashMap<>(), fu = new HashMap<>();
            List<String> terms = an.terms(text, 300);
            for (int i = 0; i < terms.size(); i++) { b.merge(terms.get(i), 1.0, Double::sum); if (i < 40) ld.merge(terms.get(i), 1.0, Double::sum); }
            for (String t : an.terms(text)) fu.merge(t, 1.0, Double::sum);
            if (System.getProperty("bigrams") != null) { fu.clear(); fu.putAll(b); for (int i = 1; i < terms.size(); i++) fu.merge(terms.get(i - 1) + " " + terms.get(i), Double.parseDouble(System.getProperty("bigrams")), Double::sum); }
            d.title().ifPresent(t -> an.terms(t).forEach(x -> ti.merge(x, 1.0, Double::sum)));
            Matcher m = NAME.matcher(text);
            while (m.find()) for (String x : an.terms(m.group(1))) nm.merge(x, 1.0, Double::sum);
            body.add(b); names.add(nm); lead.add(ld); title.add(ti); full.add(fu);
        }
        List<List<Map<String, Double>>> kinds = List.of(body, names, lead, title, full);
        List<Map<String, Double>[]> vecs = new ArrayList<>();
        for (List<Map<String, Double>> kind : kinds) vecs.add(weigh(kind));
        // pair features
        int pairs = n * (n - 1) / 2;
        float[][] x = new float[pairs][F + 1];
        boolean[] y = new boolean[pairs];
        int k = 0;
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++, k++) {
            for (int f = 0; f < 5; f++) x[k][f] = (float) dot(vecs.get(f)[i], vecs.get(f)[j]);
            long gap = docs.get(i).date().isPresent() && docs.get(j).date().isPresent()
                    ? Math.abs(ChronoUnit.DAYS.between(docs.get(i).date().get(), docs.get(j).date().get())) : 0;
            x[k][5] = (float) Math.log1p(gap);
            x[k][6] = 1;
            y[k] = gold.get(i).equals(gold.get(j));
        }
        {
            float[] bestSame = new float[n], bestOther = new float[n];
            int kk = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++, kk++) {
                float v = x[kk][4];
                if (y[kk]) { bestSame[i] = Math.max(bestSame[i], v); bestSame[j] = Math.max(bestSame[j], v); }
                else { bestOther[i] = Math.max(bestOther[i], v); bestOther[j] = Math.max(bestOther[j], v); }
            }
            Map<String, Integer> sz = new HashMap<>(); gold.forEach(g -> sz.merge(g, 1, Integer::sum));
            int nn1 = 0, alone = 0, weak = 0;
            for (int i = 0; i < n; i++) { if (sz.get(gold.get(i)) == 1) { alone++; continue; } if (bestSame[i] > bestOther[i]) nn1++; if (bestSame[i] < 0.05) { weak++; if (System.getProperty("show") != null) System.out.println("WEAK " + gold.get(i) + " | " + docs.get(i).text().replace('\n', ' ').substring(0, Math.min(160, docs.get(i).text().length()))); } }
            int[] ceil = new int[n];
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) ceil[i] = bestSame[i] < 0.05 && sz.get(gold.get(i)) > 1 ? 100000 + i : ids.computeIfAbsent(gold.get(i), g -> ids.size());
            double[] cb = ClusterTuning.bcubed(ceil, gold);
            System.out.printf("ceiling with unrelated articles alone: P %.4f R %.4f F1 %.4f%n", cb[0], cb[1], 2 * cb[0] * cb[1] / (cb[0] + cb[1]));
            System.out.printf("articles %d, singletons %d, 1-NN in story %d, max same-story cos < 0.05: %d%n", n, alone, nn1, weak);
        }
        String[] fname = {"body", "names", "lead", "title", "full", "loggap"};
        for (int f = 0; f < F; f++) System.out.printf("AUC %s %.4f%n", fname[f], auc(x, y, f));
        double[] w = logistic(x, y, F + 1);
        System.out.println("weights " + Arrays.toString(w));
        // average link on each single feature and on the model
        double[][] sim = new double[n][n];
        for (String which : System.getProperty("which", "body,full,model,n0.3,n0.6,n1.0").split(",")) {
            k = 0;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++, k++) {
                double s;
                if (which.equals("model")) { double z = 0; for (int f = 0; f <= F; f++) z += w[f] * x[k][f]; s = 1 / (1 + Math.exp(-z)); }
                else if (which.startsWith("n")) { double lam = Double.parseDouble(which.substring(1)); s = (x[k][0] + lam * x[k][1]) / (1 + lam); }
                else s = x[k][which.equals("body") ? 0 : 4];
                sim[i][j] = sim[j][i] = s;
            }
            double bestF = 0, bestT = 0;
            double[] ts = which.equals("model") ? new double[] {0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98} : new double[] {0.02, 0.03, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25};
            for (double t : ts) {
                double f1 = avgLink(sim, gold, t);
                if (f1 > bestF) { bestF = f1; bestT = t; }
            }
            System.out.printf("%s avg-link best F1 %.4f at %.2f%n", which, bestF, bestT);
        }
    }

    static Map<String, Double>[] weigh(List<Map<String, Double>> tfs) {
        Map<String, Integer> df = new HashMap<>();
        tfs.forEach(tf -> tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        int n = tfs.size();
        @SuppressWarnings("unchecked") Map<String, Double>[] out = new Map[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : tfs.get(i).entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                v.put(e.getKey(), w); norm += w * w;
            }
            double nn = Math.sqrt(norm);
            if (nn > 0) v.replaceAll((kk, w) -> w / nn);
            out[i] = v;
        }
        return out;
    }

    static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) { var t = a; a = b; b = t; }
        double s = 0;
        for (var e : a.entrySet()) { Double w = b.get(e.getKey()); if (w != null) s += w * e.getValue(); }
        return s;
    }

    static double auc(float[][] x, boolean[] y, int f) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Float.compare(x[a][f], x[b][f]));
        double rankSum = 0; long pos = 0;
        for (int r = 0; r < idx.length; r++) if (y[idx[r]]) { rankSum += r + 1; pos++; }
        long neg = x.length - pos;
        return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    static double[] logistic(float[][] x, boolean[] y, int d) {
        double[] w = new double[d];
        long pos = 0; for (boolean b : y) if (b) pos++;
        double wp = x.length / (2.0 * pos), wn = x.length / (2.0 * (x.length - pos));
        double lr = 0.5;
        for (int it = 0; it < 300; it++) {
            double[] g = new double[d];
            for (int i = 0; i < x.length; i++) {
                double z = 0; for (int f = 0; f < d; f++) z += w[f] * x[i][f];
                double p = 1 / (1 + Math.exp(-z));
                double err = (p - (y[i] ? 1 : 0)) * (y[i] ? wp : wn);
                for (int f = 0; f < d; f++) g[f] += err * x[i][f];
            }
            for (int f = 0; f < d; f++) w[f] -= lr * g[f] / x.length * 10;
        }
        return w;
    }

    static double avgLink(double[][] sim, List<String> gold, double t) {
        double[] b = ClusterTuning.bcubed(ClusterTuning.averageLink(sim, t, null), gold);
        return 2 * b[0] * b[1] / (b[0] + b[1]);
    }
}
