/**
 * Stage 4, group: consumes a stream of {@link org.newsfuse.ingest.SourceDocument}s from many stories;
 * produces {@link org.newsfuse.group.Clustering}: the articles grouped into stories, online, in date
 * order, with bounded memory, and the syndicated copies among them (one wire story republished is not
 * independent confirmation). Guarantees: every article is in exactly one story; deterministic for a
 * given input order.
 */
package org.newsfuse.group;
