package org.newsfuse.group;

/**
 * An article's heaviest terms as a unit-length tf-idf vector, and each term's {@code 1 + log tf}, from
 * which {@link StoryMerger} re-weights it with a later idf.
 *
 * @param terms   term ids, heaviest first
 * @param weights unit-length weights, index for index
 * @param logTf   {@code 1 + log tf}, index for index
 */
record ArticleVector(int[] terms, float[] weights, float[] logTf) {
}
