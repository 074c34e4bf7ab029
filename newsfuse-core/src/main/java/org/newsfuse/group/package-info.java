/**
 * Stage 4, group: consumes a stream of {@link org.newsfuse.ingest.SourceDocument}s from many stories;
 * produces {@link org.newsfuse.group.Clustering}: the articles grouped into stories, online, in date
 * order, with bounded memory, and the syndicated copies among them (one wire story republished is not
 * independent confirmation). {@link org.newsfuse.group.StoryClusterer} groups a batch;
 * {@link org.newsfuse.group.StoryStream} one article at a time, with state that can be saved and
 * restored. Inside: {@code TermVectors} (tf-idf vectors, idf learnt from the stream),
 * {@code PostingsIndex}, {@code StoryPlacer} (which story an article joins) and {@code StoryMerger}
 * (stories merged when the idf has learnt more), configured by {@link org.newsfuse.group.ClusterSettings}.
 * Guarantees: every article is in exactly one story; deterministic for a given input order.
 */
package org.newsfuse.group;
