package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsfuse.Pipeline;
import org.newsfuse.SharedData;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/**
 * The comparison of the two seed articles against ../shared/gold/seeds.json: the checks of the
 * comparison issue, run by {@link SeedsComparisonTest} on wording alone and by the embeddings module's
 * test with its sentence encoder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SeedsComparisonContract {

    private static final String CNN = "000_97f20155dfd86a49.txt";
    private static final String OTHER = "003_e01dec5a150f8111.txt";

    private Comparison comparison;
    private AnalyzedStory story;
    private JsonNode gold;
    private static final TermAnalyzer TERMS = new TermAnalyzer();

    /** The pipeline under test. */
    protected abstract Pipeline pipeline();

    /** How many of the six corroborated gold facts this pipeline must find supported by both articles. */
    protected abstract int corroboratedRequired();

    @BeforeAll
    void compare() throws IOException {
        Path seeds = SharedData.require("seeds");
        gold = new ObjectMapper().readTree(SharedData.require("gold/seeds.json").toFile());
        List<SourceDocument> docs = new ArrayList<>();
        for (String file : List.of(CNN, OTHER)) {
            docs.add(SourceDocument.of(file, Files.readString(seeds.resolve(file), StandardCharsets.UTF_8)));
        }
        Pipeline pipeline = pipeline();
        story = pipeline.analyze(StoryInput.of("seeds", docs));
        comparison = pipeline.compare(story);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> articles(List<Comparison.Support> support) {
        return support.stream().map(Comparison.Support::article).collect(Collectors.toSet());
    }

    private static boolean sameSpeaker(String goldSpeaker, String ours) {
        String g = goldSpeaker.toLowerCase(Locale.ROOT);
        String o = ours.toLowerCase(Locale.ROOT);
        String[] ourWords = o.split("\\s+");
        String last = ourWords[ourWords.length - 1];
        return g.contains(o) || g.contains(last) && last.length() > 3;
    }

    @Test
    void findsTheQuotesWithTheirSpeakers() {
        int right = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode q : gold.get("quotes")) {
            String text = normalise(q.get("text").asText());
            Comparison.Quote found = comparison.quotes().stream().filter(c -> normalise(c.text()).equals(text)).findFirst().orElse(null);
            if (found != null && found.speaker().isPresent() && sameSpeaker(q.get("speaker").asText(), found.speaker().get())) {
                right++;
                Set<String> carriers = new HashSet<>();
                q.get("carried_by").forEach(c -> carriers.add(c.asText()));
                if (carriers.size() == 2) {
                    assertEquals(carriers, articles(found.articles()), "the quote both articles carry lists both: " + q.get("text"));
                }
            } else {
                missed.add(q.get("text").asText() + " -> " + found);
            }
        }
        assertTrue(right == 10, right + " of 10 quotes with the right speaker; missed " + missed);
    }

    @Test
    void findsTheEntitiesKeepingTheKimsApartAndMergingSanders() {
        for (JsonNode e : gold.get("entities")) {
            String name = e.get("name").asText();
            assertTrue(comparison.entities().stream().anyMatch(x -> x.name().equals(name) || x.aliases().contains(name)),
                    "entity " + name + " not found in " + comparison.entities().stream().map(Comparison.Entity::name).toList());
        }
        Comparison.Entity jongUn = entity("Kim Jong Un");
        Comparison.Entity yongChol = entity("Kim Yong Chol");
        assertTrue(jongUn != yongChol, "Kim Jong Un and Kim Yong Chol are two people");
        assertTrue(!jongUn.aliases().contains("Kim") && !yongChol.aliases().contains("Kim"), "a bare Kim is ambiguous here");
        Comparison.Entity sanders = entity("Sarah Sanders");
        assertTrue(sanders.aliases().containsAll(List.of("Sarah Huckabee Sanders", "Sanders")), sanders.toString());
        assertEquals(Comparison.EntityType.PERSON, sanders.type());
        assertEquals(Comparison.EntityType.PLACE, entity("Singapore").type());
        assertEquals(Comparison.EntityType.ORGANIZATION, entity("Pentagon").type());
    }

    private Comparison.Entity entity(String name) {
        return comparison.entities().stream().filter(x -> x.name().equals(name) || x.aliases().contains(name)).findFirst().orElseThrow();
    }

    /** The best-matching claim for a described fact: most of the fact's content words in its sentences. */
    private Comparison.Claim claimFor(String fact) {
        Set<String> wanted = new HashSet<>(TERMS.terms(fact));
        Comparison.Claim best = null;
        double bestScore = -1;
        for (Comparison.Claim claim : comparison.claims()) {
            Set<String> have = new HashSet<>();
            for (Comparison.Support s : claim.articles()) {
                String text = story.articles().stream().filter(a -> a.id().equals(s.article())).findFirst().orElseThrow().text();
                have.addAll(TERMS.terms(s.span().of(text)));
            }
            long shared = wanted.stream().filter(have::contains).count();
            double score = shared / (double) wanted.size();
            if (score > bestScore) {
                bestScore = score;
                best = claim;
            }
        }
        return best;
    }

    @Test
    void reportsNoConflict() {
        assertTrue(comparison.claims().stream().noneMatch(c -> c.status() == Comparison.Status.CONFLICTING),
                "'more than 90 minutes' and 'an hour-and-a-half' agree");
    }

    @Test
    void corroboratedAndSingleSourceFacts() {
        JsonNode facts = gold.get("facts");
        int corroborated = 0;
        List<String> notCorroborated = new ArrayList<>();
        for (JsonNode f : facts.get("corroborated")) {
            Comparison.Claim claim = claimFor(f.asText());
            if (claim.status() == Comparison.Status.CORROBORATED && articles(claim.articles()).equals(Set.of(CNN, OTHER))) {
                corroborated++;
            } else {
                notCorroborated.add(f.asText());
            }
        }
        int cnnOnly = countSingle(facts.get("only_" + CNN), CNN);
        int otherOnly = countSingle(facts.get("only_" + OTHER), OTHER);
        assertTrue(corroborated >= corroboratedRequired(), corroborated + " of 6 corroborated; not: " + notCorroborated);
        assertTrue(cnnOnly >= 4, cnnOnly + " of 5 CNN-only facts single-source");
        assertTrue(otherOnly >= 2, otherOnly + " of 3 second-article-only facts single-source");
    }

    private int countSingle(JsonNode facts, String article) {
        int n = 0;
        for (JsonNode f : facts) {
            Comparison.Claim claim = claimFor(f.asText());
            if (claim.status() == Comparison.Status.SINGLE_SOURCE && articles(claim.articles()).equals(Set.of(article))) {
                n++;
            }
        }
        return n;
    }
}
