package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.clean.Article;

/**
 * Aligns the articles' sentences into claims. Each sentence is matched to the best-aligned sentence of
 * every other article (wording: {@link SentenceAligner}); a match whose figures disagree ("$4.2
 * million" against "more than $5 million"; "more than 90 minutes" against "two hours", but not against
 * "an hour-and-a-half") makes the claim conflicting. A sentence already shown as another claim's
 * mutual best match is not listed again. Syndicated copies count as one outlet.
 */
final class ClaimBuilder {

    private static final int MIN_WORDS = 5;

    private final SentenceAligner aligner;

    ClaimBuilder(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    List<Comparison.Claim> build(AnalyzedStory story, int[] independentGroup) {
        List<Sentence> sentences = story.sentences();
        int n = sentences.size();
        int articles = story.articles().size();
        int[][] best = new int[n][articles];
        double[][] bestSimilarity = new double[n][articles];
        for (int[] row : best) {
            java.util.Arrays.fill(row, -1);
        }
        for (int a = 0; a < n; a++) {
            if (sentences.get(a).words() < MIN_WORDS) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                int other = sentences.get(b).articleIndex();
                if (other == sentences.get(a).articleIndex() || sentences.get(b).words() < MIN_WORDS) {
                    continue;
                }
                double similarity = aligner.wordingSimilarity(story, a, b);
                if (similarity > bestSimilarity[a][other]) {
                    bestSimilarity[a][other] = similarity;
                    best[a][other] = b;
                }
            }
        }
        List<Comparison.Claim> claims = new ArrayList<>();
        Set<Integer> shown = new HashSet<>();
        for (int a = 0; a < n; a++) {
            Sentence sentence = sentences.get(a);
            if (sentence.words() < MIN_WORDS || shown.contains(a)) {
                continue;
            }
            List<Comparison.Support> support = new ArrayList<>();
            support.add(support(story, a));
            Set<Integer> groups = new HashSet<>();
            groups.add(independentGroup[sentence.articleIndex()]);
            List<Comparison.Value> values = new ArrayList<>();
            List<Quantities.Quantity> own = Quantities.in(sentence.text());
            for (int other = 0; other < articles; other++) {
                int b = best[a][other];
                if (b < 0) {
                    continue;
                }
                support.add(support(story, b));
                groups.add(independentGroup[other]);
                if (best[b][sentence.articleIndex()] == a) {
                    shown.add(b);
                }
                addConflicts(story, a, own, b, values);
            }
            Comparison.Status status = !values.isEmpty() ? Comparison.Status.CONFLICTING
                    : groups.size() >= 2 ? Comparison.Status.CORROBORATED : Comparison.Status.SINGLE_SOURCE;
            claims.add(new Comparison.Claim(sentence.text(), status, support, values));
        }
        return claims;
    }

    /** Adds both sides' figures when every figure of one kind in one sentence disagrees with the other's. */
    private static void addConflicts(AnalyzedStory story, int a, List<Quantities.Quantity> own, int b, List<Comparison.Value> values) {
        List<Quantities.Quantity> theirs = Quantities.in(story.sentences().get(b).text());
        for (Quantities.Quantity q : own) {
            List<Quantities.Quantity> comparable = theirs.stream()
                    .filter(t -> t.kind() == q.kind() && (q.kind() != Quantities.Kind.COUNT || t.unit().equals(q.unit()))
                            && (q.kind() != Quantities.Kind.MONEY || t.unit().equals(q.unit())))
                    .toList();
            if (!comparable.isEmpty() && comparable.stream().noneMatch(q::agreesWith)) {
                Article mine = story.articleOf(story.sentences().get(a));
                Article other = story.articleOf(story.sentences().get(b));
                if (values.stream().noneMatch(v -> v.article().equals(mine.id()) && v.text().equals(q.text()))) {
                    values.add(new Comparison.Value(mine.id(), mine.outletOrUnknown(), q.text()));
                }
                for (Quantities.Quantity t : comparable) {
                    if (values.stream().noneMatch(v -> v.article().equals(other.id()) && v.text().equals(t.text()))) {
                        values.add(new Comparison.Value(other.id(), other.outletOrUnknown(), t.text()));
                    }
                }
            }
        }
    }

    private static Comparison.Support support(AnalyzedStory story, int sentence) {
        Sentence s = story.sentences().get(sentence);
        Article article = story.articleOf(s);
        return new Comparison.Support(article.id(), article.outletOrUnknown(), s.span());
    }
}
