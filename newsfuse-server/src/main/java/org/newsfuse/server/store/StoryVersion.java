package org.newsfuse.server.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One computed version of a story.
 *
 * @param summaryJson    the summary with citations, as {@code newsfuse summarize --format json} writes a story
 *                       (article ids are the service's article ids)
 * @param comparisonJson the comparison, as {@code newsfuse compare --format json} writes a story
 */
public record StoryVersion(long story, int version, Instant createdAt, int articleCount, Optional<String> title,
                           Optional<String> lead, String summaryJson, String comparisonJson) {
}
