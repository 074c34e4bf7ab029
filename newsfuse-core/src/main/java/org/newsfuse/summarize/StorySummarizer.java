package org.newsfuse.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.clean.Article;

/**
 * Stage 5, summarize: runs a {@link Summarizer}, makes its selection read sentence by sentence
 * ({@link ReadableSelection}: no pronoun or connective without what it refers to, no quotation without
 * its speaker), puts the sentences in reading order and cites, for each one, every article that
 * reports the same content. Reading order is chronological by article date (articles without a date
 * after the dated ones), then by article and position in it, so that sentences taken together stay
 * together. Under a budget that lets the last sentence cross the word limit (evaluations that cut at
 * N words), the sentences in the order they were chosen that cross the limit come after the rest, so
 * the cut falls on them.
 */
public final class StorySummarizer {

    private final String algorithm;
    private final Summarizer summarizer;
    private final SentenceAligner aligner;
    private final ReadableSelection readable;
    private final Referents referents;

    /** Knows no quotation's speaker: quotations without one are left out. */
    public StorySummarizer(String algorithm, Summarizer summarizer, SentenceAligner aligner) {
        this(algorithm, summarizer, aligner, Referents.none());
    }

    public StorySummarizer(String algorithm, Summarizer summarizer, SentenceAligner aligner, Referents referents) {
        this(algorithm, summarizer, aligner, referents, ReadableSelection.Options.defaults());
    }

    public StorySummarizer(String algorithm, Summarizer summarizer, SentenceAligner aligner, Referents referents,
                           ReadableSelection.Options readable) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.referents = Objects.requireNonNull(referents, "referents");
        this.readable = new ReadableSelection(readable, aligner);
    }

    public Summary summarize(AnalyzedStory story, Budget budget) {
        ReadableSelection.Result result = select(story, budget);
        List<SummarySentence> sentences = new ArrayList<>();
        for (int index : ordered(story, result, budget)) {
            sentences.add(new SummarySentence(story.sentences().get(index), cite(story, index),
                    result.insertions().getOrDefault(index, List.of())));
        }
        return new Summary(algorithm, sentences);
    }

    /**
     * The chosen sentences in reading order, without citations: what evaluations score. Insertions are
     * not part of the extract (they are editorial, not the articles' words), though they count against
     * the budget.
     */
    public List<Sentence> extract(AnalyzedStory story, Budget budget) {
        return ordered(story, select(story, budget), budget).stream().map(story.sentences()::get).toList();
    }

    private ReadableSelection.Result select(AnalyzedStory story, Budget budget) {
        StoryReading reading = StoryReading.of(story);
        List<Integer> selected = summarizer.select(reading, budget);
        Supplier<List<Integer>> more = () -> summarizer.select(reading, longer(budget));
        return readable.apply(reading, selected, more, budget, () -> referents.of(story));
    }

    /** Twice the budget: the summarizer's choices beyond the first, to fill room the readability rules free. */
    private static Budget longer(Budget budget) {
        return budget.withWords(budget.maxWords() * 2).withSentences(budget.maxSentences() * 2);
    }

    private static List<Integer> ordered(AnalyzedStory story, ReadableSelection.Result result, Budget budget) {
        List<Integer> selected = result.chosen();
        if (!budget.fillToLimit() || budget.maxWords() == 0) {
            List<Integer> chosen = new ArrayList<>(selected);
            chosen.sort(readingOrder(story));
            return chosen;
        }
        // The evaluation keeps the first N words, so the sentence that crosses N loses its end: it goes
        // last, and what fits within N is in reading order before it.
        List<Integer> within = new ArrayList<>();
        List<Integer> overflow = new ArrayList<>();
        int words = 0;
        for (int index : selected) {
            words += story.sentences().get(index).words();
            for (Insertion insertion : result.insertions().getOrDefault(index, List.of())) {
                words += insertion.addedWords(story.sentences().get(index).text());
            }
            (words <= budget.maxWords() && overflow.isEmpty() ? within : overflow).add(index);
        }
        within.sort(readingOrder(story));
        within.addAll(overflow);
        return within;
    }

    /** The sentence's own article first, then each other article's best-aligned sentence, strongest first. */
    public List<Citation> cite(AnalyzedStory story, int index) {
        Sentence sentence = story.sentences().get(index);
        List<Article> articles = story.articles();
        Citation[] best = new Citation[articles.size()];
        Article own = articles.get(sentence.articleIndex());
        best[sentence.articleIndex()] = new Citation(own.id(), own.outletOrUnknown(), sentence.span(), 1.0);
        List<Sentence> all = story.sentences();
        for (int other = 0; other < all.size(); other++) {
            Sentence candidate = all.get(other);
            int a = candidate.articleIndex();
            if (a == sentence.articleIndex()) {
                continue;
            }
            double similarity = aligner.similarity(story, index, other);
            if (similarity > 0 && (best[a] == null || similarity > best[a].similarity())) {
                Article article = articles.get(a);
                best[a] = new Citation(article.id(), article.outletOrUnknown(), candidate.span(), similarity);
            }
        }
        List<Citation> citations = new ArrayList<>();
        citations.add(best[sentence.articleIndex()]);
        List<Citation> others = new ArrayList<>();
        for (int a = 0; a < best.length; a++) {
            if (a != sentence.articleIndex() && best[a] != null) {
                others.add(best[a]);
            }
        }
        others.sort(Comparator.comparingDouble(Citation::similarity).reversed());
        citations.addAll(others);
        return citations;
    }

    /**
     * Chronological by article date, articles without one after the dated ones; then by article and
     * position, which keeps sentences taken together (consecutive in one article) together.
     */
    static Comparator<Integer> readingOrder(AnalyzedStory story) {
        return Comparator.<Integer, LocalDate>comparing(i -> story.articleOf(story.sentences().get(i)).date().orElse(LocalDate.MAX))
                .thenComparingInt(i -> story.sentences().get(i).articleIndex())
                .thenComparingInt(i -> story.sentences().get(i).index());
    }
}
