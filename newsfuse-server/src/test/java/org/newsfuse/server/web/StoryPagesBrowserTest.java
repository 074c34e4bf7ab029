package org.newsfuse.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.server.web.StoryPage.Cite;

/** The pages in a real Chromium, over the pages' own harness. */
class StoryPagesBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    static WebHarness server;
    static Chromium chromium;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        server = new WebHarness(ExampleStories.withHarborBridge());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Page page(int width, int height) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        return context.newPage();
    }

    @Test
    void citationOpensTheArticleWithTheCitedSpanHighlighted() {
        Page page = page(1280, 900);
        page.navigate(server.url("/"));
        page.locator("text=Harbor Bridge").first().click();
        page.waitForURL("**/stories/harbor-bridge");
        StoryPage expected = new StoryPageComposer(new ArticleLinks()).compose(server.stories.findStory("harbor-bridge").orElseThrow());
        Cite cite = expected.summary().get(0).cites().get(1);
        page.locator("#summary a.cite").nth(1).click();
        Locator mark = page.locator("#reader mark.cited");
        mark.first().waitFor();
        String article = server.stories.findArticle(cite.article()).orElseThrow().article().text();
        assertEquals(article.substring(cite.start(), cite.end()), String.join("", mark.allTextContents()));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story-reader-desktop.png")));
        page.context().close();
    }

    @Test
    void screenshotsAndAccessibility() {
        for (int[] size : new int[][] {{1280, 900}, {375, 812}}) {
            String name = size[0] > 400 ? "desktop" : "phone";
            Page page = page(size[0], size[1]);
            page.navigate(server.url("/stories/harbor-bridge"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story-" + name + ".png")).setFullPage(true));
            assertNoSeriousViolations(page);
            page.navigate(server.url("/articles/courier.txt"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article-" + name + ".png")).setFullPage(true));
            assertNoSeriousViolations(page);
            page.navigate(server.url("/"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("front-" + name + ".png")).setFullPage(true));
            assertNoSeriousViolations(page);
            page.context().close();
        }
    }

    @Test
    void disagreementShowsBothValues() {
        Page page = page(1280, 900);
        page.navigate(server.url("/stories/harbor-bridge"));
        List<String> values = page.locator("#disagree mark.value").allTextContents();
        assertTrue(values.contains("more than $5 million"), values.toString());
        assertTrue(values.contains("about $4.2 million"), values.toString());
        page.context().close();
    }

    static void assertNoSeriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(serious.isEmpty(), page.url() + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        assertFalse(results.isErrored(), "axe errored");
    }
}
