package org.newsfuse.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.server.web.StoryPage.Cite;

/** The story page composed from the real pipeline's results on the bundled example, and rendered. */
class StoryPageComposerTest {

    static StoryContent story;
    static StoryPage page;

    @BeforeAll
    static void compose() {
        story = ExampleStories.withHarborBridge().findStory("harbor-bridge").orElseThrow();
        page = new StoryPageComposer(new ArticleLinks()).compose(story);
    }

    static List<Cite> everyCite() {
        List<Cite> cites = new ArrayList<>();
        page.summary().forEach(l -> cites.addAll(l.cites()));
        page.confirmed().forEach(c -> cites.addAll(c.sentences()));
        page.onlyIn().forEach(o -> cites.addAll(o.sentences()));
        page.disagree().forEach(d -> d.sides().forEach(s -> cites.add(s.cite())));
        page.quotes().forEach(q -> cites.addAll(q.carriedBy()));
        page.timeline().forEach(t -> cites.addAll(t.reportedBy()));
        return cites;
    }

    @Test
    void everyShownSentenceIsItsSpanOfTheOriginalText() {
        List<Cite> cites = everyCite();
        assertTrue(cites.size() > 20, "cites: " + cites.size());
        for (Cite cite : cites) {
            String original = story.findArticle(cite.article()).orElseThrow().text();
            assertEquals(original.substring(cite.start(), cite.end()).strip().replaceAll("\\s+", " "), cite.text());
            assertEquals("/articles/" + cite.article() + "?start=" + cite.start() + "&end=" + cite.end() + "#cited", cite.href());
            assertEquals(story.articles().indexOf(story.findArticle(cite.article()).orElseThrow()) + 1, cite.number());
        }
    }

    @Test
    void theSummaryCitesEverySupportingArticleInNumberOrder() {
        assertEquals(story.summary().size(), page.summary().size());
        for (int i = 0; i < page.summary().size(); i++) {
            List<Integer> numbers = page.summary().get(i).cites().stream().map(Cite::number).toList();
            assertEquals(story.summary().get(i).citations().size(), numbers.size());
            assertEquals(numbers.stream().sorted().toList(), numbers);
        }
    }

    @Test
    void theRepairCostDisagreementHighlightsEachOutletsFigureInItsOwnSentence() {
        StoryPage.Disagreement cost = page.disagree().stream().filter(d -> d.sides().stream()
                .anyMatch(s -> s.value().equals("about $4.2 million"))).findFirst().orElseThrow();
        assertTrue(cost.sides().stream().anyMatch(s -> s.value().equals("more than $5 million") && s.cite().outlet().equals("Coastline Daily")));
        for (StoryPage.Side side : cost.sides()) {
            assertTrue(side.valueInSentence());
            assertEquals(side.cite().text(), side.before() + side.value() + side.after());
        }
    }

    @Test
    void theCoveragePictureCountsEveryOutlet() {
        StoryPage.Coverage coverage = page.coverage();
        assertEquals(List.of("Coastline Daily", "Alder Valley Courier", "Meridian Wire"), coverage.columns().stream()
                .map(StoryPage.Column::outlet).toList());
        int percent = coverage.shares().stream().mapToInt(StoryPage.Share::percent).sum();
        assertTrue(percent >= 99 && percent <= 101, "shares add up to " + percent);
        assertEquals(story.comparison().claims().size(), coverage.rows().size());
        coverage.rows().forEach(r -> assertEquals(coverage.columns().size(), r.cells().size()));
        assertTrue(coverage.rows().stream().anyMatch(r -> r.status().equals("conflicting")));
    }

    @Test
    void theRenderedPageHasEverySectionAndOnlyItsOwnScript() {
        StoryContent hostile = new StoryContent(story.id(), "<script>alert(1)</script> & <b>bold</b>", story.version(), story.updated(),
                story.articles(), story.summary(), story.comparison());
        String html = new PageRenderer().story(new StoryPageComposer(new ArticleLinks()).compose(hostile));
        Document doc = Jsoup.parse(html);
        assertEquals("<script>alert(1)</script> & <b>bold</b>", doc.selectFirst("h1").text());
        assertEquals(1, doc.select("script").size());
        assertEquals("/assets/app.js", doc.selectFirst("script").attr("src"));
        assertTrue(doc.select("h1 b").isEmpty());
        for (String id : List.of("summary", "coverage", "confirmed", "only-in", "disagree", "quotes", "entities", "timeline", "sources")) {
            assertFalse(doc.select("section#" + id).isEmpty(), id);
        }
        assertFalse(doc.select("svg.matrix rect.cell.conflicting").isEmpty());
        assertEquals(3, doc.select("svg.share-bar rect").size());
    }
}
