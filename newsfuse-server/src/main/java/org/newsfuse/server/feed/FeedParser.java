package org.newsfuse.server.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads RSS 0.9x, 1.0, 2.0 and Atom with Rome. The document's charset follows the XML rules for HTTP
 * (header, then XML declaration, then byte-order mark; Rome's lenient {@link XmlReader}). Doctypes
 * are refused (no external entities). Each entry becomes a {@link FeedItem} whose HTML content is
 * turned into plain paragraphs.
 */
final class FeedParser {

    /** The feed's title and items, in the feed's order. */
    record ParsedFeed(Optional<String> title, List<FeedItem> items) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "tr", "section", "article", "ul", "ol", "table", "figure", "figcaption", "hr", "dd", "dt");

    /**
     * Parses the feed.
     *
     * @throws FetchException (lasting) with the line and Rome's message when the XML is not a feed
     */
    ParsedFeed parse(byte[] bytes, Optional<String> contentType, URI feedUrl) throws FetchException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            XmlReader reader = contentType.isPresent()
                    ? new XmlReader(new ByteArrayInputStream(bytes), contentType.get(), true)
                    : new XmlReader(new ByteArrayInputStream(bytes), true);
            feed = input.build(reader);
        } catch (ParsingFeedException e) {
            throw FetchException.lasting("malformed feed" + (e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "") + ": "
                    + oneLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        } catch (Exception e) {
            throw FetchException.lasting("not a feed: " + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry, feedUrl));
        }
        return new ParsedFeed(Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty()), items);
    }

    private static FeedItem item(SyndEntry entry, URI feedUrl) {
        Optional<URI> link = Optional.ofNullable(entry.getLink()).map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(l -> resolve(feedUrl, l));
        if (link.isEmpty() && entry.getUri() != null && entry.getUri().matches("(?i)https?://\\S+")) {
            link = resolve(feedUrl, entry.getUri());  // an RSS guid with isPermaLink is the page
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Set<String> authors = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                authors.add(p.getName().strip());
            }
        }
        if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            authors.add(entry.getAuthor().strip());
        }
        String text = "";
        for (SyndContent c : entry.getContents()) {
            String t = toText(c);
            if (t.length() > text.length()) {
                text = t;
            }
        }
        if (entry.getDescription() != null) {
            String d = toText(entry.getDescription());
            if (d.length() > text.length()) {
                text = d;
            }
        }
        return new FeedItem(Optional.ofNullable(entry.getUri()).map(String::strip).filter(s -> !s.isEmpty()), link.map(UrlCanonicalizer::withoutTracking),
                Optional.ofNullable(entry.getTitle()).map(t -> Jsoup.parse(t).text().strip()).filter(s -> !s.isEmpty()),
                Optional.ofNullable(date).map(Date::toInstant), List.copyOf(authors), text);
    }

    private static Optional<URI> resolve(URI base, String link) {
        try {
            URI uri = base.resolve(link.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The content as plain text, one paragraph per block, blank lines between. */
    static String toText(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return value.strip();
        }
        Element body = Jsoup.parseBodyFragment(value).body();
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String p = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!p.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(p);
            }
        }
        return text.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
