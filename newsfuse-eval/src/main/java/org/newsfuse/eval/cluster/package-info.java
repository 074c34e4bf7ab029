/**
 * Story-clustering evaluation: B-cubed and pairwise precision, recall and F1 of
 * {@link org.newsfuse.group.StoryClusterer} against the grouping of stories JSONL files.
 */
package org.newsfuse.eval.cluster;
