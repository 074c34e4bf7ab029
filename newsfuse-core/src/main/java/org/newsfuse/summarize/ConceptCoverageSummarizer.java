package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.analyze.StoryTerms;
import org.newsfuse.analyze.TermAnalyzer;

/**
 * Concept coverage (after Gillick and Favre's concept ILP): concepts are the stemmed word bigrams of
 * the story (stop words kept, pairs of two stop words left out) and, at lower weight, its content
 * words, weighted by how many articles use them (a concept only counts once several
 * articles share it), an article's lead counting as more than one use. The summary maximises the total
 * weight of the concepts it covers within the length budget, so a repeated concept earns nothing twice;
 * and it never holds two sentences that the citation aligner pairs as the same content, which
 * concepts alone miss when outlets word one fact differently.
 *
 * <p>The objective is monotone submodular, so cost-scaled greedy selection followed by a comparison
 * with the best single sentence is within a constant factor of the optimum (Lin and Bilmes, 2010); a
 * swap-based local search then removes most of the remaining gap. When no sentence adds a concept and
 * the budget still has room (a long summary of a short story), it is topped up with the sentences
 * closest to the story's centroid.
 *
 * <p>A sentence that leans on the one before it (an opening pronoun or connective) is weighed together
 * with it ({@code withContext}): the pair is one candidate throughout, so the summary never holds such a
 * sentence without what it refers to, and the optimiser pays for the context in words. When the
 * sentence opens with "He", "She", "His" or "Her" and {@link PronounReferents} names the person safely
 * ({@code bracketPronouns}), it is a candidate on its own instead, shown with the name in brackets and
 * paying for the name's words. A sentence that leans on one that itself leans on the sentence before it
 * comes in with both ({@code runsOfThree}), as long as the first of the three reads alone.
 *
 * @param minDocumentShare a concept counts if at least this share of the articles (and at least two) use it
 * @param leadBonus        how much more than an ordinary use an article's use counts when it is in the article's first {@code leadSentences}
 * @param leadSentences    how many sentences of each article count as its lead
 * @param costExponent     r in gain / words^r: how much shorter sentences are favoured
 * @param swapPasses       rounds of swap local search (0: greedy only)
 * @param unigramWeight    weight of single content words as concepts, relative to bigrams (0: bigrams only)
 * @param aligner          two sentences this aligner pairs state the same content: a summary holds at
 *                         most one of them (the pipeline passes the aligner its citations use)
 * @param withContext      a sentence that leans on the one before it ({@link SentenceDependencies}) is a
 *                         candidate only together with it, unless that one is chosen already: the pair
 *                         costs both lengths and is worth both sentences' concepts, so the optimiser
 *                         weighs what a reader would actually be shown
 * @param bracketPronouns  a sentence whose opening pronoun {@link PronounReferents} resolves is a candidate
 *                         on its own, costing the bracketed name's words in the pronoun's place; with
 *                         {@code withContext} off, a dependent sentence it does not resolve is no candidate
 * @param runsOfThree      with {@code withContext}, a dependent sentence whose predecessor itself leans on the
 *                         sentence before it is a candidate together with both (a run of three that reads from its
 *                         first sentence), instead of no candidate at all
 */
