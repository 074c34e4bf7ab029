package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.StoryTerms;
import org.newsfuse.analyze.TermAnalyzer;

/**
 * Concept coverage (after Gillick and Favre's concept ILP): concepts are the stemmed word bigrams of
 * the story (stop words kept, pairs of two stop words left out) and, at lower weight, its content
 * words, weighted by how many articles use them (a concept only counts once several
 * articles share it) and boosted when an article's lead uses it. The summary maximises the total weight
 * of the concepts it covers within the length budget, so redundancy costs nothing extra to control:
 * a repeated concept earns nothing twice.
 *
 * <p>The objective is monotone submodular, so cost-scaled greedy selection followed by a comparison
 * with the best single sentence is within a constant factor of the optimum (Lin and Bilmes, 2010); a
 * swap-based local search then removes most of the remaining gap.
 *
 * @param minDocumentShare a concept counts if at least this share of the articles (and at least two) use it
 * @param leadBonus        extra weight, as a fraction, for concepts in an article's first {@code leadSentences}
 * @param leadSentences    how many sentences of each article count as its lead
 * @param costExponent     r in gain / words^r: how much shorter sentences are favoured
 * @param swapPasses       rounds of swap local search (0: greedy only)
 * @param unigramWeight    weight of single content words as concepts, relative to bigrams (0: bigrams only)
 */
