/**
 * Stage 1, ingest: turns files, directories, standard input and stories JSONL into
 * {@link org.newsfuse.ingest.SourceDocument}s grouped as {@link org.newsfuse.ingest.StoryInput}s.
 * Consumes bytes; produces the original text untouched (every later span points into it) and a
 * diagnostic for every input it could not use. Guarantees: strict UTF-8, no input silently dropped,
 * records read = accepted + rejected.
 */
package org.newsfuse.ingest;
