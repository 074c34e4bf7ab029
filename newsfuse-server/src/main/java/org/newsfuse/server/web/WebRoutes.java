package org.newsfuse.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.base.Span;

/**
 * The web pages' routes: {@code /} (latest stories, search, outlet filter, pages), {@code /stories/{id}}
 * and its live-update stream, {@code /articles/{id}} and its reader panel, and the two static assets.
 * Every page is sent with a content security policy that allows nothing from outside this server and no
 * inline script.
 */
public final class WebRoutes {

    /** Stories per front page. */
    static final int PAGE_SIZE = 20;

    static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final PageSource source;
    private final LiveUpdates live;
    private final PageRenderer renderer = new PageRenderer();
    private final ArticleLinks links = new ArticleLinks();
    private final StoryPageComposer composer = new StoryPageComposer(links);
    private final byte[] style = asset("style.css");
    private final byte[] script = asset("app.js");

    public WebRoutes(PageSource source, LiveUpdates live) {
        this.source = Objects.requireNonNull(source, "source");
        this.live = Objects.requireNonNull(live, "live");
    }

    /** Adds the pages' routes. */
    public void register(RoutesConfig routes) {
        routes.get("/", this::front);
        routes.get("/stories/{id}", this::story);
        routes.sse("/stories/{id}/events", client -> live.listen(client.ctx().pathParam("id"), client,
                intParam(client.ctx(), "since", 0), source.findVersion(client.ctx().pathParam("id"))));
        routes.get("/articles/{id}", this::article);
        routes.get("/articles/{id}/reader", this::reader);
        routes.get("/assets/style.css", ctx -> asset(ctx, style, "text/css; charset=utf-8"));
        routes.get("/assets/app.js", ctx -> asset(ctx, script, "text/javascript; charset=utf-8"));
        routes.exception(BadPageRequest.class, (e, ctx) -> html(ctx.status(HttpStatus.BAD_REQUEST),
                renderer.problem("Bad request", e.getMessage())));
    }

    private void front(Context ctx) {
        String query = stringParam(ctx, "q");
        String outlet = stringParam(ctx, "outlet");
        int page = intParam(ctx, "page", 1);
        if (page < 1) {
            throw new BadPageRequest("page must be 1 or more, got " + page);
        }
        List<PageSource.Listed> listed = source.latest(query, outlet, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        List<FrontPage.Card> cards = listed.stream().limit(PAGE_SIZE)
                .map(s -> new FrontPage.Card(links.story(s.id()), s.title(), s.outlets(), s.articles(), StoryPageComposer.shown(s.updated()),
                        s.updated().toString(), s.firstSentence()))
                .toList();
        String previous = page > 1 ? frontLink(query, outlet, page - 1) : "";
        String next = listed.size() > PAGE_SIZE ? frontLink(query, outlet, page + 1) : "";
        html(ctx, renderer.front(new FrontPage(query, outlet, source.outlets(), cards, page, previous, next)));
    }

    private void story(Context ctx) {
        Optional<StoryContent> story = source.findStory(ctx.pathParam("id"));
        if (story.isEmpty()) {
            notFound(ctx, "No story " + ctx.pathParam("id"), "There is no story with this id. It may not have been grouped yet.");
            return;
        }
        html(ctx, renderer.story(composer.compose(story.get())));
    }

    private void article(Context ctx) {
        Optional<PageSource.Stored> stored = source.findArticle(ctx.pathParam("id"));
        if (stored.isEmpty()) {
            notFound(ctx, "No article " + ctx.pathParam("id"), "There is no article with this id.");
            return;
        }
        html(ctx, renderer.article(articlePage(ctx, stored.get())));
    }

    private void reader(Context ctx) {
        Optional<PageSource.Stored> stored = source.findArticle(ctx.pathParam("id"));
        if (stored.isEmpty()) {
            notFound(ctx, "No article " + ctx.pathParam("id"), "There is no article with this id.");
            return;
        }
        ArticlePage page = articlePage(ctx, stored.get());
        String href = page.cited().map(s -> links.citation(page.id(), s)).orElse(links.article(page.id()));
        html(ctx, renderer.reader(page, href));
    }

    private ArticlePage articlePage(Context ctx, PageSource.Stored stored) {
        Optional<Span> cited = Optional.empty();
        if (ctx.queryParam("start") != null || ctx.queryParam("end") != null) {
            int start = intParam(ctx, "start", -1);
            int end = intParam(ctx, "end", -1);
            if (start < 0 || end < start) {
                throw new BadPageRequest("start and end must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
            }
            cited = Optional.of(new Span(start, end));
        }
        String storyHref = stored.storyId().isEmpty() ? "" : links.story(stored.storyId());
        return ArticlePage.of(stored.article(), cited, storyHref, stored.storyTitle());
    }

    private static String frontLink(String query, String outlet, int page) {
        StringBuilder link = new StringBuilder("/?page=").append(page);
        if (!query.isEmpty()) {
            link.append("&q=").append(java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (!outlet.isEmpty()) {
            link.append("&outlet=").append(java.net.URLEncoder.encode(outlet, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private void notFound(Context ctx, String title, String message) {
        html(ctx.status(HttpStatus.NOT_FOUND), renderer.problem(title, message));
    }

    /** Sends a page with the headers every page carries (the feeds page, served by the feed package, too). */
    public static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .html(page);
    }

    private static void asset(Context ctx, byte[] body, String type) {
        ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "public, max-age=3600")
                .contentType(type).result(body);
    }

    private static String stringParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadPageRequest(name + " must be a whole number, got '" + shorten(value) + "'");
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static byte[] asset(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web asset missing from the jar: static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page request the pages cannot answer: answered 400 with this message. */
    static final class BadPageRequest extends RuntimeException {
        BadPageRequest(String message) {
            super(message);
        }
    }
}
