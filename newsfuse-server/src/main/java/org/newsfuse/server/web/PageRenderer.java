package org.newsfuse.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the pages from the JTE templates under {@code src/main/jte/web}, compiled to classes at build
 * time. Every {@code ${...}} in them is HTML-escaped for where it stands (text, attribute), so text from
 * articles can never become markup. Thread-safe.
 */
public final class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String front(FrontPage page) {
        return render("web/front.jte", Map.of("page", page));
    }

    public String story(StoryPage page) {
        return render("web/story.jte", Map.of("page", page));
    }

    public String article(ArticlePage page) {
        return render("web/article.jte", Map.of("page", page));
    }

    /** The article's text alone, for the reader panel beside a story's summary. */
    public String reader(ArticlePage page, String href) {
        return render("web/reader.jte", Map.of("page", page, "href", href));
    }

    public String feeds(FeedsPage page) {
        return render("web/feeds.jte", Map.of("page", page));
    }

    /** A page that says what went wrong in one line. */
    public String problem(String title, String message) {
        return render("web/problem.jte", Map.of("title", title, "message", message));
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, params, out);
        return out.toString();
    }
}
