package org.newsfuse.server.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Feeds and pages written for the tests: fictional outlets and events, in the project's own words. */
final class Fixtures {

    private Fixtures() {
    }

    /** An article page with a headline and three paragraphs about a fictional town event. */
    static String page(String title, String charsetMeta, String subject) {
        String meta = charsetMeta == null ? "" : "<meta charset=\"" + charsetMeta + "\">";
        return "<!doctype html><html><head>" + meta + "<title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav>"
                + "<article><h1>" + title + "</h1>"
                + "<p>" + subject + " drew a crowd of residents to the town hall of Port Alder on Tuesday evening, where the council "
                + "listened to two hours of comments before voting on the plan that had divided the harbour district for months.</p>"
                + "<p>Council member Ines Varga said the vote on " + subject.toLowerCase(java.util.Locale.ROOT)
                + " was the hardest of her first term, and that she had read every one of the letters sent to her office since the spring.</p>"
                + "<p>The measure passed five votes to two. Work is expected to begin in the autumn, once the harbour authority has "
                + "signed the contracts and the ferry timetable has been adjusted for the months of construction.</p>"
                + "</article><footer>Share this story</footer></body></html>";
    }

    /** An RSS 2.0 document. */
    static String rss(String encoding, String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://example.invalid/</link><description>Test feed</description>\n"
                + String.join("\n", items) + "\n</channel></rss>\n";
    }

    /** An RSS item; {@code description} may be null (no feed text). */
    static String item(String title, String link, String guid, String description, int hoursAgo) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minusSeconds(3600L * hoursAgo).atOffset(ZoneOffset.UTC));
        return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link.replace("&", "&amp;") + "</link>")
                + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + (description == null ? "" : "<description><![CDATA[<p>" + description + "</p>]]></description>")
                + "<pubDate>" + date + "</pubDate></item>";
    }

    /** An Atom document whose entries' ids change with {@code generation}; links stay the same. */
    static String atomWithChangingIds(int generation, String... links) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Ledger</title><id>urn:newsfuse:test:ledger</id><updated>2026-11-01T10:00:00Z</updated>\n");
        for (int i = 0; i < links.length; i++) {
            out.append("<entry><title>Ledger story ").append(i + 1).append("</title><id>urn:newsfuse:ledger:").append(generation)
                    .append(':').append(i + 1).append("</id><link href=\"").append(links[i]).append("\"/>")
                    .append("<updated>2026-11-0").append(i + 1).append("T09:00:00Z</updated>")
                    .append("<summary>Ledger summary ").append(i + 1).append(" generation ").append(generation).append("</summary></entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    /** A paragraph long enough to stand as an article's text when the page cannot be read. */
    static String feedText(String subject) {
        return subject + " was reported by the feed itself: the harbour committee of Port Alder met on Monday, heard from the "
                + "ferry operators and the fishing cooperative, and agreed to publish its recommendations before the end of the month.";
    }
}
