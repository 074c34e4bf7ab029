package org.newsfuse.clean;

import org.newsfuse.ingest.SourceDocument;

/**
 * Stage 2, clean: separates an article's body from everything scraped along with it. Implementations
 * never modify the input, report every removal, and are safe to share between threads.
 */
public interface ArticleCleaner {

    /** The article's structure, body and removals. Never throws for odd text: the worst case is "all body". */
    Article clean(SourceDocument document);
}
