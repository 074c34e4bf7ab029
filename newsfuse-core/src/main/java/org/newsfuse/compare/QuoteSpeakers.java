package org.newsfuse.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.summarize.Referents;

/**
 * The comparison's quote attribution offered to the summary: the speaker of the quotation a sentence
 * holds, as {@code compare} resolves it, located where the story writes the name (nearest before the
 * quotation in its own article, else anywhere in it, else in another article). A speaker whose name is
 * not written in the story is not offered: an insertion must say where its words come from.
 */
public final class QuoteSpeakers implements Referents {

    private final StoryComparer comparer;

    public QuoteSpeakers(StoryComparer comparer) {
        this.comparer = Objects.requireNonNull(comparer, "comparer");
    }

    @Override
    public OfStory of(AnalyzedStory story) {
        List<Comparison.Quote> quotes = comparer.quotes(story);
        return (articleIndex, quotation) -> speakerOf(story, quotes, articleIndex, quotation);
    }

    private static Optional<Speaker> speakerOf(AnalyzedStory story, List<Comparison.Quote> quotes, int articleIndex, Span quotation) {
        String id = story.articles().get(articleIndex).id();
        for (Comparison.Quote quote : quotes) {
            if (quote.speaker().isEmpty()) {
                continue;
            }
            for (Comparison.Support support : quote.articles()) {
                if (support.article().equals(id) && support.span().overlaps(quotation)) {
                    return locate(story, quote.speaker().get(), articleIndex, quotation.start());
                }
            }
        }
        return Optional.empty();
    }

    /** Where the name is written: nearest before {@code before} in the article, else anywhere in it, else in another article. */
    private static Optional<Speaker> locate(AnalyzedStory story, String name, int articleIndex, int before) {
        Article own = story.articles().get(articleIndex);
        int at = own.text().lastIndexOf(name, Math.max(0, before - 1));
        if (at < 0) {
            at = own.text().indexOf(name);
        }
        if (at >= 0) {
            return Optional.of(new Referents.Speaker(name, articleIndex, new Span(at, at + name.length())));
        }
        for (int a = 0; a < story.articles().size(); a++) {
            int found = story.articles().get(a).text().indexOf(name);
            if (found >= 0) {
                return Optional.of(new Referents.Speaker(name, a, new Span(found, found + name.length())));
            }
        }
        return Optional.empty();
    }
}
