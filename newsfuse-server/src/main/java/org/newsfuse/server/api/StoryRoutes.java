package org.newsfuse.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.Optional;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.ProblemException;
import org.newsfuse.server.RouteRegistrar;
import org.newsfuse.server.store.StoryQuery;
import org.newsfuse.server.store.StorySummary;
import org.newsfuse.server.store.StoryVersion;
import org.newsfuse.server.stories.StoryUpdates;

/**
 * Stories out: the list (paged; {@code q}, {@code outlet}, {@code since}), one story with its summary,
 * comparison and versions, its articles, full-text search, and server-sent events when stories change.
 */
public final class StoryRoutes implements RouteRegistrar {

    @Override
    public void register(RoutesConfig routes, NewsService service) {
        routes.get("/api/stories", ctx -> list(ctx, service));
        routes.get("/api/stories/{id}", ctx -> story(ctx, service));
        routes.get("/api/stories/{id}/articles", ctx -> {
            long id = Params.id(ctx, "id");
            require(service, id);
            ApiJson.send(ctx, 200, ApiJson.page("articles", service.store().articlesOf(id, Params.offset(ctx), Params.limit(ctx)),
                    ApiJson::article));
        });
        routes.get("/api/search", ctx -> {
            String q = Params.text(ctx, "q", 500).orElseThrow(() -> ProblemException.badRequest("q", "q (the words to find) is required"));
            ApiJson.send(ctx, 200, ApiJson.page("results", service.store().search(q, Params.offset(ctx), Params.limit(ctx)), ApiJson::hit));
        });
        routes.sse("/api/events", client -> events(client, service.updates(), Optional.empty()));
        routes.sse("/api/stories/{id}/events", client -> {
            long id = Params.id(client.ctx(), "id");
            events(client, service.updates(), Optional.of(id));
        });
    }

    private static void list(Context ctx, NewsService service) {
        StoryQuery query = new StoryQuery(Params.text(ctx, "q", 500), Params.text(ctx, "outlet", 200), Params.since(ctx), Params.offset(ctx),
                Params.limit(ctx));
        ApiJson.send(ctx, 200, ApiJson.page("stories", service.store().stories(query), ApiJson::story));
    }

    private static void story(Context ctx, NewsService service) {
        long id = Params.id(ctx, "id");
        StorySummary story = require(service, id);
        Optional<Integer> wanted = ctx.queryParam("version") == null ? Optional.empty()
                : Optional.of(Params.integer(ctx, "version", 0, 1, Integer.MAX_VALUE));
        Optional<StoryVersion> version = service.store().version(id, wanted);
        if (wanted.isPresent() && version.isEmpty()) {
            throw ProblemException.notFound("story " + id + " has no version " + wanted.get());
        }
        ObjectNode o = ApiJson.story(story);
        if (version.isPresent()) {
            StoryVersion v = version.get();
            o.put("shown_version", v.version());
            o.put("computed_at", v.createdAt().toString());
            // the stored documents go out as stored: the refresher rendered them as JSON, so they need no parsing here
            o.putRawValue("summary", new RawValue(v.summaryJson()));
            o.putRawValue("comparison", new RawValue(v.comparisonJson()));
        } else {
            o.putNull("shown_version");
            o.putNull("summary");
            o.putNull("comparison");
        }
        ArrayNode versions = o.putArray("versions");
        service.store().versions(id).forEach(v -> versions.add(ApiJson.version(v)));
        ApiJson.send(ctx, 200, o);
    }

    private static StorySummary require(NewsService service, long id) {
        return service.store().story(id).orElseThrow(() -> ProblemException.notFound("no story " + id));
    }

    /** Streams updates (all, or one story's) until the client goes away. */
    private static void events(SseClient client, StoryUpdates updates, Optional<Long> story) {
        client.keepAlive();
        StoryUpdates.Subscription subscription = updates.subscribe(update -> {
            if (story.isEmpty() || story.get() == update.story()) {
                if (client.terminated()) {
                    throw new IllegalStateException("client gone");
                }
                client.sendEvent("story", ApiJson.update(update).toString(), Long.toString(update.sequence()));
            }
        });
        client.onClose(subscription::close);
        client.sendComment("connected; updates from sequence " + updates.sequence());
    }
}
