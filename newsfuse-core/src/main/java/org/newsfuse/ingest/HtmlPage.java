package org.newsfuse.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What was read from a news web page: the article's text (paragraphs separated by blank lines) and
 * the page's metadata.
 *
 * @param text          the main text; empty when the page holds no article
 * @param title         the headline
 * @param authors       bylined authors
 * @param published     publication date-time as the page states it, ISO 8601
 * @param siteName      the outlet as the page names itself (Open Graph site name, JSON-LD publisher)
 * @param canonicalUrl  the canonical address
 * @param language      the page's language code
 * @param method        which extractor produced the text ("readability", "json-ld", ...), for diagnostics
 */
public record HtmlPage(String text, Optional<String> title, List<String> authors, Optional<String> published,
                       Optional<String> siteName, Optional<String> canonicalUrl, Optional<String> language, String method) {

    public HtmlPage {
        authors = List.copyOf(authors);
    }
}
