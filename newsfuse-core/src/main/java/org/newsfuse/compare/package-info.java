/**
 * Stage 6, compare: consumes an {@link org.newsfuse.analyze.AnalyzedStory}; produces the cross-source
 * comparison (claims with their status, quotes with speakers, entities, timeline).
 */
package org.newsfuse.compare;