public record ConceptCoverageSummarizer(double minDocumentShare, double leadBonus, int leadSentences, double costExponent,
                                        int swapPasses, double unigramWeight, SentenceAligner aligner, boolean withContext,
                                        boolean bracketPronouns, boolean runsOfThree)
        implements Summarizer {

    public ConceptCoverageSummarizer {
        java.util.Objects.requireNonNull(aligner, "aligner");
    }

    /** These parameters, context at most one sentence back. */
    public ConceptCoverageSummarizer(double minDocumentShare, double leadBonus, int leadSentences, double costExponent,
                                     int swapPasses, double unigramWeight, SentenceAligner aligner, boolean withContext,
                                     boolean bracketPronouns) {
        this(minDocumentShare, leadBonus, leadSentences, costExponent, swapPasses, unigramWeight, aligner, withContext, bracketPronouns,
                false);
    }

    /** These parameters with the default aligner, each sentence a candidate on its own. */
    public ConceptCoverageSummarizer(double minDocumentShare, double leadBonus, int leadSentences, double costExponent,
                                     int swapPasses, double unigramWeight) {
        this(minDocumentShare, leadBonus, leadSentences, costExponent, swapPasses, unigramWeight, SentenceAligner.defaults(), false, false, false);
    }

    /** The parameters chosen on DUC 2003 and TAC 2010 (docs/SUMMARIZER.md). */
    public static ConceptCoverageSummarizer defaults() {
        return new ConceptCoverageSummarizer(0.4, 1.0, 1, 0.5, 2, 0.5, SentenceAligner.defaults(), true, true, true);
    }

    /** This summarizer with another aligner. */
    public ConceptCoverageSummarizer withAligner(SentenceAligner other) {
        return new ConceptCoverageSummarizer(minDocumentShare, leadBonus, leadSentences, costExponent, swapPasses, unigramWeight, other,
                withContext, bracketPronouns, runsOfThree);
    }

    /** This summarizer with dependent sentences weighed together with their context, or each sentence on its own. */
    public ConceptCoverageSummarizer withContext(boolean pairs) {
        return new ConceptCoverageSummarizer(minDocumentShare, leadBonus, leadSentences, costExponent, swapPasses, unigramWeight, aligner,
                pairs, bracketPronouns, runsOfThree);
    }

    /** This summarizer with opening pronouns resolved to bracketed names, or not. */
    public ConceptCoverageSummarizer withBracketPronouns(boolean brackets) {
        return new ConceptCoverageSummarizer(minDocumentShare, leadBonus, leadSentences, costExponent, swapPasses, unigramWeight, aligner,
                withContext, brackets, runsOfThree);
    }

    /** This summarizer with runs of three sentences (a dependent sentence, its dependent predecessor and the one before) as candidates, or not. */
    public ConceptCoverageSummarizer withRunsOfThree(boolean runs) {
        return new ConceptCoverageSummarizer(minDocumentShare, leadBonus, leadSentences, costExponent, swapPasses, unigramWeight, aligner,
                withContext, bracketPronouns, runs);
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        return select(StoryReading.of(story), budget);
    }

    @Override
    public List<Integer> select(StoryReading reading, Budget budget) {
        AnalyzedStory story = reading.story();
        List<Sentence> sentences = story.sentences();
        int n = sentences.size();
        Concepts concepts = concepts(story);
        double[] weight = weights(concepts, story.articles().size());
        boolean[] eligible = Candidates.eligible(story);

        Budget strict = budget.withFillToLimit(false);
        int[][] aligned = new int[n][];
        Context context = new Context(reading, withContext, bracketPronouns, runsOfThree);
        Selection greedy = greedy(new Selection(weight.length, story, aligned, aligner, context.cost), concepts.distinct, weight, eligible, context, strict);
        Selection single = bestSingle(new Selection(weight.length, story, aligned, aligner, context.cost), concepts.distinct, weight, eligible, context,
                strict);
        Selection best = single.value > greedy.value ? single : greedy;
        for (int pass = 0; pass < swapPasses; pass++) {
            if (!improveBySwaps(best, concepts.distinct, weight, eligible, context, strict)) {
                break;
            }
        }
        topUp(best, concepts, weight, eligible, context, budget);
        return best.chosen;
    }

    /**
     * What a sentence brings with it. With {@code withContext}, a sentence that opens with a reference to
     * the one before it in its article comes with that one (unless it is chosen already); with
     * {@code runsOfThree}, when that one itself leans on the sentence before it, with both. A sentence that
     * opens its article with such a reference, or whose context cannot stand as context (a piece of a
     * longer quotation, an overlong sentence, or leaning further back still), is no candidate. Without
     * it, every sentence stands alone. The same rule {@link ReadableSelection} applies afterwards, so
     * what is chosen here survives it.
     */
    private static final class Context {
        final SentenceDependencies dependencies;
        final boolean[] usable;
        final boolean pairs;
        final boolean runsOfThree;
        /** Per sentence, whether its opening pronoun has a bracketed name in its place. */
        final boolean[] bracketed;
        final int[] cost;

        Context(StoryReading reading, boolean pairs, boolean brackets, boolean runsOfThree) {
            AnalyzedStory story = reading.story();
            boolean enabled = pairs || brackets;
            this.dependencies = enabled ? reading.dependencies() : null;
            this.usable = enabled ? Candidates.usableAsContext(story) : null;
            this.pairs = pairs;
            this.runsOfThree = runsOfThree;
            List<Sentence> sentences = story.sentences();
            this.bracketed = new boolean[sentences.size()];
            this.cost = new int[sentences.size()];
            PronounReferents pronouns = brackets ? reading.pronouns() : null;
            for (int s = 0; s < cost.length; s++) {
                cost[s] = sentences.get(s).words();
                if (pronouns != null) {
                    java.util.Optional<Insertion> name = pronouns.of(s);
                    if (name.isPresent()) {
                        bracketed[s] = true;
                        cost[s] += name.get().addedWords(sentences.get(s).text());
                    }
                }
            }
        }

        /** The sentences that come in with {@code s}, in article order ending with {@code s}; empty if {@code s} cannot come in. */
        int[] unit(int s, Selection selection) {
            if (dependencies == null || !dependencies.opensWithReference(s)) {
                return new int[] {s};
            }
            int before = dependencies.predecessor(s);
            if (before < 0) {
                return new int[0];
            }
            if (selection.chosen.contains(before) || bracketed[s]) {
                return new int[] {s};
            }
            if (!pairs || !usable[before] || selection.repeats(before)) {
                return new int[0];
            }
            if (!dependencies.opensWithReference(before) || bracketed[before]) {
                return new int[] {before, s};
            }
            // the context leans on the sentence before it in turn: all three, or nothing
            int first = dependencies.predecessor(before);
            if (!runsOfThree || first < 0) {
                return new int[0];
            }
            if (selection.chosen.contains(first)) {
                return new int[] {before, s};
            }
            if (!usable[first] || dependencies.opensWithReference(first) || selection.repeats(first)) {
                return new int[0];
            }
            return new int[] {first, before, s};
        }

        /** The chosen sentences that read only after {@code s}: the one after it, if it leans on it, and so on. */
        List<Integer> leaningOn(int s, Selection selection) {
            List<Integer> out = new ArrayList<>();
            if (dependencies == null) {
                return out;
            }
            int next = s + 1;
            while (next < usable.length && dependencies.predecessor(next) == next - 1 && dependencies.opensWithReference(next)
                    && !bracketed[next] && selection.chosen.contains(next)) {
                out.add(next);
                next++;
            }
            return out;
        }
    }

    /**
     * The story's concepts as ids: per sentence, the distinct ids and, in reading order, every
     * occurrence with the word it ends at; per concept, how many articles use it and in how many it is
     * in the lead.
     */
    private static final class Concepts {
        final int[][] distinct;
        final int[][] ordered;
        final int[][] endsAt;
        int[] documents = new int[16];
        int[] leadDocuments = new int[16];
        boolean[] unigram = new boolean[16];
        int size;

        Concepts(int sentences) {
            distinct = new int[sentences][];
            ordered = new int[sentences][];
            endsAt = new int[sentences][];
        }
    }

    private Concepts concepts(AnalyzedStory story) {
        StoryTerms terms = story.terms();
        List<Sentence> sentences = story.sentences();
        Concepts concepts = new Concepts(sentences.size());
        Map<Long, Integer> ids = new HashMap<>();
        Map<String, Integer> bigramIds = new HashMap<>();
        int[] lastDocument = new int[16];
        boolean withUnigrams = unigramWeight > 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int[] t = terms.ids(s);
            int[] bigrams = bigrams(sentence.stems(), bigramIds);
            int[] termAt = termPositions(sentence.stems(), t.length);
            int[] row = new int[bigrams.length + (withUnigrams ? t.length : 0)];
            int[] at = new int[row.length];
            int count = 0;
            for (int i = withUnigrams ? -t.length : 0; i < bigrams.length; i++) {
                if (i >= 0 && bigrams[i] < 0) {
                    continue;
                }
                // bigram keys are non-negative; single words get negative keys
                long key = i < 0 ? -1L - t[i + t.length] : bigrams[i];
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                    if (id == concepts.documents.length) {
                        concepts.documents = Arrays.copyOf(concepts.documents, id * 2);
                        concepts.leadDocuments = Arrays.copyOf(concepts.leadDocuments, id * 2);
                        concepts.unigram = Arrays.copyOf(concepts.unigram, id * 2);
                        lastDocument = Arrays.copyOf(lastDocument, id * 2);
                    }
                    lastDocument[id] = -1;
                    concepts.unigram[id] = key < 0;
                }
                if (lastDocument[id] != sentence.articleIndex()) {
                    lastDocument[id] = sentence.articleIndex();
                    concepts.documents[id]++;
                    if (sentence.index() < leadSentences) {
                        concepts.leadDocuments[id]++;
                    }
                }
                // the word the concept ends at: bigram i at word i + 1, a single word at itself
                at[count] = i < 0 ? termAt[i + t.length] : i + 1;
                row[count++] = id;
            }
            concepts.distinct[s] = Arrays.stream(row, 0, count).distinct().toArray();
            concepts.ordered[s] = Arrays.copyOf(row, count);
            concepts.endsAt[s] = Arrays.copyOf(at, count);
        }
        concepts.size = ids.size();
        return concepts;
    }

    /** Each article that uses a concept is a vote, one that uses it in its lead {@code 1 + leadBonus} votes. */
    private double[] weights(Concepts concepts, int documents) {
        int minDocuments = documents <= 1 ? 1 : Math.max(2, (int) Math.ceil(minDocumentShare * documents));
        double[] weight = new double[concepts.size];
        for (int c = 0; c < weight.length; c++) {
            if (concepts.documents[c] >= minDocuments) {
                weight[c] = (concepts.documents[c] + leadBonus * concepts.leadDocuments[c]) * (concepts.unigram[c] ? unigramWeight : 1);
            }
        }
        return weight;
    }

    /** Where each content term sits among the sentence's words (in proportion, should the two analyses disagree). */
    private static int[] termPositions(List<String> stems, int terms) {
        int[] at = new int[terms];
        int k = 0;
        for (int w = 0; w < stems.size() && k < terms; w++) {
            if (!TermAnalyzer.isStopWord(stems.get(w))) {
                at[k++] = w;
            }
        }
        if (k < terms) {
            for (int i = 0; i < terms; i++) {
                at[i] = (int) ((long) i * stems.size() / terms);
            }
        }
        return at;
    }

    /**
     * The sentence's word bigrams as ids (stemmed, stop words kept, as Gillick and Favre's concepts and
     * ROUGE-2 count them), except those made of two stop words ("of the"), which say nothing.
     */
    private static int[] bigrams(List<String> stems, Map<String, Integer> ids) {
        int[] out = new int[Math.max(0, stems.size() - 1)];
        for (int i = 0; i + 1 < stems.size(); i++) {
            out[i] = TermAnalyzer.isStopWord(stems.get(i)) && TermAnalyzer.isStopWord(stems.get(i + 1))
                    ? -1 : ids.computeIfAbsent(stems.get(i) + ' ' + stems.get(i + 1), k -> ids.size());
        }
        return out;
    }

    /** A set of sentences, its length and covered concepts. */
    private static final class Selection {
        final List<Integer> chosen = new ArrayList<>();
        int[] coverage;
        int words;
        double value;
        final AnalyzedStory story;
        /** Per sentence, the sentences it aligns with, computed when it is first chosen; shared by the selections of one story. */
        final int[][] aligned;
        /** Per sentence, how many chosen sentences it aligns with. */
        final int[] repeating;
        final SentenceAligner aligner;
        /** Per sentence, the words it costs as shown: its own, plus those of a bracketed name in place of its pronoun. */
        final int[] cost;

        Selection(int concepts, AnalyzedStory story, int[][] aligned, SentenceAligner aligner, int[] cost) {
            this.aligner = aligner;
            this.cost = cost;
            coverage = new int[concepts];
            this.story = story;
            this.aligned = aligned;
            this.repeating = new int[aligned.length];
        }

        /** Whether sentence {@code s} says again what a chosen sentence says (and so would only repeat it to a reader). */
        boolean repeats(int s) {
            return repeating[s] > 0;
        }

        void add(int s, int[] concepts, double[] weight, int length) {
            chosen.add(s);
            words += length;
            for (int c : concepts) {
                if (coverage[c]++ == 0) {
                    value += weight[c];
                }
            }
            for (int other : alignedWith(s)) {
                repeating[other]++;
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
            for (int other : alignedWith(s)) {
                repeating[other]--;
            }
        }

        private int[] alignedWith(int s) {
            if (aligned[s] == null) {
                int[] found = new int[aligned.length];
                int count = 0;
                for (int other = 0; other < aligned.length; other++) {
                    if (other != s && aligner.similarity(story, s, other) > 0) {
                        found[count++] = other;
                    }
                }
                aligned[s] = Arrays.copyOf(found, count);
            }
            return aligned[s];
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

        /** The uncovered weight of a unit's concepts, each counted once. */
        double gain(int[] unit, int[][] concepts, double[] weight) {
            if (unit.length == 1) {
                return gain(concepts[unit[0]], weight);
            }
            double gain = 0;
            for (int s : unit) {
                for (int c : concepts[s]) {
                    if (coverage[c]++ == 0) {
                        gain += weight[c];
                    }
                }
            }
            for (int s : unit) {
                for (int c : concepts[s]) {
                    coverage[c]--;
                }
            }
            return gain;
        }
    }

    private static int words(Selection selection, int[] unit) {
        int words = 0;
        for (int s : unit) {
            words += selection.cost[s];
        }
        return words;
    }

    private static boolean admits(Budget budget, Selection selection, List<Sentence> sentences, int[] unit) {
        int words = selection.words;
        int count = selection.chosen.size();
        for (int s : unit) {
            if (!budget.admits(words, count, selection.cost[s])) {
                return false;
            }
            words += selection.cost[s];
            count++;
        }
        return true;
    }

    /** Whether every sentence of the unit may be chosen: eligible (context need only be usable), new and not repeating a chosen one. */
    private static boolean open(int[] unit, Selection selection, boolean[] eligible) {
        if (unit.length == 0 || !eligible[unit[unit.length - 1]]) {
            return false;
        }
        for (int s : unit) {
            if (selection.chosen.contains(s) || selection.repeats(s)) {
                return false;
            }
        }
        return true;
    }

    private static void addAll(Selection selection, int[] unit, int[][] concepts, double[] weight, List<Sentence> sentences) {
        for (int s : unit) {
            selection.add(s, concepts[s], weight, selection.cost[s]);
        }
    }

    /** Cost-scaled greedy over units: the unit with the most uncovered weight per words^r until none fits. */
    private Selection greedy(Selection selection, int[][] concepts, double[] weight, boolean[] eligible, Context context, Budget budget) {
        List<Sentence> sentences = selection.story.sentences();
        while (!budget.isFull(selection.words, selection.chosen.size())) {
            int[] best = null;
            double bestGain = 0;
            for (int s = 0; s < sentences.size(); s++) {
                if (!eligible[s] || selection.chosen.contains(s)) {
                    continue;
                }
                int[] unit = context.unit(s, selection);
                if (!open(unit, selection, eligible) || !admits(budget, selection, sentences, unit)) {
                    continue;
                }
                double gain = selection.gain(unit, concepts, weight) / Math.pow(words(selection, unit), costExponent);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = unit;
                }
            }
            if (best == null) {
                break;
            }
            addAll(selection, best, concepts, weight, sentences);
        }
        return selection;
    }

    private static Selection bestSingle(Selection selection, int[][] concepts, double[] weight, boolean[] eligible, Context context,
                                        Budget budget) {
        List<Sentence> sentences = selection.story.sentences();
        int[] best = null;
        double bestGain = 0;
        for (int s = 0; s < sentences.size(); s++) {
            int[] unit = context.unit(s, selection);
            if (eligible[s] && open(unit, selection, eligible) && admits(budget, selection, sentences, unit)) {
                double gain = selection.gain(unit, concepts, weight);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = unit;
                }
            }
        }
        if (best != null) {
            addAll(selection, best, concepts, weight, sentences);
        }
        return selection;
    }

    /**
     * One pass of swaps that raise the covered weight within budget: each chosen sentence, with the chosen
     * sentences that lean on it, gives way to the unit worth most in its place, if that is worth more.
     */
    private static boolean improveBySwaps(Selection selection, int[][] concepts, double[] weight, boolean[] eligible, Context context,
                                          Budget budget) {
        List<Sentence> sentences = selection.story.sentences();
        boolean improved = false;
        for (int out : new ArrayList<>(selection.chosen)) {
            if (!selection.chosen.contains(out)) {
                continue;
            }
            List<Integer> removed = new ArrayList<>();
            removed.add(out);
            removed.addAll(context.leaningOn(out, selection));
            double before = selection.value;
            for (int r : removed) {
                selection.remove(r, concepts[r], weight, selection.cost[r]);
            }
            double base = selection.value;
            int[] bestIn = null;
            double bestValue = before;
            for (int s = 0; s < sentences.size(); s++) {
                if (!eligible[s] || removed.contains(s) || selection.chosen.contains(s)) {
                    continue;
                }
                int[] unit = context.unit(s, selection);
                if (!open(unit, selection, eligible) || !admits(budget, selection, sentences, unit)) {
                    continue;
                }
                double value = base + selection.gain(unit, concepts, weight);
                if (value > bestValue + 1e-9) {
                    bestValue = value;
                    bestIn = unit;
                }
            }
            if (bestIn == null) {
                for (int r : removed) {
                    selection.add(r, concepts[r], weight, selection.cost[r]);
                }
            } else {
                addAll(selection, bestIn, concepts, weight, sentences);
                improved = true;
            }
        }
        return improved;
    }

    /**
     * Uses the rest of the budget. While some unit that the budget admits still adds concepts (for
     * evaluations that cut at N words, counting only its words before the cut), the one adding most;
     * once none does, as happens when the budget holds much of a short story, the sentence closest to
     * the story's centroid among those that do not repeat a chosen one, as {@link CentroidMmrSummarizer} ranks them.
     */
    private static void topUp(Selection selection, Concepts concepts, double[] weight, boolean[] eligible, Context context, Budget budget) {
        AnalyzedStory story = selection.story;
        List<Sentence> sentences = story.sentences();
        boolean[] seen = new boolean[weight.length];
        double[] relevance = null;
        while (!budget.isFull(selection.words, selection.chosen.size())) {
            int[] best = null;
            double bestGain = 0;
            int room = budget.maxWords() == 0 ? Integer.MAX_VALUE : budget.maxWords() - selection.words;
            for (int s = 0; s < sentences.size(); s++) {
                if (!eligible[s] || selection.chosen.contains(s)) {
                    continue;
                }
                int[] unit = context.unit(s, selection);
                if (!open(unit, selection, eligible) || !admits(budget, selection, sentences, unit)) {
                    continue;
                }
                double gain = 0;
                int left = room;
                for (int member : unit) {
                    gain += prefixGain(sentences.get(member), concepts.ordered[member], concepts.endsAt[member], left, selection, weight, seen);
                    left = left == Integer.MAX_VALUE ? left : left - selection.cost[member];
                }
                for (int member : unit) {
                    for (int c : concepts.ordered[member]) {
                        seen[c] = false;
                    }
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = unit;
                }
            }
            if (best == null) {
                if (relevance == null) {
                    relevance = CentroidMmrSummarizer.relevance(story);
                }
                int central = mostRelevantNew(selection, story, relevance, budget, context);
                best = central < 0 ? null : new int[] {central};
            }
            if (best == null) {
                break;
            }
            addAll(selection, best, concepts.distinct, weight, sentences);
        }
    }

    /** The most relevant sentence the budget admits that repeats no chosen one; -1 if none. */
    private static int mostRelevantNew(Selection selection, AnalyzedStory story, double[] relevance, Budget budget, Context context) {
        int best = -1;
        for (int s = 0; s < relevance.length; s++) {
            if (relevance[s] == Double.NEGATIVE_INFINITY || (best >= 0 && relevance[s] <= relevance[best])
                    || selection.chosen.contains(s)
                    || !budget.admits(selection.words, selection.chosen.size(), selection.cost[s])
                    || context.unit(s, selection).length != 1) {
                continue;
            }
            if (!selection.repeats(s)) {
                best = s;
            }
        }
        return best;
    }

    /** The uncovered weight of the concepts in the sentence's first {@code room} words (the rest is cut). */
    private static double prefixGain(Sentence sentence, int[] ordered, int[] endsAt, int room, Selection selection, double[] weight,
                                     boolean[] seen) {
        int cut = room >= sentence.words() ? Integer.MAX_VALUE : (int) ((long) room * sentence.stems().size() / sentence.words());
        double gain = 0;
        for (int i = 0; i < ordered.length; i++) {
            int c = ordered[i];
            if (endsAt[i] < cut && !seen[c] && selection.coverage[c] == 0) {
                seen[c] = true;
                gain += weight[c];
            }
        }
        return gain;
    }
}
