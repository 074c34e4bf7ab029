package org.newsfuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.clean.Article;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.render.ComparisonReport;
import org.newsfuse.render.Format;
import org.newsfuse.render.StoryReport;

/** The front door on articles held in memory, as a service or a Spark job calls it. */
class NewsFuseTest {

    private static NewsFuse newsfuse;

    private static final String FERRY = "The island ferry resumed service on Friday after a two-day strike by deckhands ended. "
            + "The operator said all crossings would run on the normal timetable from Saturday morning. "
            + "Union leader Mara Quill said the deckhands accepted a pay rise of four percent over two years. ";

    @BeforeAll
    static void load() {
        newsfuse = NewsFuse.load();
    }

    @Test
    void anInMemoryArticleKeepsWhatTheCallerKnows() {
        ArticleResult result = newsfuse.article(ArticleSource.text("a1", FERRY).withOutlet("Harbour Post").withTitle("Ferry back")
                .withUrl("https://harbour.example/ferry").withDate(LocalDate.of(2031, 4, 2)).withAuthors(List.of("Ines Marlow")));
        SourceDocument document = result.document().orElseThrow();
        assertEquals("Harbour Post", document.outlet().orElseThrow());
        assertEquals("https://harbour.example/ferry", document.url().orElseThrow());
        Article cleaned = newsfuse.clean(document);
        assertEquals(List.of("Ines Marlow"), cleaned.authors(), "given authors stand in when no byline names any");
        assertEquals("Ferry back", cleaned.title().orElseThrow());
    }

    @Test
    void aWebPageInMemoryIsExtractedAndAnEmptyOneReported() {
        String page = "<html><head><title>Ferry back</title><meta property=\"og:site_name\" content=\"Harbour Post\"></head><body>"
                + "<article><h1>Ferry back</h1><p>" + FERRY + "</p><p>" + FERRY + "</p></article></body></html>";
        SourceDocument document = newsfuse.article(ArticleSource.html("p1", page)).document().orElseThrow();
        assertTrue(document.text().contains("island ferry resumed"), document.text());
        assertEquals("Harbour Post", document.outlet().orElseThrow());

        ArticleResult empty = newsfuse.article(ArticleSource.html("p2", "<html><body><nav>Home</nav></body></html>"));
        assertTrue(empty.document().isEmpty());
        assertEquals("p2: error: no article text found on the page (skipped)", empty.diagnostics().get(0).toLine());
    }

    @Test
    void anArticleInAnotherLanguageIsRefusedWithItsName() {
        String dutch = "De veerboot naar het eiland vaart vanaf maandag weer volgens de winterdienstregeling, meldde de havendienst"
                + " dinsdag. Na een storm die vorige week drie afvaarten schrapte, is de schade aan de steiger hersteld. De burgemeester"
                + " noemde het een opluchting voor de bewoners die elke dag naar het vasteland reizen voor hun werk of voor school.";
        ArticleResult refused = newsfuse.article(ArticleSource.text("nl1", dutch));
        assertTrue(refused.document().isEmpty());
        assertEquals("nl1: error: text is Dutch; newsfuse analyses English text only (skipped)", refused.diagnostics().get(0).toLine());
    }

    @Test
    void oneJsonlLineIsOneStoryOrOneDiagnostic() {
        IngestResult good = newsfuse.readLine("{\"id\": \"a7\", \"source\": \"Harbour Post\", \"title\": \"Ferry back\", \"text\": \""
                + FERRY + "\", \"url\": \"https://harbour.example/ferry\"}", "feed", 3);
        assertEquals(1, good.stories().size());
        assertEquals("https://harbour.example/ferry", good.stories().get(0).documents().get(0).url().orElseThrow());
        IngestResult bad = newsfuse.readLine("{\"id\": ", "feed", 4);
        assertTrue(bad.stories().isEmpty());
        assertEquals(1, bad.recordsRejected());
        assertTrue(bad.diagnostics().get(0).toLine().startsWith("feed:line 4: error: malformed JSON"), bad.diagnostics().get(0).toLine());
    }

    @Test
    void everyRenderingEscapesArticleText() throws Exception {
        String hostile = "Councillor <script>alert('x')</script> Ada Brook said the ferry deal was fair & overdue on Friday evening. ";
        StoryInput story = StoryInput.of("s1", List.of(
                newsfuse.article(ArticleSource.text("a", hostile + FERRY).withOutlet("A <b>Post</b>")).document().orElseThrow(),
                newsfuse.article(ArticleSource.text("b", FERRY + hostile).withOutlet("B Wire")).document().orElseThrow()));
        StoryReport summary = newsfuse.summarize(story, SummaryOptions.defaults().withWords(200));
        ComparisonReport comparison = newsfuse.compare(story, CompareOptions.defaults().withEmbeddings(false));
        for (String html : List.of(NewsFuse.render(summary, Format.HTML), NewsFuse.render(comparison, Format.HTML),
                NewsFuse.render(newsfuse.group(story.documents(), GroupOptions.defaults()), Format.HTML))) {
            assertFalse(html.contains("<script>"), html);
            assertFalse(html.contains("<b>Post"), html);
        }
        assertTrue(NewsFuse.render(summary, Format.HTML).contains("&lt;script&gt;"));
        StringWriter written = new StringWriter();
        NewsFuse.write(summary, Format.JSON, written);
        assertEquals(NewsFuse.render(summary, Format.JSON), written.toString());
    }
}
