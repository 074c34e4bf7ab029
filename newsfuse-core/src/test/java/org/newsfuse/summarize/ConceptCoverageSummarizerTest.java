package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

class ConceptCoverageSummarizerTest {

    private static Pipeline pipeline;

    // A fictional flood reported by three outlets; the river level is given in two wordings.
    private static final String A = "The Varna river burst its banks in Millbrook on Sunday, flooding 300 homes in the old town. "
            + "Rescue crews evacuated the Millbrook nursing home by boat before dawn. "
            + "The river peaked at 6.2 meters, the highest level since records began in 1911. "
            + "Mayor Ines Carver said the town would need months to recover. "
            + "A bakery on Mill Street reopened within hours to feed volunteers.\n";
    private static final String B = "Floodwater from the Varna river swamped 300 homes in Millbrook on Sunday. "
            + "Rescue crews evacuated the Millbrook nursing home by boat, officials said. "
            + "Gauges showed the Varna cresting at 6.2 meters, a level not seen since records began in 1911. "
            + "Mayor Ines Carver said the town would need months to recover from the flood. "
            + "Schools in the district will stay closed until Wednesday.\n";
    private static final String C = "The Varna river flooded 300 homes in Millbrook on Sunday after two days of heavy rain. "
            + "Mayor Ines Carver said the town would need months to recover. "
            + "The river rose to 6.2 meters, its highest since records began in 1911. "
            + "Insurers expect claims to run into the tens of millions.\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static AnalyzedStory story() {
        return pipeline.analyze(StoryInput.of("flood", List.of(SourceDocument.of("a.txt", A), SourceDocument.of("b.txt", B),
                SourceDocument.of("c.txt", C))));
    }

    private static List<Integer> select(AnalyzedStory story, Budget budget) {
        return ConceptCoverageSummarizer.defaults().select(story, budget);
    }

    @Test
    void neverStatesOneFactTwice() {
        AnalyzedStory story = story();
        for (int words = 20; words <= 140; words += 10) {
            List<Integer> chosen = select(story, Budget.words(words));
            for (int i = 0; i < chosen.size(); i++) {
                for (int j = i + 1; j < chosen.size(); j++) {
                    assertEquals(0, pipeline.aligner().similarity(story, chosen.get(i), chosen.get(j)),
                            "aligned sentences in one summary: " + story.sentences().get(chosen.get(i)).text() + " / "
                                    + story.sentences().get(chosen.get(j)).text());
                }
            }
        }
    }

    @Test
    void usesALongBudgetOnceConceptsRunOutWithoutRepeating() {
        AnalyzedStory story = story();
        List<Integer> chosen = select(story, Budget.words(140));
        int words = chosen.stream().mapToInt(s -> story.sentences().get(s).words()).sum();
        assertTrue(words <= 140, words + " words");
        // the single-outlet sentences carry no shared concept, yet a 140-word budget has room for them
        assertTrue(chosen.stream().anyMatch(s -> story.sentences().get(s).text().startsWith("Insurers")
                        || story.sentences().get(s).text().startsWith("Schools") || story.sentences().get(s).text().startsWith("A bakery")),
                () -> texts(story, chosen).toString());
    }

    @Test
    void underAnExactCutOnlyTheLastSentenceCrossesItAndComesLast() {
        AnalyzedStory story = story();
        Budget cut = new Budget(30, 0, true);
        List<Integer> chosen = select(story, cut);
        int within = 0;
        for (int i = 0; i < chosen.size() - 1; i++) {
            within += story.sentences().get(chosen.get(i)).words();
        }
        assertTrue(within < 30, "all but the last sentence fit before the cut");
        assertTrue(within + story.sentences().get(chosen.get(chosen.size() - 1)).words() >= 30, "the last one reaches it");

        List<Sentence> ordered = pipeline.extract(story, "default", cut);
        assertEquals(story.sentences().get(chosen.get(chosen.size() - 1)), ordered.get(ordered.size() - 1),
                "the sentence the cut truncates is put last, whatever its date and position");
        List<Sentence> readerOrder = pipeline.extract(story, "default", cut.withFillToLimit(false));
        for (int i = 1; i < readerOrder.size(); i++) {
            Sentence before = readerOrder.get(i - 1);
            Sentence after = readerOrder.get(i);
            assertTrue(before.index() <= after.index(), "a reader's summary is in reading order");
        }
    }

    @Test
    void aSummaryOfOneArticleStillPicksSentences() {
        AnalyzedStory single = pipeline.analyze(StoryInput.of("one", List.of(SourceDocument.of("a.txt", A))));
        List<Integer> chosen = select(single, Budget.words(40));
        assertFalse(chosen.isEmpty());
        assertTrue(chosen.stream().mapToInt(s -> single.sentences().get(s).words()).sum() <= 40);
    }

    // A fictional grounding told three ways; the leak's details sit in sentences that lean on the one before.
    private static final String D = "A fuel barge ran aground in Tallow Bay on Monday night, the harbour office said. "
            + "It leaked 40 tonnes of diesel into the bay before divers sealed the hull on Tuesday. "
            + "Fishing boats stayed in port while the slick drifted north.\n";
    private static final String E = "The harbour office in Tallow Bay closed the port on Tuesday. "
            + "A fuel barge had run aground there on Monday night in fog. "
            + "It leaked 40 tonnes of diesel into the bay, and divers sealed the hull on Tuesday. "
            + "Oyster farmers in the bay fear for the season.\n";
    private static final String F = "Divers sealed the hull of a fuel barge in Tallow Bay on Tuesday. "
            + "The barge ran aground on Monday night. "
            + "But by then 40 tonnes of diesel had leaked into the bay, the harbour office said.\n";

    @Test
    void aSentenceThatLeansOnTheOneBeforeItComesOnlyWithIt() {
        AnalyzedStory story = pipeline.analyze(StoryInput.of("barge", List.of(SourceDocument.of("d.txt", D),
                SourceDocument.of("e.txt", E), SourceDocument.of("f.txt", F))));
        SentenceDependencies dependencies = SentenceDependencies.of(story);
        ConceptCoverageSummarizer paired = ConceptCoverageSummarizer.defaults();
        ConceptCoverageSummarizer alone = paired.withContext(false).withBracketPronouns(false);
        boolean aloneDangles = false;
        for (int words = 15; words <= 90; words += 5) {
            for (boolean cut : new boolean[] {false, true}) {
                Budget budget = new Budget(words, 0, cut);
                List<Integer> chosen = paired.select(story, budget);
                assertEachDependentSentenceAfterItsPredecessor(story, dependencies, chosen, "at " + budget);
                if (!cut) {
                    int total = chosen.stream().mapToInt(s -> story.sentences().get(s).words()).sum();
                    assertTrue(total <= words, "the pair counts against the budget: " + total + " > " + words);
                }
                List<Integer> raw = alone.select(story, budget);
                aloneDangles |= raw.stream().anyMatch(s -> dependencies.opensWithReference(s)
                        && !raw.contains(dependencies.predecessor(s)));
            }
        }
        assertTrue(aloneDangles, "the story tempts a summarizer that weighs sentences alone into a dangling 'It' or 'But'");
    }

    // A fictional rescue told three ways; what the skipper said sits in sentences that open with "He".
    private static final String G = "Coast guard crews rescued six sailors from the yacht Merle off Cape Dunmore on Sunday. "
            + "Skipper Anton Reyes, 61, said a freak wave rolled the yacht near the cape. "
            + "He said the crew spent nine hours in a life raft before the helicopter found them.\n";
    private static final String H = "Six sailors were pulled from a life raft off Cape Dunmore on Sunday after their yacht Merle capsized. "
            + "Reyes said the life raft drifted for nine hours in rain. "
            + "He praised the helicopter crew that found them.\n";
    private static final String I = "A coast guard helicopter found six sailors in a life raft off Cape Dunmore on Sunday. "
            + "Their yacht, the Merle, capsized in a storm on Saturday night.\n";

    @Test
    void aSentenceWhosePronounHasASafeNameComesAloneAndPaysForTheName() {
        AnalyzedStory story = pipeline.analyze(StoryInput.of("merle", List.of(SourceDocument.of("g.txt", G),
                SourceDocument.of("h.txt", H), SourceDocument.of("i.txt", I))));
        SentenceDependencies dependencies = SentenceDependencies.of(story);
        PronounReferents names = PronounReferents.of(story);
        ConceptCoverageSummarizer summarizer = ConceptCoverageSummarizer.defaults();
        boolean named = false;
        for (int words = 15; words <= 80; words += 5) {
            Budget budget = Budget.words(words);
            List<Integer> chosen = summarizer.select(story, budget);
            int total = 0;
            for (int i = 0; i < chosen.size(); i++) {
                int s = chosen.get(i);
                total += story.sentences().get(s).words();
                if (dependencies.opensWithReference(s) && !chosen.subList(0, i).contains(dependencies.predecessor(s))) {
                    Insertion name = names.of(s).orElseThrow(() -> new AssertionError("'" + story.sentences().get(s).text()
                            + "' alone without a name for its pronoun: " + texts(story, chosen)));
                    total += name.addedWords(story.sentences().get(s).text());
                    named = true;
                }
            }
            assertTrue(total <= words, "the names count against the budget: " + total + " > " + words);
        }
        assertTrue(named, "some budget takes a 'He' sentence without the sentence before it, with its name");
        Summary summary = pipeline.summarize(story, "default", Budget.words(25));
        assertTrue(summary.sentences().stream().anyMatch(s -> s.text().equals("[Reyes] praised the helicopter crew that found them.")
                        && s.insertions().get(0).fromArticle().equals("h.txt")),
                () -> "the name as the sentence's own article writes it: " + summary.sentences());
    }

    // A fictional ferry strike: in j.txt the strike is told in a sentence ("But ...") that leans on one ("It ...")
    // that leans in turn on the sentence before it; the other two outlets report the strike and the stranded islanders.
    private static final String J = "Orlen's harbour has served the northern islands since the town was founded. "
            + "The Gullwing was built for that crossing in a yard on the river Aske in 1952. "
            + "It still sails twice a day when the weather allows. "
            + "But its crew walked out on Tuesday in a strike over unpaid overtime, leaving four hundred islanders stranded without a ferry.\n";
    private static final String K = "Talks between the operator and the union broke down late on Monday, and the crew of Orlen's only "
            + "boat announced a strike over unpaid overtime that the harbour master called the first stoppage on the route in thirty years. "
            + "The operator said it would not comment.\n";
    private static final String L = "Some of the four hundred islanders stranded without a ferry spent the night in the village hall, where "
            + "volunteers from the fishing cooperative served soup and found blankets for the children. "
            + "The school on the largest island stayed shut.\n";

    @Test
    void aSentenceLeaningOnADependentSentenceComesWithBothOrNotAtAll() {
        AnalyzedStory story = pipeline.analyze(StoryInput.of("gullwing", List.of(SourceDocument.of("j.txt", J),
                SourceDocument.of("k.txt", K), SourceDocument.of("l.txt", L))));
        SentenceDependencies dependencies = SentenceDependencies.of(story);
        int strike = SentenceFinder.find(story, "But its crew walked out");
        int sails = dependencies.predecessor(strike);
        assertTrue(dependencies.opensWithReference(sails), "the sentence before the strike leans on its own predecessor");
        ConceptCoverageSummarizer runs = ConceptCoverageSummarizer.defaults();
        ConceptCoverageSummarizer pairsOnly = runs.withRunsOfThree(false);
        int taken = 0;
        boolean takenWithoutRuns = false;
        for (int words = 15; words <= 70; words += 5) {
            Budget budget = Budget.words(words);
            List<Integer> chosen = runs.select(story, budget);
            assertEachDependentSentenceAfterItsPredecessor(story, dependencies, chosen, "at " + words + " words");
            int total = chosen.stream().mapToInt(s -> story.sentences().get(s).words()).sum();
            assertTrue(total <= words, "all three count against the budget: " + total + " > " + words);
            taken = taken == 0 && chosen.contains(strike) ? words : taken;
            takenWithoutRuns |= pairsOnly.select(story, budget).contains(strike);
        }
        assertTrue(taken > 0, "some budget takes the strike sentence with the two sentences it needs");
        assertFalse(takenWithoutRuns, "with context one sentence back only, the strike sentence is never a candidate");
        List<String> shown = pipeline.summarize(story, "default", Budget.words(taken)).sentences().stream().map(SummarySentence::text).toList();
        int at = shown.indexOf(story.sentences().get(strike).text());
        assertTrue(at >= 2 && shown.get(at - 1).startsWith("It still sails") && shown.get(at - 2).startsWith("The Gullwing was built"),
                "the reader sees the three in the article's order: " + shown);
    }

    /** Every chosen sentence that leans on the one before it comes after that one in {@code chosen}. */
    private static void assertEachDependentSentenceAfterItsPredecessor(AnalyzedStory story, SentenceDependencies dependencies,
                                                                       List<Integer> chosen, String where) {
        for (int i = 0; i < chosen.size(); i++) {
            int s = chosen.get(i);
            if (dependencies.opensWithReference(s)) {
                int before = dependencies.predecessor(s);
                assertTrue(before >= 0 && chosen.subList(0, i).contains(before),
                        where + ", '" + story.sentences().get(s).text() + "' without the sentence before it: " + texts(story, chosen));
            }
        }
    }

    private static List<String> texts(AnalyzedStory story, List<Integer> chosen) {
        List<String> out = new ArrayList<>();
        chosen.forEach(s -> out.add(story.sentences().get(s).text()));
        return out;
    }
}
