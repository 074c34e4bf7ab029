package org.newsfuse.analyze;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns sentences into dense vectors whose cosine says how close their meanings are where the words
 * differ ("talks fizzle" / "negotiations appear to have stalled"). Optional: every stage works on words
 * alone, and an encoder is used only where it pays for its cost (aligning claims across outlets). The
 * {@code newsfuse-embeddings} module provides one; on the class path, {@link #installed()} finds it.
 * Implementations are thread-safe.
 */
public interface SentenceEncoder {

    /** One unit-length vector per sentence, all of one length. */
    float[][] encode(List<String> sentences);

    /** The model, as reports name it. */
    String name();

    /** The encoder on the class path (found through {@link ServiceLoader}), if any. */
    static Optional<SentenceEncoder> installed() {
        return ServiceLoader.load(SentenceEncoder.class).findFirst();
    }

    /** Cosine of two unit-length vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
