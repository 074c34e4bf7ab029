package org.newsfuse.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.ingest.SourceDocument;

/**
 * Articles as tf-idf term vectors, with the idf learnt from the stream so far: term ids, each term's
 * document frequency and the number of articles counted. Title terms count {@code titleWeight} times,
 * capitalised words inside a sentence {@code nameWeight} extra. Not thread-safe: one per stream.
 */
final class TermVectors {

    /**
     * Virtual articles in which no term occurs, added to the idf's article count: with a handful of
     * articles, words shared by all of them would otherwise weigh nothing, and those are the words
     * that say the articles tell one story. Negligible once thousands have been seen.
     */
    private static final double IDF_PRIOR = 50;

    /** A capitalised word inside a sentence (after a lower-case word or comma): most likely part of a name. */
    private static final Pattern NAME_WORD = Pattern.compile("(?<=[a-z,] )([A-Z][a-z]+)");

    private final ClusterSettings settings;
    final Map<String, Integer> termIds = new HashMap<>();
    int[] documentFrequency = new int[1024];
    int counted;

    TermVectors(ClusterSettings settings) {
        this.settings = settings;
    }

    int vocabulary() {
        return termIds.size();
    }

    int id(String term) {
        Integer id = termIds.get(term);
        if (id == null) {
            id = termIds.size();
            termIds.put(term, id);
            if (id == documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
            }
        }
        return id;
    }

    /** The article's term counts from {@code text}, its body without page furniture, and its title. */
    Map<Integer, Double> termFrequencies(SourceDocument document, String text, TermAnalyzer analyzer) {
        Map<Integer, Double> tf = new HashMap<>();
        List<String> body = analyzer.terms(text, settings.maxArticleTerms());
        for (int i = 0; i < body.size(); i++) {
            tf.merge(id(body.get(i)), 1.0, Double::sum);
        }
        document.title().ifPresent(t -> analyzer.terms(t).forEach(term -> tf.merge(id(term), settings.titleWeight(), Double::sum)));
        if (settings.nameWeight() > 0) {
            Matcher m = NAME_WORD.matcher(text);
            int seenWords = 0;
            while (m.find() && seenWords++ < settings.maxArticleTerms()) {
                for (String term : analyzer.terms(m.group(1))) {
                    tf.merge(id(term), settings.nameWeight(), Double::sum);
                }
            }
        }
        return tf;
    }

    /** Counts an article's terms into the document frequencies. */
    void count(Map<Integer, Double> tf) {
        tf.keySet().forEach(t -> documentFrequency[t]++);
        counted++;
    }

    /** The article's heaviest terms, weighted {@code 1 + log tf} times idf, unit length. */
    ArticleVector vector(Map<Integer, Double> tf) {
        int[] ids = new int[tf.size()];
        double[] weights = new double[tf.size()];
        int k = 0;
        for (var e : tf.entrySet()) {
            ids[k] = e.getKey();
            weights[k] = (1 + Math.log(e.getValue())) * Math.log((counted + IDF_PRIOR + 1.0) / (documentFrequency[e.getKey()] + 0.5));
            k++;
        }
        Integer[] byWeight = new Integer[k];
        for (int i = 0; i < k; i++) {
            byWeight[i] = i;
        }
        Arrays.sort(byWeight, (a, b) -> Double.compare(weights[b], weights[a]));
        int kept = Math.min(k, settings.vectorTerms());
        double norm = 0;
        for (int i = 0; i < kept; i++) {
            norm += weights[byWeight[i]] * weights[byWeight[i]];
        }
        norm = Math.sqrt(norm);
        int[] vector = new int[kept];
        float[] vectorWeights = new float[kept];
        float[] logTf = new float[kept];
        for (int i = 0; i < kept; i++) {
            vector[i] = ids[byWeight[i]];
            vectorWeights[i] = norm == 0 ? 0 : (float) (weights[byWeight[i]] / norm);
            logTf[i] = (float) (1 + Math.log(tf.get(vector[i])));
        }
        return new ArticleVector(vector, vectorWeights, logTf);
    }

    /** Every term's idf, from the document frequencies of the whole stream so far. */
    double[] idf() {
        double[] idf = new double[termIds.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log((counted + IDF_PRIOR + 1.0) / (documentFrequency[t] + 0.5));
        }
        return idf;
    }
}
