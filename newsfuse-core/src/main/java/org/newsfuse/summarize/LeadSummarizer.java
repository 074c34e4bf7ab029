package org.newsfuse.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;

/**
 * The DUC lead baseline: the first sentences of the most recent article (by publication date; the last
 * article given when dates are unknown or tied), in order, until the budget is full.
 */
public record LeadSummarizer() implements Summarizer {

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        int latest = 0;
        for (int a = 1; a < story.articles().size(); a++) {
            LocalDate d = story.articles().get(a).date().orElse(LocalDate.MIN);
            if (!d.isBefore(story.articles().get(latest).date().orElse(LocalDate.MIN))) {
                latest = a;
            }
        }
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        List<Sentence> sentences = story.sentences();
        for (int s = 0; s < sentences.size() && !budget.isFull(words, chosen.size()); s++) {
            if (sentences.get(s).articleIndex() == latest) {
                if (!budget.admits(words, chosen.size(), sentences.get(s).words())) {
                    break;
                }
                chosen.add(s);
                words += sentences.get(s).words();
            }
        }
        return chosen;
    }
}
