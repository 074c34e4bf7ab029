package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;

/**
 * Makes any summarizer's selection read sentence by sentence (applied by {@link StorySummarizer} to
 * every algorithm). A chosen sentence that opens with a pronoun or a connective ({@link
 * SentenceDependencies}) is kept only when the reader sees what it refers to: the sentence before it in
 * its article is chosen too; or else, when {@link Options#alternatives()} allows, it gives way to a
 * sentence of another article that says the same thing without the dependency (the sentence the
 * citations pair with it); or else, when {@link Options#pairs()} allows, it comes in together with the
 * sentences before it (at most {@link Options#maxRun()} in all), which count against the budget. A
 * quotation without a speaker is kept with a bracketed speaker from the comparison's attribution
 * ({@link Referents}), or not at all. What the budget no longer holds is left out, and room left over
 * goes to the summarizer's next choices ({@code more}), under the same rules, skipping any that repeat a
 * chosen sentence. Immutable and thread-safe.
 */
public final class ReadableSelection {

    /**
     * @param alternatives a dependent sentence may give way to another article's sentence the aligner pairs with it
     * @param pairs        a dependent sentence may come in with the sentences before it
     * @param maxRun       at most this many sentences come in together
     * @param brackets     a sentence whose opening pronoun {@link PronounReferents} resolves is shown alone with
     *                     the name in brackets in the pronoun's place, before any other way is tried
     */
    public record Options(boolean alternatives, boolean pairs, int maxRun, boolean brackets) {

        public Options {
            if (maxRun < 1) {
                throw new IllegalArgumentException("maxRun must be >= 1, got " + maxRun);
            }
        }

        /** Without bracketed names for pronouns. */
        public Options(boolean alternatives, boolean pairs, int maxRun) {
            this(alternatives, pairs, maxRun, false);
        }

        /** The setting chosen on the tuning sets (docs/SUMMARIZER.md). */
        public static Options defaults() {
            return new Options(true, true, 2, true);
        }
    }

    /**
     * The readable selection.
     *
     * @param chosen     sentence indexes in the order they were taken (most important first, a run in article order)
     * @param insertions per chosen sentence index, its bracketed insertions
     */
    public record Result(List<Integer> chosen, Map<Integer, List<Insertion>> insertions) {
        public Result {
            chosen = List.copyOf(chosen);
            insertions = Map.copyOf(insertions);
        }
    }

    private final Options options;
    private final SentenceAligner aligner;

