package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One story's result in {@code summarize} and {@code pipeline} mode.
 *
 * @param story      the story's id
 * @param order      its place in the output (input order of its first article)
 * @param articles   how many articles it has
 * @param articleIds their ids, in input order
 * @param summary    the summary (null only when it failed) as {@code newsfuse summarize --format json} prints it for this story alone, byte for byte
 * @param comparison the comparison as {@code newsfuse compare --format json --no-embeddings} prints it, or null
 *                   with {@code --no-compare}
 * @param error      null; or, when the library failed on this story, what failed (the summary or comparison is then null)
 */
public record StoryOutput(String story, long order, int articles, List<String> articleIds, String summary, String comparison,
                          String error)
        implements Serializable {

    public StoryOutput {
        articleIds = List.copyOf(articleIds);
    }
}
