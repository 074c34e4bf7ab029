package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;

/**
 * The Multi-News lead baseline ({@code first3} for k = 3): the first k sentences of each article, article
 * by article, until the budget is full.
 *
 * @param perArticle how many leading sentences to take from each article
 */
public record FirstSentencesSummarizer(int perArticle) implements Summarizer {

    public FirstSentencesSummarizer {
        if (perArticle < 1) {
            throw new IllegalArgumentException("perArticle must be >= 1, got " + perArticle);
        }
    }

    @Override
    public List<Integer> select(AnalyzedStory story, Budget budget) {
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        List<Sentence> sentences = story.sentences();
        for (int s = 0; s < sentences.size() && !budget.isFull(words, chosen.size()); s++) {
            Sentence sentence = sentences.get(s);
            if (sentence.index() < perArticle) {
                if (!budget.admits(words, chosen.size(), sentence.words())) {
                    break;
                }
                chosen.add(s);
                words += sentence.words();
            }
        }
        return chosen;
    }
}