    public ReadableSelection(Options options, SentenceAligner aligner) {
        this.options = Objects.requireNonNull(options, "options");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /**
     * @param ranked    the summarizer's selection, most important first
     * @param more      the summarizer's choices under a longer budget, asked only if room is left
     * @param referents the speakers of the story's quotations, asked only for a quotation without one
     */
    public Result apply(AnalyzedStory story, List<Integer> ranked, Supplier<List<Integer>> more, Budget budget,
                        Supplier<Referents.OfStory> referents) {
        return apply(StoryReading.of(story), ranked, more, budget, referents);
    }

    /** The same, with what the summarizer read off the story already ({@link StoryReading}). */
    public Result apply(StoryReading reading, List<Integer> ranked, Supplier<List<Integer>> more, Budget budget,
                        Supplier<Referents.OfStory> referents) {
        return new Run(reading, budget, referents).take(ranked, more);
    }

    /** One story's selection in progress. */
    private final class Run {
        final StoryReading reading;
        final AnalyzedStory story;
        final List<Sentence> sentences;
        final Budget budget;
        final SentenceDependencies dependencies;
        final boolean[] eligible;
        final boolean[] usableAsContext;
        final boolean[] chosen;
        final boolean[] tried;
        final List<Integer> order = new ArrayList<>();
        final Map<Integer, List<Insertion>> insertions = new HashMap<>();
        final Supplier<Referents.OfStory> referentSource;
        Referents.OfStory referents;
        int words;

        Run(StoryReading reading, Budget budget, Supplier<Referents.OfStory> referents) {
            this.reading = reading;
            this.story = reading.story();
            this.sentences = story.sentences();
            this.budget = budget;
            this.dependencies = reading.dependencies();
            this.eligible = Candidates.eligible(story);
            this.usableAsContext = Candidates.usableAsContext(story);
            this.chosen = new boolean[sentences.size()];
            this.tried = new boolean[sentences.size()];
            this.referentSource = referents;
        }

        Result take(List<Integer> ranked, Supplier<List<Integer>> more) {
            offer(ranked, false);
            if (!budget.isFull(words, order.size())) {
                offer(more.get(), true);
            }
            if (!budget.isFull(words, order.size())) {
                offer(byCentrality(), true);
            }
            // a name in brackets is not needed where the sentence before came in after all
            order.forEach(s -> {
                if (hasContext(s) && dependencies.opensWithReference(s)) {
                    insertions.remove(s);
                }
            });
            return new Result(order, insertions);
        }

        /**
         * The eligible sentences, closest to the story's centroid first, as the default summarizer tops up:
         * when the summarizer's own choices run out before the budget does.
         */
        private List<Integer> byCentrality() {
            double[] relevance = CentroidMmrSummarizer.relevance(story);
            List<Integer> ranked = new ArrayList<>();
            for (int s = 0; s < relevance.length; s++) {
                if (relevance[s] != Double.NEGATIVE_INFINITY && eligible[s]) {
                    ranked.add(s);
                }
            }
            ranked.sort((a, b) -> Double.compare(relevance[b], relevance[a]));
            return ranked;
        }

        private void offer(List<Integer> candidates, boolean checkRepeats) {
            for (int s : candidates) {
                if (budget.isFull(words, order.size())) {
                    return;
                }
                if (chosen[s] || tried[s] || (checkRepeats && repeatsChosen(s))) {
                    continue;
                }
                tried[s] = true;
                Unit unit = unitFor(s);
                if (unit != null && fits(unit)) {
                    for (int member : unit.sentences) {
                        chosen[member] = true;
                        order.add(member);
                        words += sentences.get(member).words();
                    }
                    unit.insertions.forEach((member, list) -> {
                        insertions.put(member, list);
                        words += list.stream().mapToInt(i -> i.addedWords(sentences.get(member).text())).sum();
                    });
                }
            }
        }

        /** Sentences that come in together, in article order, with their insertions; null when {@code s} cannot be made readable. */
        private Unit unitFor(int s) {
            if (dependencies.opensWithReference(s) && !hasContext(s)) {
                Optional<Insertion> name = options.brackets() ? pronounName(s) : Optional.empty();
                if (name.isPresent()) {
                    Unit unit = new Unit();
                    unit.sentences.add(s);
                    unit.insertions.put(s, List.of(name.get()));
                    return unit;
                }
                Unit alternative = options.alternatives() ? alternativeTo(s) : null;
                if (alternative != null) {
                    return alternative;
                }
                return options.pairs() ? runEndingAt(s) : null;
            }
            return single(s);
        }

        /** The sentence alone, with a bracketed speaker if it is a quotation without one; null if none is known. */
        private Unit single(int s) {
            Unit unit = new Unit();
            return add(unit, s) ? unit : null;
        }

        private boolean add(Unit unit, int s) {
            if (dependencies.quoteOnly(s)) {
                Optional<Insertion> speaker = speaker(s);
                if (speaker.isEmpty()) {
                    return false;
                }
                unit.insertions.put(s, List.of(speaker.get()));
            }
            unit.sentences.add(s);
            return true;
        }

        private boolean hasContext(int s) {
            int before = dependencies.predecessor(s);
            return before >= 0 && chosen[before];
        }

        /** The sentence of another article that the aligner pairs most closely with {@code s} and that reads alone. */
        private Unit alternativeTo(int s) {
            int best = -1;
            double bestSimilarity = 0;
            for (int other = 0; other < sentences.size(); other++) {
                if (other == s || chosen[other] || !eligible[other] || dependencies.opensWithReference(other)
                        || sentences.get(other).articleIndex() == sentences.get(s).articleIndex()) {
                    continue;
                }
                double similarity = aligner.similarity(story, s, other);
                if (similarity > bestSimilarity && !repeatsChosen(other)) {
                    bestSimilarity = similarity;
                    best = other;
                }
            }
            if (best < 0) {
                return null;
            }
            tried[best] = true;
            return single(best);
        }

        /** {@code s} with the sentences before it that it needs, up to one that reads alone or is chosen already. */
        private Unit runEndingAt(int s) {
            List<Integer> run = new ArrayList<>();
            run.add(s);
            int current = s;
            while (dependencies.opensWithReference(current)) {
                int before = dependencies.predecessor(current);
                if (before < 0) {
                    return null;
                }
                if (chosen[before]) {
                    break;
                }
                if (run.size() >= options.maxRun() || !usableAsContext[before]) {
                    return null;
                }
                run.add(0, before);
                current = before;
            }
            Unit unit = new Unit();
            for (int member : run) {
                if (!add(unit, member)) {
                    return null;
                }
            }
            return unit;
        }

        private Optional<Insertion> pronounName(int s) {
            return reading.pronouns().of(s);
        }

        private Optional<Insertion> speaker(int s) {
            if (referents == null) {
                referents = referentSource.get();
            }
            Sentence sentence = sentences.get(s);
            return referents.speakerOf(sentence.articleIndex(), sentence.span())
                    .map(speaker -> new Insertion(0, speaker.name() + ":", story.articles().get(speaker.articleIndex()).id(),
                            speaker.span()));
        }

        private boolean fits(Unit unit) {
            int w = words;
            int count = order.size();
            for (int member : unit.sentences) {
                int length = sentences.get(member).words();
                for (Insertion insertion : unit.insertions.getOrDefault(member, List.of())) {
                    length += insertion.addedWords(sentences.get(member).text());
                }
                if (!budget.admits(w, count, length)) {
                    return false;
                }
                w += length;
                count++;
            }
            return true;
        }

        private boolean repeatsChosen(int s) {
            for (int c : order) {
                if (aligner.similarity(story, s, c) > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Sentences taken together. */
    private static final class Unit {
        final List<Integer> sentences = new ArrayList<>();
        final Map<Integer, List<Insertion>> insertions = new HashMap<>();
    }
}
