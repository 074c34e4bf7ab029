package org.newsfuse.summarize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newsfuse.analyze.SentenceAligner;

/** The summarization algorithms by name, for the CLI, the server and evaluations. */
public final class Summarizers {

    /** The algorithm used when none is named. */
    public static final String DEFAULT = "default";

    /** Each algorithm's factory, given the aligner the summary's citations use (a summarizer that aligns sentences uses the same). */
    private static final Map<String, Function<SentenceAligner, Summarizer>> BY_NAME = registry();

    private static Map<String, Function<SentenceAligner, Summarizer>> registry() {
        Map<String, Function<SentenceAligner, Summarizer>> map = new LinkedHashMap<>();
        map.put(DEFAULT, aligner -> ConceptCoverageSummarizer.defaults().withAligner(aligner));
        map.put("concepts", aligner -> ConceptCoverageSummarizer.defaults().withAligner(aligner));
        map.put("lead", aligner -> new LeadSummarizer());
        map.put("first3", aligner -> new FirstSentencesSummarizer(3));
        map.put("lexrank", aligner -> LexRankSummarizer.defaults());
        map.put("textrank", aligner -> TextRankSummarizer.defaults());
        map.put("centroid", aligner -> CentroidSummarizer.defaults());
        map.put("mmr", aligner -> CentroidMmrSummarizer.defaults());
        map.put("sumbasic", aligner -> new SumBasicSummarizer());
        map.put("klsum", aligner -> KlSumSummarizer.defaults());
        map.put("random", aligner -> new RandomSummarizer(42));
        return java.util.Collections.unmodifiableMap(map);
    }

    private Summarizers() {
    }

    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
    }

    /** The algorithm of that name, aligning sentences (where it does) with {@code aligner}. */
    public static Optional<Summarizer> find(String name, SentenceAligner aligner) {
        Function<SentenceAligner, Summarizer> factory = BY_NAME.get(name);
        return factory == null ? Optional.empty() : Optional.of(factory.apply(aligner));
    }

    /** {@link #find(String, SentenceAligner)}, throwing for an unknown name. */
    public static Summarizer require(String name, SentenceAligner aligner) {
        return find(name, aligner).orElseThrow(() -> new IllegalArgumentException(
                "unknown algorithm '" + name + "'; known: " + String.join(", ", names())));
    }

    /** The algorithm of that name with the default aligner. */
    public static Optional<Summarizer> find(String name) {
        return find(name, SentenceAligner.defaults());
    }

    /** The algorithm of that name with the default aligner, throwing for an unknown name. */
    public static Summarizer require(String name) {
        return require(name, SentenceAligner.defaults());
    }
}
