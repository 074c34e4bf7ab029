/**
 * Stage 2, clean: consumes a {@link org.newsfuse.ingest.SourceDocument}; produces an
 * {@link org.newsfuse.clean.Article} whose body is a list of blocks (paragraphs, subheadings) mapped
 * character by character to the original text, with title, section, authors, dateline and outlet
 * recognised. Guarantees: the original text is never modified; every piece of text taken out of the
 * body is listed as a {@link org.newsfuse.clean.Removal} with its span and reason; an outlet is only
 * reported when the user gave it or the text states it.
 */
package org.newsfuse.clean;
