/**
 * Main-text extraction scoring as the article-extraction benchmark defines it (word 4-gram shingles,
 * page-averaged precision and recall), for newsfuse's extractor and the published peers' outputs.
 */
package org.newsfuse.eval.extraction;
