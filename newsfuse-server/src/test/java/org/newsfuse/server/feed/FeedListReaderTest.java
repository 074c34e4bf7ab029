package org.newsfuse.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfuse.base.Diagnostic;

class FeedListReaderTest {

    private final FeedListReader reader = new FeedListReader();

    @Test
    void readsOpmlWithNestedOutlinesAndNamesTheOutlets() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Harbour news</title></head>
                  <body>
                    <outline text="Local">
                      <outline text="Coastline Daily" type="rss" xmlUrl="https://coastline.example/feed.xml"/>
                      <outline title="Alder Valley Courier" type="rss" xmlUrl="https://courier.example/atom"/>
                    </outline>
                    <outline text="Meridian Wire" type="rss" xmlUrl="https://COASTLINE.example:443/feed.xml"/>
                    <outline text="Broken" type="rss" xmlUrl="gopher://old.example/feed"/>
                  </body>
                </opml>
                """;
        FeedList list = reader.read(opml.getBytes(StandardCharsets.UTF_8), "feeds.opml");
        assertEquals(List.of("https://coastline.example/feed.xml", "https://courier.example/atom"),
                list.feeds().stream().map(f -> f.url().toString()).toList());
        assertEquals(Optional.of("Coastline Daily"), list.feeds().get(0).outlet());
        assertEquals(Optional.of("Alder Valley Courier"), list.feeds().get(1).outlet());
        assertEquals(List.of("feeds.opml:outline 2: warning: feed listed twice: https://COASTLINE.example:443/feed.xml (followed once)",
                        "feeds.opml:outline 3: error: a feed URL must be http or https with a host, got gopher://old.example/feed (skipped)"),
                list.diagnostics().stream().map(Diagnostic::toLine).toList());
    }

    @Test
    void readsAPlainListWithCommentsAndOutletNames() {
        String text = "# my feeds\n\nhttps://coastline.example/feed.xml = Coastline Daily\r\nhttp://courier.example/rss\nnot a url\n";
        FeedList list = reader.read(text.getBytes(StandardCharsets.UTF_8), "feeds.txt");
        assertEquals(2, list.feeds().size());
        assertEquals(Optional.of("Coastline Daily"), list.feeds().get(0).outlet());
        assertEquals(Optional.empty(), list.feeds().get(1).outlet());
        assertEquals(List.of("feeds.txt:line 5: error: not a URL: Illegal character in path (skipped)"),
                list.diagnostics().stream().map(Diagnostic::toLine).toList());
    }

    @Test
    void malformedOpmlIsOneErrorWithItsLine() {
        FeedList list = reader.read("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n<outline text=\"x\"</body></opml>"
                .getBytes(StandardCharsets.UTF_8), "bad.opml");
        assertEquals(0, list.feeds().size());
        assertEquals(1, list.diagnostics().size());
        assertEquals("bad.opml:line 3", list.diagnostics().get(0).source() + ":" + list.diagnostics().get(0).location());
    }

    @Test
    void theBundledExampleOpmlReadsCleanly() {
        java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("newsfuse.root", "..")).toAbsolutePath().normalize();
        FeedList list = reader.read(root.resolve("examples/feeds.opml"));
        assertEquals(List.of(), list.diagnostics());
        assertEquals(List.of("Coastline Daily", "Alder Valley Courier", "Meridian Wire"),
                list.feeds().stream().map(f -> f.outlet().orElseThrow()).toList());
    }

    @Test
    void aFeedIsNotAFeedList() {
        FeedList list = reader.read(Fixtures.rss("utf-8", "Not a list").getBytes(StandardCharsets.UTF_8), "feed.xml");
        assertEquals(0, list.feeds().size());
        assertEquals("feed.xml: error: an XML file that is not OPML (rss_2.0); give an OPML file or one feed URL a line (skipped)",
                list.diagnostics().get(0).toLine());
    }
}
