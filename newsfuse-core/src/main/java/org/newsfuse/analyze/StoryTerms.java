package org.newsfuse.analyze;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The story's vocabulary as integer ids, with per-sentence term vectors and story-level frequencies.
 * Built once per story so that scorers and aligners compare integer arrays, not strings.
 */
public final class StoryTerms {

    private final List<String> vocabulary;
    private final int[][] termIds;        // per sentence, in order, repeats kept
    private final int[][] vectorIds;      // per sentence, distinct ids, ascending
    private final double[][] vectorWeights; // tf-idf weights aligned with vectorIds
    private final double[] norms;
    private final int[] sentenceFrequency;
    private final int[] documentFrequency;
    private final double[] idf;
    private final int documents;

    StoryTerms(List<Sentence> sentences, int documents) {
        Map<String, Integer> ids = new HashMap<>();
        String[] words = new String[16];
        int[][] perSentence = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> terms = sentences.get(s).terms();
            int[] row = new int[terms.size()];
            for (int t = 0; t < row.length; t++) {
                String term = terms.get(t);
                Integer id = ids.get(term);
                if (id == null) {
                    id = ids.size();
                    ids.put(term, id);
                    if (id == words.length) {
                        words = Arrays.copyOf(words, words.length * 2);
                    }
                    words[id] = term;
                }
                row[t] = id;
            }
            perSentence[s] = row;
        }
        this.vocabulary = List.of(Arrays.copyOf(words, ids.size()));
        this.termIds = perSentence;
        this.documents = Math.max(1, documents);
        int v = ids.size();
        this.sentenceFrequency = new int[v];
        this.documentFrequency = new int[v];
        int[] lastSentence = new int[v];
        int[] lastDocument = new int[v];
        Arrays.fill(lastSentence, -1);
        Arrays.fill(lastDocument, -1);
        for (int s = 0; s < perSentence.length; s++) {
            int doc = sentences.get(s).articleIndex();
            for (int id : perSentence[s]) {
                if (lastSentence[id] != s) {
                    lastSentence[id] = s;
                    sentenceFrequency[id]++;
                }
                if (lastDocument[id] != doc) {
                    lastDocument[id] = doc;
                    documentFrequency[id]++;
                }
            }
        }
        this.idf = new double[v];
        int n = Math.max(1, sentences.size());
        for (int id = 0; id < v; id++) {
            idf[id] = Math.log((n + 1.0) / (sentenceFrequency[id] + 0.5));
        }
        this.vectorIds = new int[perSentence.length][];
        this.vectorWeights = new double[perSentence.length][];
        this.norms = new double[perSentence.length];
        for (int s = 0; s < perSentence.length; s++) {
            int[] sorted = perSentence[s].clone();
            Arrays.sort(sorted);
            int distinct = 0;
            int[] uniq = new int[sorted.length];
            double[] weight = new double[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                if (distinct > 0 && uniq[distinct - 1] == sorted[i]) {
                    weight[distinct - 1] += idf[sorted[i]];
                } else {
                    uniq[distinct] = sorted[i];
                    weight[distinct] = idf[sorted[i]];
                    distinct++;
                }
            }
            vectorIds[s] = Arrays.copyOf(uniq, distinct);
            vectorWeights[s] = Arrays.copyOf(weight, distinct);
            double sum = 0;
            for (int i = 0; i < distinct; i++) {
                sum += vectorWeights[s][i] * vectorWeights[s][i];
            }
            norms[s] = Math.sqrt(sum);
        }
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    public String term(int id) {
        return vocabulary.get(id);
    }

    /** The sentence's term ids in order, repeats kept. The array is shared: do not modify it. */
    public int[] ids(int sentence) {
        return termIds[sentence];
    }

    /** The sentence's distinct term ids, ascending. Shared: do not modify. */
    public int[] distinctIds(int sentence) {
        return vectorIds[sentence];
    }

    /** tf-idf weights aligned with {@link #distinctIds}. Shared: do not modify. */
    public double[] weights(int sentence) {
        return vectorWeights[sentence];
    }

    public double norm(int sentence) {
        return norms[sentence];
    }

    public double idf(int id) {
        return idf[id];
    }

    public int sentenceFrequency(int id) {
        return sentenceFrequency[id];
    }

    public int documentFrequency(int id) {
        return documentFrequency[id];
    }

    public int documents() {
        return documents;
    }

    /** Cosine similarity of two sentences' tf-idf vectors, in [0, 1]. */
    public double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        return dot(vectorIds[a], vectorWeights[a], vectorIds[b], vectorWeights[b]) / (norms[a] * norms[b]);
    }

    /** How much of sentence {@code a}'s weight sentence {@code b} also has, in [0, 1]. */
    public double containment(int a, int b) {
        int[] ia = vectorIds[a];
        double[] wa = vectorWeights[a];
        int[] ib = vectorIds[b];
        double total = 0;
        double shared = 0;
        int j = 0;
        for (int i = 0; i < ia.length; i++) {
            double w = idf[ia[i]];
            total += w;
            while (j < ib.length && ib[j] < ia[i]) {
                j++;
            }
            if (j < ib.length && ib[j] == ia[i]) {
                shared += w;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    static double dot(int[] ia, double[] wa, int[] ib, double[] wb) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ia.length && j < ib.length) {
            if (ia[i] == ib[j]) {
                sum += wa[i++] * wb[j++];
            } else if (ia[i] < ib[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
