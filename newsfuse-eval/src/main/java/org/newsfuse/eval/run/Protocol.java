package org.newsfuse.eval.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfuse.eval.rouge.RougeOptions;
import org.newsfuse.summarize.Budget;

/**
 * An evaluation protocol: summary length, ROUGE options, the headline metrics, and how baseline names
 * map to the definitions the protocol's papers used.
 *
 * @param name         as given on the command line
 * @param budget       the summary length (the last sentence may cross it: ROUGE cuts at the limit)
 * @param rouge        ROUGE-1.5.5 options
 * @param headline     the metrics a results table shows
 * @param recall       whether the headline measure is recall (else F)
 * @param aliases      algorithm names this protocol resolves to another ("lead" is "first3" on Multi-News)
 */
public record Protocol(String name, Budget budget, RougeOptions rouge, List<String> headline, boolean recall,
                       Map<String, String> aliases) {

    /** Hong et al. (2014) on DUC 2004: 100 words, {@code -n 4 -x -m -l 100 -p 0.5 -f A}, ROUGE-1/2 recall. */
    public static final Protocol HONG2014 = new Protocol("hong2014", new Budget(100, 0, true),
            RougeOptions.hong2014().withResamples(0), List.of("ROUGE-1", "ROUGE-2", "ROUGE-4"), true, Map.of());

    /** The Multi-News paper's setting: 300 words, {@code -n 2 -2 4 -u -m -l 300 -f A -p 0.5}, ROUGE-1/2/SU4 F. */
    public static final Protocol MULTINEWS = new Protocol("multinews", new Budget(300, 0, true),
            RougeOptions.multinews().withResamples(0), List.of("ROUGE-1", "ROUGE-2", "ROUGE-SU4"), false,
            Map.of("lead", "first3"));

    public static Optional<Protocol> find(String name) {
        return switch (name) {
            case "hong2014" -> Optional.of(HONG2014);
            case "multinews" -> Optional.of(MULTINEWS);
            default -> Optional.empty();
        };
    }

    public static List<String> names() {
        return List.of("hong2014", "multinews");
    }

    /** The summarizer an algorithm name means under this protocol. */
    public String resolve(String algorithm) {
        return aliases.getOrDefault(algorithm, algorithm);
    }
}
