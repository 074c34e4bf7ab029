/**
 * Stage 3, analyze: consumes cleaned {@link org.newsfuse.clean.Article}s; produces an
 * {@link org.newsfuse.analyze.AnalyzedStory}: sentences with spans into the original texts, Lucene
 * English terms, and the story's term statistics ({@link org.newsfuse.analyze.StoryTerms}).
 * Guarantees: every sentence span lies inside its article's original text and inside one body block.
 */
package org.newsfuse.analyze;
