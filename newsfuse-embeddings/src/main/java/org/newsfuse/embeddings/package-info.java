/**
 * Optional sentence embeddings for the compare stage: on the class path, {@code Pipeline.load()} finds
 * {@link org.newsfuse.embeddings.E5SentenceEncoder} through {@link java.util.ServiceLoader}.
 */
package org.newsfuse.embeddings;
