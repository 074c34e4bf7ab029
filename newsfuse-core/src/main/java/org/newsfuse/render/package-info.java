/**
 * Stage 7, render: writes results for people or programs, each result type by one writer that takes
 * a {@link org.newsfuse.render.Format} (text, Markdown, JSON, HTML): summaries
 * ({@link org.newsfuse.render.StoryReport}, {@link org.newsfuse.render.SummaryRenderer}), comparisons
 * ({@link org.newsfuse.render.ComparisonRenderer}), stories found by grouping
 * ({@link org.newsfuse.render.ClusterRenderer}) and pages read by extraction
 * ({@link org.newsfuse.render.ExtractionRenderer}). Guarantees: every summary sentence is shown with all
 * its citations; HTML is built from the data with every piece of article text escaped; nothing is
 * printed, the caller writes the string.
 */
package org.newsfuse.render;
