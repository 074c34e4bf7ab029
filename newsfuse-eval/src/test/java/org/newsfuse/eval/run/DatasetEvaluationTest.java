package org.newsfuse.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.SharedData;
import org.newsfuse.analyze.NewsSentenceSplitter;
import org.newsfuse.eval.rouge.RougeStemmer;

/** The DUC 2004 baselines land near their published SumRepo figures (hong2014 protocol). */
class DatasetEvaluationTest {

    private static final String DUC2004_SHA256 = "4070c6b82dde7c1f17ff14a95732738dabea42686629595754d319e1b05b9b08";

    @Test
    void baselinesOnDuc2004AreNearTheirPublishedScores() throws IOException {
        Path data = SharedData.require("data/duc2004/duc2004_task2.jsonl");
        assertEquals(DUC2004_SHA256, SharedData.sha256(data), "the DUC 2004 file changed; the figures below are for the known one");
        DatasetEvaluation evaluation = new DatasetEvaluation(Pipeline.load(), NewsSentenceSplitter.load(), RougeStemmer.load());
        DatasetEvaluation.Result result = evaluation.run(data, Protocol.HONG2014, List.of("lead", "default"),
                new DatasetEvaluation.Settings(0, 2, null), done -> { });
        assertEquals(50, result.linesRead());
        assertEquals(0, result.linesRejected());
        AlgorithmResult lead = result.results().get(0);
        AlgorithmResult best = result.results().get(1);
        assertEquals(50, lead.stories());
        // SumRepo's Lead: 31.46 / 6.13
        assertEquals(31.46, 100 * lead.metric("ROUGE-1").recall(), 1.5);
        assertEquals(6.13, 100 * lead.metric("ROUGE-2").recall(), 1.0);
        assertTrue(best.metric("ROUGE-1").recall() > lead.metric("ROUGE-1").recall() + 0.05, best.toString());
    }
}
