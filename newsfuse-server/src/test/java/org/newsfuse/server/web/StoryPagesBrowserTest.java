package org.newsfuse.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.server.TestService;

/**
 * The pages in Debian's Chromium, served by the real service (SQLite file, Javalin on 127.0.0.1) after
 * the bundled example was posted through the API. Screenshots go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryPagesBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> OUTLETS = Map.of("coastline.txt", "Coastline Daily", "courier.txt", "Alder Valley Courier",
            "meridian.txt", "Meridian Wire");

    @TempDir
    static Path folder;
    static TestService service;
    static Chromium chromium;
    static long story;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        service = TestService.start(folder);
        for (String file : List.of("coastline.txt", "courier.txt", "meridian.txt")) {
            ObjectNode article = JSON.createObjectNode();
            article.put("text", Files.readString(TestService.root().resolve("examples/harbor-bridge").resolve(file)));
            article.put("outlet", OUTLETS.get(file));
            article.put("url", "https://example.org/" + file);
            story = JSON.readTree(post(article).body()).get("story").asLong();
        }
        service.awaitCurrent(120);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    static HttpResponse<String> post(ObjectNode article) {
        HttpResponse<String> response = service.post("/api/articles", article.toString());
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    static Page page(int width, int height) {
        return chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    @Test
    @Order(1)
    void frontPageSearchAndStory() {
        Page page = page(1280, 900);
        page.navigate(service.base() + "/");
        assertEquals(1, page.locator(".cards .card").count());
        assertTrue(page.locator(".card .lede").textContent().length() > 20);
        page.fill("#q", "ferry contract");
        page.click("form.search button");
        page.waitForURL("**/?q=ferry+contract*");
        assertEquals(1, page.locator(".cards .card").count(), page.content());
        page.fill("#q", "volcano eruption");
        page.click("form.search button");
        assertEquals(0, page.locator(".cards .card").count());
        assertTrue(page.locator(".empty").textContent().contains("volcano eruption"));
        page.navigate(service.base() + "/?outlet=" + "Meridian%20Wire");
        assertEquals("Meridian Wire", page.locator("#outlet").inputValue());
        page.locator(".card h2 a").first().click();
        page.waitForURL("**/stories/" + story);
        assertTrue(page.locator("h1").textContent().contains("Harbor Bridge"));
        page.context().close();
    }

    @Test
    @Order(2)
    void citationOpensTheArticleBesideTheSummaryWithTheCitedSpanHighlighted() throws Exception {
        JsonNode summary = JSON.readTree(service.get("/api/stories/" + story).body()).get("summary").get("summary");
        for (int[] size : new int[][] {{1280, 900}, {375, 812}}) {
            Page page = page(size[0], size[1]);
            page.navigate(service.base() + "/stories/" + story);
            // two summary sentences that another outlet confirms, so the cited article is not the sentence's own
            List<Integer> confirmed = new ArrayList<>();
            for (int i = 0; i < summary.size() && confirmed.size() < 2; i++) {
                if (summary.get(i).get("sources").size() > 1) {
                    confirmed.add(i);
                }
            }
            assertEquals(2, confirmed.size(), summary.toString());
            for (int sentence : confirmed) {
                JsonNode source = summary.get(sentence).get("sources").get(1);
                String text = JSON.readTree(service.get("/api/articles/" + source.get("article").asText()).body()).get("text").asText();
                String expected = text.substring(source.get("start").asInt(), source.get("end").asInt());
                page.locator("#summary li").nth(sentence).locator("a.cite[data-article='" + source.get("article").asText() + "'][data-start='"
                        + source.get("start").asInt() + "']").click();
                Locator mark = page.locator("#reader mark.cited");
                page.waitForFunction("e => document.querySelector('#reader mark.cited') && document.querySelector('#reader a[href*=\"start="
                        + source.get("start").asInt() + "&\"]')", null);
                assertEquals(expected, String.join("", mark.allTextContents()));
                assertTrue(page.locator("#reader").isVisible());
                assertTrue((Boolean) page.evaluate("() => { const r = document.getElementById('reader').getBoundingClientRect();"
                        + " const m = document.querySelector('#reader mark.cited').getBoundingClientRect();"
                        + " return m.top >= r.top && m.bottom <= r.bottom; }"), "the cited sentence is scrolled into the reader's view");
            }
            String name = size[0] > 400 ? "desktop" : "phone";
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story-citation-" + name + ".png")));
            page.keyboard().press("Escape");
            page.locator("#reader").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            page.context().close();
        }
    }

    @Test
    @Order(2)
    void theKeyboardOpensAndClosesTheReaderAndFocusIsVisible() {
        Page page = page(1280, 900);
        page.navigate(service.base() + "/stories/" + story);
        page.keyboard().press("Tab");
        assertEquals("Skip to content", page.evaluate("() => document.activeElement.textContent"));
        Locator cite = page.locator("#summary a.cite").first();
        cite.focus();
        assertTrue(!"none".equals(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")), "focus is visible");
        page.keyboard().press("Enter");
        page.locator("#reader mark.cited").first().waitFor();
        assertEquals("reader", page.evaluate("() => document.activeElement.id"));
        page.keyboard().press("Escape");
        page.locator("#reader").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertEquals(cite.getAttribute("href"), page.evaluate("() => document.activeElement.getAttribute('href')"), "focus returns to the citation");
        page.context().close();
    }

    @Test
    @Order(3)
    void withoutJavaScriptACitationLinksToTheArticlePageWithTheSpanHighlighted() throws Exception {
        Page page = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)).newPage();
        page.navigate(service.base() + "/stories/" + story);
        assertTrue(page.locator("#summary li").count() > 0);
        String href = page.locator("#summary a.cite").first().getAttribute("href");
        page.navigate(service.base() + href);
        String id = href.replaceAll("^/articles/([^?]+)\\?.*", "$1");
        String text = JSON.readTree(service.get("/api/articles/" + id).body()).get("text").asText();
        int start = Integer.parseInt(href.replaceAll(".*start=(\\d+).*", "$1"));
        int end = Integer.parseInt(href.replaceAll(".*end=(\\d+).*", "$1"));
        assertEquals(text.substring(start, end), String.join("", page.locator("mark.cited").allTextContents()));
        page.context().close();
    }

    @Test
    @Order(4)
    void disagreementShowsBothValues() {
        Page page = page(1280, 900);
        page.navigate(service.base() + "/stories/" + story);
        Locator disagreement = page.locator("#disagree .disagreement").first();
        List<String> values = disagreement.locator("mark.value").allTextContents();
        assertTrue(values.contains("more than $5 million"), values.toString());
        assertTrue(values.contains("about $4.2 million"), values.toString());
        String shown = disagreement.textContent();
        assertTrue(shown.contains("Coastline Daily") && shown.contains("Alder Valley Courier"), shown);
        page.context().close();
    }

    @Test
    @Order(5)
    void everySectionShowsAndThePagesPassAxe() {
        for (int[] size : new int[][] {{1280, 900}, {375, 812}}) {
            String name = size[0] > 400 ? "desktop" : "phone";
            Page page = page(size[0], size[1]);
            List<com.microsoft.playwright.Response> responses = new CopyOnWriteArrayList<>();
            List<String> requested = new CopyOnWriteArrayList<>();
            page.onRequest(r -> requested.add(r.url()));
            page.onResponse(responses::add);
            page.navigate(service.base() + "/stories/" + story);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            assertTrue(requested.stream().allMatch(u -> u.startsWith(service.base() + "/")), "only this server: " + requested);
            // the live-update stream stays open (its body never ends); everything else the page loads is counted
            long bytes = responses.stream().filter(r -> !r.url().contains("/events")).mapToLong(r -> r.body().length).sum();
            assertTrue(bytes < 300 * 1024, "the story page with everything it loads weighs " + bytes + " bytes");
            for (String section : List.of("#summary li", "#coverage svg.matrix rect.cell", "#coverage svg.share-bar rect",
                    "#confirmed .claim", "#only-in .only-in", "#disagree .disagreement", "#quotes li", "#entities li", "#timeline li",
                    "#sources li")) {
                assertTrue(page.locator(section).count() > 0, "the story page shows " + section);
            }
            assertTrue(page.locator("#confirmed .claim-head").first().textContent().matches("Confirmed by \\d+ outlets"));
            assertTrue(page.locator("#only-in h3").first().textContent().startsWith("Only in "));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story-" + name + ".png")).setFullPage(true));
            for (String section : List.of("coverage", "confirmed", "disagree", "quotes")) {
                page.locator("#" + section).screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("story-" + name + "-" + section + ".png")));
            }
            assertNoSeriousViolations(page);
            String article = page.locator("#sources li a").nth(1).getAttribute("href");
            page.navigate(service.base() + article);
            assertTrue(page.locator(".article-text .removed .reason").count() > 0, "removed spans show their reason");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article-" + name + ".png")).setFullPage(true));
            page.navigate(service.base() + "/");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("front-" + name + ".png")).setFullPage(true));
            if (name.equals("desktop")) {
                // the phone layout changes no colours or names, so axe's findings there are the story page's alone
                assertNoSeriousViolations(page);
                page.navigate(service.base() + article);
                assertNoSeriousViolations(page);
            }
            page.context().close();
        }
    }

    @Test
    @Order(6)
    void anOpenStoryPageUpdatesWhenAnArticleArrives() throws Exception {
        Page page = page(1280, 900);
        page.navigate(service.base() + "/stories/" + story);
        int versionBefore = Integer.parseInt(page.locator("article.story").getAttribute("data-version"));
        int sourcesBefore = page.locator("#sources li").count();
        ObjectNode article = JSON.createObjectNode();
        article.put("outlet", "Tidewater Ledger");
        article.put("title", "Harbor Bridge stays shut as state inspectors join the review");
        article.put("text", String.join("\n\n",
                "Harbor Bridge stays shut as state inspectors join the review",
                "PORT ALDER -- The Harbor Bridge in Port Alder stayed closed to all traffic on Wednesday after inspectors found a cracked"
                        + " steel support beneath the eastern span, and state inspectors said they would join the city's review.",
                "City engineer Tomas Brandt said repairs would take at least three months.",
                "The state transportation department will send two bridge inspectors to Port Alder on Thursday, a spokeswoman, Ines"
                        + " Marlow, said.",
                "\"We want a second set of eyes on that beam before anyone talks about reopening,\" Marlow said."));
        long joined = JSON.readTree(post(article).body()).get("story").asLong();
        assertEquals(story, joined, "the new report joins the open story");
        page.waitForFunction("v => Number(document.querySelector('article.story').dataset.version) > v", versionBefore,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertTrue(page.locator("#live-status").textContent().startsWith("Updated to version"), page.locator("#live-status").textContent());
        assertEquals(sourcesBefore + 1, page.locator("#sources li").count());
        assertTrue(page.locator("#sources li.is-new").textContent().contains("Tidewater Ledger"));
        assertTrue(page.locator(".is-new .new-badge").count() > 1, "new items are marked");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story-live-update.png")));
        page.context().close();
    }

    @Test
    @Order(7)
    void untrustedTextRendersAsTextAndRunsNothing() throws Exception {
        String script = "<script>window.__xss='script'</script>";
        String img = "<img src=x onerror=\"window.__xss='img'\">";
        String svg = "<svg onload=\"window.__xss='svg'\"><script>alert('svg')</script></svg>";
        String link = "javascript:alert('link')";
        ObjectNode article = JSON.createObjectNode();
        article.put("title", "Lantern festival " + script + " draws crowds " + img);
        article.put("outlet", "Quill " + img + " Gazette");
        article.put("url", link);
        article.put("text", String.join("\n\n",
                "The lantern festival in Brindle Cove drew about 4,000 visitors on Saturday, organisers said " + script + ".",
                "Organiser Petra Volk said the parade route was moved " + img + " to the quay after a storm warning.",
                "\"We had " + svg + " lanterns on every boat,\" Volk said. Visit " + link + " for the programme.",
                "Stalls sold out of candles by nine o'clock, and the ferry added two late crossings " + script + "."));
        long xssStory = JSON.readTree(post(article).body()).get("story").asLong();
        service.awaitCurrent(120);
        long xssArticle = JSON.readTree(service.get("/api/stories/" + xssStory + "/articles").body()).get("articles").get(0).get("id").asLong();
        Page page = page(1280, 900);
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        List<String> visited = new ArrayList<>();
        for (String path : List.of("/", "/?q=lantern", "/stories/" + xssStory, "/articles/" + xssArticle,
                "/articles/" + xssArticle + "?start=0&end=40")) {
            page.navigate(service.base() + path);
            visited.add(path);
            assertInert(page, path);
            String text = page.locator("main").textContent();
            assertTrue(text.contains("Quill " + img + " Gazette") || path.equals("/?q=lantern") || path.equals("/"), path + ": outlet as text");
            if (path.startsWith("/articles/")) {
                assertTrue(text.contains(script) && text.contains(svg) && text.contains(link), path + ": payloads shown as text");
                assertEquals(0, page.locator("a[href^='javascript' i]").count());
            }
        }
        page.navigate(service.base() + "/stories/" + xssStory);
        page.locator("#summary a.cite").first().click();
        page.locator("#reader mark.cited").first().waitFor();
        assertInert(page, "reader panel");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("xss-story.png")).setFullPage(true));
        assertTrue(dialogs.isEmpty(), "dialogs opened: " + dialogs + " on " + visited);
        page.context().close();
    }

    /** Nothing from the payloads became an element or ran. */
    private static void assertInert(Page page, String where) {
        assertEquals(null, page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)"), where + ": a payload ran");
        assertEquals(0, page.locator("main img, main svg[onload], main script, [onerror], [onload]").count(), where + ": a payload became markup");
        assertEquals(1, page.locator("script").count(), where + ": only the page's own script");
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
