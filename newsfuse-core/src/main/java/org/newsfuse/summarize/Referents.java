package org.newsfuse.summarize;

import java.util.Optional;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.base.Span;

/**
 * Who a story's quotations are by, as the comparison attributes them, so that a summary can name the
 * speaker of a quotation it extracts without one. Supplied from downstream (the compare stage
 * implements it) and wired by the front door, so the summary and {@code compare} agree on speakers.
 */
public interface Referents {

    /** The speakers of one story's quotations. Computed once per story; only asked when needed. */
    interface OfStory {

        /**
         * The speaker of the quotation that the span of article {@code articleIndex} holds, with where
         * the speaker's name is written in the story; empty when unattributed.
         */
        Optional<Speaker> speakerOf(int articleIndex, Span quotation);
    }

    /**
     * A resolved speaker.
     *
     * @param name         the speaker's name as the comparison gives it
     * @param articleIndex the article where the name is written
     * @param span         where the name is written in that article's original text
     */
    record Speaker(String name, int articleIndex, Span span) {
    }

    OfStory of(AnalyzedStory story);

    /** Knows no speaker: unattributed quotations are left out of summaries. */
    static Referents none() {
        return story -> (articleIndex, quotation) -> Optional.empty();
    }
}
