package org.newsfuse.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.newsfuse.base.Span;

/** Where the pages link: one place that builds every URL the templates print. */
public final class ArticleLinks {

    /** The article page. */
    public String article(String articleId) {
        return "/articles/" + encode(articleId);
    }

    /** The article page with {@code span} highlighted and scrolled to. */
    public String citation(String articleId, Span span) {
        return article(articleId) + "?start=" + span.start() + "&end=" + span.end() + "#cited";
    }

    /** The article's text alone, as the reader panel beside the summary shows it. */
    public String readerPanel(String articleId, Span span) {
        return article(articleId) + "/reader?start=" + span.start() + "&end=" + span.end();
    }

    /** A story page. */
    public String story(String storyId) {
        return "/stories/" + encode(storyId);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
