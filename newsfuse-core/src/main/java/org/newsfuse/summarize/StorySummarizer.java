package org.newsfuse.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.clean.Article;

/**
 * Stage 5, summarize: runs a {@link Summarizer}, puts its sentences in reading order (by article date,
 * then position in the article, so that leads come first) and cites, for each one, every article that reports the same content.
 * Under a budget that lets the last sentence cross the word limit (evaluations that cut at N words),
 * the sentences in the order the summarizer chose them that cross the limit come after the rest, so
 * the cut falls on them.
 */
public final class StorySummarizer {

    private final String algorithm;
    private final Summarizer summarizer;
    private final SentenceAligner aligner;

    public StorySummarizer(String algorithm, Summarizer summarizer, SentenceAligner aligner) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    public Summary summarize(AnalyzedStory story, Budget budget) {
        List<Integer> chosen = chosen(story, budget);
        List<SummarySentence> sentences = new ArrayList<>(chosen.size());
        for (int index : chosen) {
            sentences.add(new SummarySentence(story.sentences().get(index), cite(story, index)));
        }
        return new Summary(algorithm, sentences);
    }

    /** The chosen sentences in reading order, without citations: what evaluations score. */
    public List<Sentence> extract(AnalyzedStory story, Budget budget) {
        return chosen(story, budget).stream().map(story.sentences()::get).toList();
    }

    private List<Integer> chosen(AnalyzedStory story, Budget budget) {
        List<Integer> selected = summarizer.select(story, budget);
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

    private static Comparator<Integer> readingOrder(AnalyzedStory story) {
        return Comparator.<Integer, LocalDate>comparing(i -> story.articleOf(story.sentences().get(i)).date().orElse(LocalDate.MIN))
                .thenComparingInt(i -> story.sentences().get(i).index())
                .thenComparingInt(i -> story.sentences().get(i).articleIndex());
    }
}
