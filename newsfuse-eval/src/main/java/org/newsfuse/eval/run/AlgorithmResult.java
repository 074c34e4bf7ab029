package org.newsfuse.eval.run;

import java.util.List;
import org.newsfuse.eval.rouge.RougeScore;

/**
 * One algorithm's scores on a dataset: ROUGE averaged over stories (each story's scores rounded as
 * ROUGE-1.5.5 rounds them), and the time the whole pass took (reading, cleaning, analysis,
 * summarizing and scoring).
 */
public record AlgorithmResult(String algorithm, String protocol, int stories, double seconds, List<RougeScore> rouge) {

    public double storiesPerSecond() {
        return seconds > 0 ? stories / seconds : 0;
    }

    public RougeScore metric(String name) {
        return rouge.stream().filter(s -> s.metric().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + name + " in " + rouge));
    }
}
