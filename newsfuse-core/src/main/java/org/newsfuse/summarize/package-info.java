/**
 * Stage 5, summarize: consumes an {@link org.newsfuse.analyze.AnalyzedStory}; produces a
 * {@link org.newsfuse.summarize.Summary} of extracted sentences in reading order, each citing every
 * article that reports the same content with the supporting sentence's span. Algorithms are
 * pluggable {@link org.newsfuse.summarize.Summarizer}s, named in {@link org.newsfuse.summarize.Summarizers}.
 * Guarantees: within budget; every sentence is verbatim from an article (modulo whitespace).
 */
package org.newsfuse.summarize;
