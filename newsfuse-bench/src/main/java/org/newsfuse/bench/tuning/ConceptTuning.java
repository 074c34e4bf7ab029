package org.newsfuse.bench.tuning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.NewsSentenceSplitter;
import org.newsfuse.eval.rouge.Rouge;
import org.newsfuse.eval.rouge.RougeScore;
import org.newsfuse.eval.rouge.RougeStemmer;
import org.newsfuse.eval.run.Protocol;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.ingest.StoryJsonlReader;
import org.newsfuse.summarize.ConceptCoverageSummarizer;
import org.newsfuse.summarize.Summarizer;
import org.newsfuse.summarize.SummarySentence;

/**
 * The parameter sweep behind the default summarizer, on the tuning sets only (DUC 2003 and TAC 2010;
 * never DUC 2004 or Multi-News). Not a test: run it by hand, see docs/SUMMARIZER.md.
 */
public final class ConceptTuning {

    private static double[] parse(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Arguments (optional): comma lists of shares, lead bonuses, lead sizes, cost exponents, unigram weights. */
    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.load();
        NewsSentenceSplitter splitter = NewsSentenceSplitter.load();
        // -Dnf.small=true: each story cut to its first two or three articles and summarised in 300 words (the
        // Multi-News regime: few articles, long summaries), scored by F as that protocol does
        boolean small = Boolean.getBoolean("nf.small");
        Protocol protocol = small ? Protocol.MULTINEWS : Protocol.HONG2014;
        Rouge rouge = new Rouge(protocol.rouge(), RougeStemmer.load());
        List<AnalyzedStory> stories = new ArrayList<>();
        List<List<List<String>>> references = new ArrayList<>();
        for (String file : List.of("../shared/data/duc2003/duc2003_task2.jsonl", "../shared/data/tac2010/tac2010_guided_A.jsonl")) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                for (StoryInput story : new StoryJsonlReader().read(in, file).stories()) {
                    if (small) {
                        int keep = Math.min(story.documents().size(), 2 + stories.size() % 2);
                        // and, like that copy of Multi-News, each article cut so the story holds about 450 words
                        int words = 450 / keep;
                        story = new StoryInput(story.id(), story.documents().subList(0, keep).stream()
                                .map(d -> new org.newsfuse.ingest.SourceDocument(d.id(), d.origin(), String.join(" ",
                                        java.util.Arrays.asList(d.text().split("\\s+")).subList(0, Math.min(words, d.text().split("\\s+").length))),
                                        d.outlet(), d.title(), d.date()))
                                .toList(), story.references());
                    }
                    stories.add(pipeline.analyze(story));
                    List<List<String>> refs = new ArrayList<>();
                    for (String r : story.references()) {
                        refs.add(splitter.split(r).stream().map(s -> s.of(r)).toList());
                    }
                    references.add(refs);
                }
            }
        }
        double[] shares = args.length > 0 ? parse(args[0]) : new double[] {0.3, 0.4, 0.5};
        double[] bonuses = args.length > 1 ? parse(args[1]) : new double[] {1.0, 2.0};
        double[] leads = args.length > 2 ? parse(args[2]) : new double[] {1, 2};
        double[] exponents = args.length > 3 ? parse(args[3]) : new double[] {0.3, 0.5};
        double[] unigrams = args.length > 4 ? parse(args[4]) : new double[] {0, 0.2, 0.5};
        for (double share : shares) {
            for (double bonus : bonuses) {
                for (double leadCount : leads) {
                    int lead = (int) leadCount;
                    for (double exponent : exponents) {
                      for (double unigramWeight : unigrams) {
                        // -Dnf.alg=NAME scores a registered summarizer instead, for comparison
                        Summarizer summarizer = System.getProperty("nf.alg") != null
                                ? org.newsfuse.summarize.Summarizers.require(System.getProperty("nf.alg"))
                                : new ConceptCoverageSummarizer(share, bonus, lead, exponent, 2, unigramWeight);
                        double r1 = 0;
                        double r2 = 0;
                        for (int i = 0; i < stories.size(); i++) {
                            List<String> peer = pipeline.summarize(stories.get(i), "tuning", summarizer, protocol.budget())
                                    .sentences().stream().map(SummarySentence::text).toList();
                            List<RougeScore> scores = rouge.score(peer, references.get(i));
                            r1 += small ? scores.get(0).f() : scores.get(0).recall();
                            r2 += small ? scores.get(1).f() : scores.get(1).recall();
                        }
                        System.out.printf("share=%.2f bonus=%.2f lead=%d exp=%.2f uni=%.2f  R1=%.2f R2=%.2f%n", share, bonus,
                                lead, exponent, unigramWeight, 100 * r1 / stories.size(), 100 * r2 / stories.size());
                      }
                    }
                }
            }
        }
    }
}
