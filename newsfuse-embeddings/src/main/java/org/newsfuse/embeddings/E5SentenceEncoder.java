package org.newsfuse.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import org.newsfuse.analyze.SentenceEncoder;

/**
 * E5-small-v2 (quantized), run in process by ONNX Runtime: no network, a few hundred sentences a second
 * on two cores. E5 was trained with "query: " before texts compared with each other, so each sentence
 * gets that prefix. The model is loaded on first use, so a pipeline that never compares never pays
 * for it. Thread-safe.
 */
public final class E5SentenceEncoder implements SentenceEncoder {

    private volatile EmbeddingModel model;

    @Override
    public float[][] encode(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings = model().embedAll(sentences.stream().map(s -> TextSegment.from("query: " + s)).toList())
                .content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            float[] v = embeddings.get(i).vector().clone();
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < v.length; k++) {
                v[k] *= scale;
            }
            vectors[i] = v;
        }
        return vectors;
    }

    @Override
    public String name() {
        return "e5-small-v2-q";
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    keepTokenizerCacheOutOfHome();
                    loaded = new E5SmallV2QuantizedEmbeddingModel();
                    removeOnnxRuntimeTempDirectory();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * ONNX Runtime unpacks its native libraries into a fresh {@code onnxruntime-java*} directory and
     * asks for it to be deleted on exit before its files, so every run left an empty directory behind
     * (148 after one benchmark). Once the libraries are loaded the directory is no longer needed: it
     * is removed now. ONNX Runtime names it only in a private field; when a later version renames it,
     * this does nothing.
     */
    private static void removeOnnxRuntimeTempDirectory() {
        try {
            java.lang.reflect.Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            Object value = field.get(null);
            if (value instanceof Path dir && dir.getFileName().toString().startsWith("onnxruntime-java")) {
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
                    for (Path file : files.toList()) {
                        java.nio.file.Files.deleteIfExists(file); // a loaded library stays mapped after its file is gone
                    }
                }
                java.nio.file.Files.deleteIfExists(dir);
            }
        } catch (ReflectiveOperationException | java.io.IOException | RuntimeException notRemoved) {
            // an empty directory left in the temporary directory: untidy, never wrong
        }
    }

    /**
     * The tokenizer's native library is unpacked into a cache that defaults to ~/.djl.ai; a library
     * should not write under the user's home unasked, so unless the user chose a place (DJL_CACHE_DIR),
     * it goes under the temporary directory.
     */
    private static void keepTokenizerCacheOutOfHome() {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null
                && System.getProperty("ENGINE_CACHE_DIR") == null && System.getenv("ENGINE_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR",
                    Path.of(System.getProperty("java.io.tmpdir"), "newsfuse-djl-" + System.getProperty("user.name")).toString());
        }
    }
}
