package org.newsfuse.summarize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The summarization algorithms by name, for the CLI, the server and evaluations. */
public final class Summarizers {

    /** The algorithm used when none is named. */
    public static final String DEFAULT = "default";

    private static final Map<String, Supplier<Summarizer>> BY_NAME = registry();

    private static Map<String, Supplier<Summarizer>> registry() {
        Map<String, Supplier<Summarizer>> map = new LinkedHashMap<>();
        map.put(DEFAULT, ConceptCoverageSummarizer::defaults);
        map.put("concepts", ConceptCoverageSummarizer::defaults);
        map.put("lead", LeadSummarizer::new);
        map.put("first3", () -> new FirstSentencesSummarizer(3));
        map.put("lexrank", LexRankSummarizer::defaults);
        map.put("textrank", TextRankSummarizer::defaults);
        map.put("centroid", CentroidSummarizer::defaults);
        map.put("mmr", CentroidMmrSummarizer::defaults);
        map.put("sumbasic", SumBasicSummarizer::new);
        map.put("klsum", KlSumSummarizer::defaults);
        map.put("random", () -> new RandomSummarizer(42));
        return java.util.Collections.unmodifiableMap(map);
    }

    private Summarizers() {
    }

    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
    }

    public static Optional<Summarizer> find(String name) {
        Supplier<Summarizer> factory = BY_NAME.get(name);
        return factory == null ? Optional.empty() : Optional.of(factory.get());
    }

    public static Summarizer require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown algorithm '" + name + "'; known: " + String.join(", ", names())));
    }
}