public record ConceptCoverageSummarizer(double minDocumentShare, double leadBonus, int leadSentences, double costExponent,
                                        int swapPasses, double unigramWeight) implements Summarizer {

    /** The parameters chosen on DUC 2003 and TAC 2010 (docs/SUMMARIZER.md). */
    public static ConceptCoverageSummarizer defaults() {
        return new ConceptCoverageSummarizer(0.4, 1.0, 1, 0.5, 2, 0.5);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        StoryTerms terms = story.terms();
        List<Sentence> sentences = story.sentences();
        int n = sentences.size();
        int docs = story.articles().size();
        Map<Long, Integer> ids = new HashMap<>();
        int[][] concepts = new int[n][];
        List<int[]> documentsOf = new ArrayList<>();
        int[] lastDoc = new int[16];
        int[] df = new int[16];
        boolean[] inLead = new boolean[16];
        boolean[] unigram = new boolean[16];
        boolean withUnigrams = unigramWeight > 0;
        Map<String, Integer> bigramIds = new HashMap<>();
        for (int s = 0; s < n; s++) {
            int[] t = terms.ids(s);
            int[] bigrams = bigrams(sentences.get(s).stems(), bigramIds);
            int[] row = new int[bigrams.length + (withUnigrams ? t.length : 0)];
            int count = 0;
            for (int i = withUnigrams ? -t.length : 0; i < bigrams.length; i++) {
                // bigram keys are non-negative; single words get negative keys
                long key = i < 0 ? -1L - t[i + t.length] : bigrams[i];
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                    if (id == df.length) {
                        df = Arrays.copyOf(df, id * 2);
                        lastDoc = Arrays.copyOf(lastDoc, id * 2);
                        inLead = Arrays.copyOf(inLead, id * 2);
                        unigram = Arrays.copyOf(unigram, id * 2);
                    }
                    lastDoc[id] = -1;
                    unigram[id] = key < 0;
                }
                int doc = sentences.get(s).articleIndex();
                if (lastDoc[id] != doc) {
                    lastDoc[id] = doc;
                    df[id]++;
                }
                if (sentences.get(s).index() < leadSentences) {
                    inLead[id] = true;
                }
                row[count++] = id;
            }
            int[] distinct = Arrays.stream(row, 0, count).distinct().toArray();
            concepts[s] = distinct;
        }
        int minDf = docs <= 1 ? 1 : Math.max(2, (int) Math.ceil(minDocumentShare * docs));
        double[] weight = new double[ids.size()];
        for (int c = 0; c < weight.length; c++) {
            weight[c] = df[c] >= minDf ? df[c] * (inLead[c] ? 1 + leadBonus : 1) * (unigram[c] ? unigramWeight : 1) : 0;
        }
        boolean[] eligible = new boolean[n];
        for (int s = 0; s < n; s++) {
            eligible[s] = Candidates.eligible(sentences.get(s));
        }

        Budget strict = budget.withFillToLimit(false);
        Selection greedy = greedy(sentences, concepts, weight, eligible, strict);
        Selection single = bestSingle(sentences, concepts, weight, eligible, strict);
        Selection best = single.value > greedy.value ? single : greedy;
        for (int pass = 0; pass < swapPasses; pass++) {
            if (!improveBySwaps(best, sentences, concepts, weight, eligible, strict)) {
                break;
            }
        }
        List<Integer> chosen = new ArrayList<>(best.chosen);
        if (budget.fillToLimit()) {
            fill(chosen, sentences, concepts, weight, eligible, budget);
        }
        return chosen;
    }

    /**
     * The sentence's word bigrams as ids (stemmed, stop words kept, as Gillick and Favre's concepts and
     * ROUGE-2 count them), except those made of two stop words ("of the"), which say nothing.
     */
    private static int[] bigrams(List<String> stems, Map<String, Integer> ids) {
        int[] out = new int[Math.max(0, stems.size() - 1)];
        int count = 0;
        for (int i = 0; i + 1 < stems.size(); i++) {
            if (TermAnalyzer.isStopWord(stems.get(i)) && TermAnalyzer.isStopWord(stems.get(i + 1))) {
                continue;
            }
            out[count++] = ids.computeIfAbsent(stems.get(i) + ' ' + stems.get(i + 1), k -> ids.size());
        }
        return Arrays.copyOf(out, count);
    }

    /** A set of sentences, its length and covered concepts. */
    private static final class Selection {
        final List<Integer> chosen = new ArrayList<>();
        int[] coverage;
        int words;
        double value;

        Selection(int concepts) {
            coverage = new int[concepts];
        }

        void add(int s, int[] concepts, double[] weight, int length) {
            chosen.add(s);
            words += length;
            for (int c : concepts) {
                if (coverage[c]++ == 0) {
                    value += weight[c];
                }
            }
        }

        void remove(int s, int[] concepts, double[] weight, int length) {
            chosen.remove(Integer.valueOf(s));
            words -= length;
            for (int c : concepts) {
                if (--coverage[c] == 0) {
                    value -= weight[c];
                }
            }
        }

        double gain(int[] concepts, double[] weight) {
            double gain = 0;
            for (int c : concepts) {
                if (coverage[c] == 0) {
                    gain += weight[c];
                }
            }
            return gain;
        }
    }

    private Selection greedy(List<Sentence> sentences, int[][] concepts, double[] weight, boolean[] eligible, Budget budget) {
        Selection selection = new Selection(weight.length);
        boolean[] done = new boolean[sentences.size()];
        while (!budget.isFull(selection.words, selection.chosen.size())) {
            int best = -1;
            double bestRatio = 0;
            for (int s = 0; s < sentences.size(); s++) {
                if (done[s] || !eligible[s] || !budget.admits(selection.words, selection.chosen.size(), sentences.get(s).words())) {
                    continue;
                }
                double gain = selection.gain(concepts[s], weight);
                double ratio = gain / Math.pow(sentences.get(s).words(), costExponent);
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            done[best] = true;
            selection.add(best, concepts[best], weight, sentences.get(best).words());
        }
        return selection;
    }

    private static Selection bestSingle(List<Sentence> sentences, int[][] concepts, double[] weight, boolean[] eligible, Budget budget) {
        Selection selection = new Selection(weight.length);
        int best = -1;
        double bestGain = 0;
        for (int s = 0; s < sentences.size(); s++) {
            if (eligible[s] && budget.admits(0, 0, sentences.get(s).words())) {
                double gain = selection.gain(concepts[s], weight);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = s;
                }
            }
        }
        if (best >= 0) {
            selection.add(best, concepts[best], weight, sentences.get(best).words());
        }
        return selection;
    }

    /** One pass of 1-for-1 swaps and additions that raise the covered weight within budget. */
    private static boolean improveBySwaps(Selection selection, List<Sentence> sentences, int[][] concepts, double[] weight,
                                          boolean[] eligible, Budget budget) {
        boolean improved = false;
        for (int out : new ArrayList<>(selection.chosen)) {
            int outWords = sentences.get(out).words();
            selection.remove(out, concepts[out], weight, outWords);
            double base = selection.value;
            int bestIn = out;
            double bestValue = base + selection.gain(concepts[out], weight);
            for (int s = 0; s < sentences.size(); s++) {
                if (!eligible[s] || s == out || selection.chosen.contains(s)
                        || !budget.admits(selection.words, selection.chosen.size(), sentences.get(s).words())) {
                    continue;
                }
                double value = base + selection.gain(concepts[s], weight);
                if (value > bestValue + 1e-9) {
                    bestValue = value;
                    bestIn = s;
                }
            }
            selection.add(bestIn, concepts[bestIn], weight, sentences.get(bestIn).words());
            improved |= bestIn != out;
        }
        return improved;
    }

    /** For evaluations that cut at exactly N words: top up with the sentence adding most, which may cross the limit. */
    private static void fill(List<Integer> chosen, List<Sentence> sentences, int[][] concepts, double[] weight, boolean[] eligible,
                             Budget budget) {
        Selection selection = new Selection(weight.length);
        for (int s : chosen) {
            selection.add(s, concepts[s], weight, sentences.get(s).words());
        }
        while (!budget.isFull(selection.words, selection.chosen.size())) {
            int best = -1;
            double bestGain = -1;
            int room = budget.maxWords() - selection.words;
            for (int s = 0; s < sentences.size(); s++) {
                if (!eligible[s] || selection.chosen.contains(s)) {
                    continue;
                }
                // only the words that fit before the cut count
                double share = Math.min(1.0, room / (double) sentences.get(s).words());
                double gain = selection.gain(concepts[s], weight) * share;
                if (gain > bestGain) {
                    bestGain = gain;
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            selection.add(best, concepts[best], weight, sentences.get(best).words());
            chosen.add(best);
        }
    }
}
