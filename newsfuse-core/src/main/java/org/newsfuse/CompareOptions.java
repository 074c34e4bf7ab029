package org.newsfuse;

/**
 * How {@link NewsFuse#compare} compares. Immutable, {@link #defaults()} then {@code withX} copies.
 *
 * @param embeddings align paraphrased claims with the sentence encoder when one is installed; without,
 *                   claims are aligned on wording alone (faster, but "talks fizzle" and "negotiations
 *                   stalled" count as single-source)
 */
public record CompareOptions(boolean embeddings) {

    /** With embeddings. */
    public static CompareOptions defaults() {
        return new CompareOptions(true);
    }

    public CompareOptions withEmbeddings(boolean use) {
        return new CompareOptions(use);
    }
}
