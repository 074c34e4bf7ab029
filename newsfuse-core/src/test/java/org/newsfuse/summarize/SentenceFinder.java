package org.newsfuse.summarize;

import org.newsfuse.analyze.AnalyzedStory;

/** Finds a test story's sentence by words it contains, so tests name sentences rather than indexes. */
final class SentenceFinder {

    private SentenceFinder() {
    }

    /** The index of the first sentence of {@code story} that contains {@code words}; fails the test when none does. */
    static int find(AnalyzedStory story, String words) {
        for (int i = 0; i < story.sentences().size(); i++) {
            if (story.sentences().get(i).text().contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no sentence with '" + words + "'");
    }
}
