package org.newsfuse.spark;

import java.io.Serializable;

/**
 * An article that copies an earlier one (a syndicated copy).
 *
 * @param article     the copy's id
 * @param duplicateOf the earlier article's id
 * @param similarity  share of the shorter text's word 5-grams found in the other, rounded to 0.001
 */
public record StoryDuplicate(String article, String duplicateOf, double similarity) implements Serializable {
}
