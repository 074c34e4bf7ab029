package org.newsfuse.server.feed;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.feed.WireFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfuse.base.Diagnostic;

/**
 * Reads the feeds to follow from an OPML file (the format feed readers export) or from a plain list:
 * one feed URL a line, optionally followed by {@code = Outlet name}; blank lines and lines starting
 * with {@code #} are skipped. A URL listed twice is followed once.
 */
public final class FeedListReader {


    /** Reads the file; a file that cannot be read at all is one error diagnostic and no feeds. */
    public FeedList read(Path file) {
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new FeedList(List.of(), List.of(Diagnostic.error(shown, "", "cannot read the feed list: " + e.getMessage(), "skipped")));
        }
        return read(bytes, shown);
    }

    /** Reads a feed list from its bytes; {@code shown} names it in diagnostics. */
    public FeedList read(byte[] bytes, String shown) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("\uFEFF") || head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(head.startsWith("\uFEFF") ? 1 : 3).stripLeading();
        }
        if (head.startsWith("<")) {
            return readOpml(bytes, shown);
        }
        return readPlain(bytes, shown);
    }

    private FeedList readOpml(byte[] bytes, String shown) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        WireFeed wire;
        try {
            wire = new WireFeedInput().build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(bytes), true));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() : "";
            return new FeedList(List.of(), List.of(Diagnostic.error(shown, where, "not a valid OPML file: " + rootMessage(e), "skipped")));
        } catch (Exception e) {
            return new FeedList(List.of(), List.of(Diagnostic.error(shown, "", "not a valid OPML file: " + rootMessage(e), "skipped")));
        }
        if (!(wire instanceof Opml opml)) {
            return new FeedList(List.of(), List.of(Diagnostic.error(shown, "", "an XML file that is not OPML (" + wire.getFeedType()
                    + "); give an OPML file or one feed URL a line", "skipped")));
        }
        Map<String, FeedSubscription> feeds = new LinkedHashMap<>();
        collect(opml.getOutlines(), "outline", shown, feeds, diagnostics);
        return new FeedList(List.copyOf(feeds.values()), diagnostics);
    }

    private void collect(List<Outline> outlines, String path, String shown, Map<String, FeedSubscription> feeds, List<Diagnostic> diagnostics) {
        for (int i = 0; i < outlines.size(); i++) {
            Outline outline = outlines.get(i);
            String where = path + " " + (i + 1);
            String xmlUrl = outline.getXmlUrl();
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                String name = outline.getText() != null && !outline.getText().isBlank() ? outline.getText() : outline.getTitle();
                add(xmlUrl, Optional.ofNullable(name), shown, where, feeds, diagnostics);
            }
            collect(outline.getChildren(), where + " >", shown, feeds, diagnostics);
        }
    }

    private FeedList readPlain(byte[] bytes, String shown) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new FeedList(List.of(), List.of(Diagnostic.error(shown, "", "the feed list is not UTF-8 text", "skipped")));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, FeedSubscription> feeds = new LinkedHashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String url = line;
            Optional<String> outlet = Optional.empty();
            int eq = line.indexOf(" = ");
            if (eq > 0) {
                url = line.substring(0, eq).strip();
                outlet = Optional.of(line.substring(eq + 3).strip());
            }
            add(url, outlet, shown, "line " + (i + 1), feeds, diagnostics);
        }
        return new FeedList(List.copyOf(feeds.values()), diagnostics);
    }

    private static void add(String url, Optional<String> outlet, String shown, String where, Map<String, FeedSubscription> feeds,
                            List<Diagnostic> diagnostics) {
        FeedSubscription feed;
        try {
            feed = FeedSubscription.parse(url, outlet);
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error(shown, where, e.getMessage(), "skipped"));
            return;
        }
        String key = UrlCanonicalizer.canonical(feed.url()).toString();
        if (feeds.containsKey(key)) {
            diagnostics.add(Diagnostic.warning(shown, where, "feed listed twice: " + feed.url(), "followed once"));
            return;
        }
        feeds.put(key, feed);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
