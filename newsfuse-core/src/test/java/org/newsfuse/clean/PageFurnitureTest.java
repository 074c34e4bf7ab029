package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsfuse.ingest.SourceDocument;

class PageFurnitureTest {

    // The notices as widgets and web archives print them, in the casings scrapers deliver.
    private static final List<String> NOTICES = List.of(
            "Tweet with a location You can add location information to your Tweets, such as your city or precise location, from the "
                    + "web and via third-party applications. You always have the option to delete your Tweet location history. Learn more",
            "Add a location to your Tweets When you tweet with a location, Twitter stores that location. You can switch location "
                    + "on/off before each Tweet and always have the option to delete your location history. Learn more",
            "Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday "
                    + "mornings.",
            "Media playback is unsupported on your device",
            "This will appear next to all of your comments This will NOT appear anywhere on example.com",
            "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these "
                    + "data are added to the Wayback Machine after an embargo period.",
            "Focused crawls are collections of frequently-updated webcrawl data from narrow (as opposed to broad or wide) web "
                    + "crawls, often focused on a single domain or subdomain.",
            "The interactive transcript could not be loaded. Loading... Rating is available when the video has been rented. "
                    + "This feature is not available right now. Please try again later.",
            "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later "
                    + "Invalid Email",
            "Looking for news you can trust? Subscribe to our free newsletters.",
            "Get the latest from TODAY Sign up for our newsletter");

    private static final String STORY = "Harbor pilots in Port Alder ended a two-day strike on Friday after the port agreed to hire "
            + "six more pilots. Ships that had waited outside the breakwater began docking within hours.";

    @Test
    void everyKindOfNoticeIsCutAndTheArticleAroundItKept() {
        for (String notice : NOTICES) {
            assertEquals(STORY, PageFurniture.strip(notice + " " + STORY), notice);
            assertEquals(STORY, PageFurniture.strip(notice.toLowerCase() + " " + STORY), notice);
            assertEquals("", PageFurniture.strip(notice), notice);
        }
    }

    @Test
    void anArchiveNoteCutShortByTheScraperIsStillANote() {
        String note = "These crawls are part of an effort to archive pages as they are created and archive the pages that they "
                + "refer to. That way, as the pages that are referenced are changed or taken from the web, a link to the version";
        assertEquals("", PageFurniture.strip(note));
    }

    @Test
    void textWithoutFurnitureIsReturnedAsItIs() {
        // news that talks about the same things is not furniture
        String news = "The archive said its crawl of court websites had captured the ruling before it was taken down. "
                + "Users who tweet with a location can now hide it, the company said on Tuesday.";
        assertSame(news, PageFurniture.strip(news));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(List.of("the", "port", "crawl", "tweet", "machine", "email", "comments", "playback", "news").get(random.nextInt(9)))
                        .append(random.nextInt(5) == 0 ? ". " : " ");
            }
            String s = text.toString();
            assertSame(s, PageFurniture.strip(s), s);
        }
    }

    @Test
    void theCleanerCutsFurnitureRunIntoTheFirstParagraphAndSaysWhy() {
        Article article = new RuleBasedCleaner().clean(SourceDocument.of("pilots.txt",
                "Pilots end strike\n\n" + NOTICES.get(2) + " " + STORY + "\n\nThe union said the deal runs for three years.\n"));
        assertTrue(article.text().contains("The union said"), article.text());
        String body = article.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(b -> b.text().text())
                .reduce("", (a, b) -> a + b);
        assertTrue(body.startsWith("Harbor pilots"), body);
        assertTrue(article.removals().stream().anyMatch(r -> r.reason() == Removal.Reason.WIDGET && r.text().startsWith("Breaking News Emails")),
                article.removals().toString());
    }
}
