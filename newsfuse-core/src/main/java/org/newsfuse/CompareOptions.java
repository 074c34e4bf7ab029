package org.newsfuse;

/**
 * How {@link NewsFuse#compare} compares. Immutable, {@link #defaults()} then {@code withX} copies.
 *
 * @param embeddings    align paraphrased claims with the sentence encoder when one is installed; without,
 *                      claims are aligned on wording alone (faster, but "talks fizzle" and "negotiations
 *                      stalled" count as single-source)
 * @param speakerParser attribute the quotations the rules leave without a speaker, and the mixed ones they attribute from afar,
 *                      with the installed dependency parser (module
 *                      {@code newsfuse-nlp4j}: about 60 s and 3 GB to load); off by default, the rules alone
 */
public record CompareOptions(boolean embeddings, boolean speakerParser) {

    /** With embeddings, without the speaker parser. */
    public static CompareOptions defaults() {
        return new CompareOptions(true, false);
    }

    public CompareOptions withEmbeddings(boolean use) {
        return new CompareOptions(use, speakerParser);
    }

    public CompareOptions withSpeakerParser(boolean use) {
        return new CompareOptions(embeddings, use);
    }
}
