package org.newsfuse.server.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.Problem;
import org.newsfuse.server.ProblemException;
import org.newsfuse.server.RouteRegistrar;
import org.newsfuse.server.web.FeedsPage;
import org.newsfuse.server.web.PageRenderer;
import org.newsfuse.server.web.WebRoutes;

/**
 * The feeds API: {@code GET /api/feeds} (every feed with its state), {@code GET /api/feeds/{id}} (one
 * feed, with the items whose page could not be read and why), {@code POST /api/feeds} (follow one
 * feed, {@code {"url": ..., "outlet": ...}}, or an array of them; write token) and {@code DELETE
 * /api/feeds/{id}} (stop following; write token). Field names in snake_case, as the rest of the API.
 */
public final class FeedRoutes implements RouteRegistrar {

    private static final long MAX_BODY_BYTES = 256 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FeedFollower follower;
    private final PageRenderer renderer = new PageRenderer();

    public FeedRoutes(FeedFollower follower) {
        this.follower = follower;
    }

    @Override
    public void register(RoutesConfig routes, NewsService service) {
        routes.get("/feeds", ctx -> WebRoutes.html(ctx, renderer.feeds(page())));
        routes.get("/api/feeds", ctx -> {
            ObjectNode body = MAPPER.createObjectNode();
            ArrayNode feeds = body.putArray("feeds");
            follower.feeds().forEach(f -> feeds.add(state(f)));
            send(ctx, 200, body);
        });
        routes.get("/api/feeds/{id}", ctx -> {
            long id = id(ctx);
            FeedState state = follower.feed(id).orElseThrow(() -> ProblemException.notFound("no feed " + id));
            ObjectNode body = state(state);
            ArrayNode problems = body.putArray("item_problems");
            for (ItemFailure f : follower.failures(id)) {
                ObjectNode p = problems.addObject();
                p.put("item", f.item());
                p.put("title", f.title());
                p.put("reason", f.reason());
                p.put("outcome", f.outcome());
                p.put("at", f.at().toString());
            }
            send(ctx, 200, body);
        });
        routes.post("/api/feeds", this::post);
        routes.delete("/api/feeds/{id}", ctx -> {
            long id = id(ctx);
            if (!follower.unfollow(id)) {
                throw ProblemException.notFound("no feed " + id);
            }
            ctx.status(204);
        });
    }

    /** The feeds page: each feed's state and its latest item problems. */
    private FeedsPage page() {
        List<FeedsPage.Feed> feeds = new ArrayList<>();
        for (FeedState f : follower.feeds()) {
            String status = f.lastStatus().orElse("never fetched");
            List<FeedsPage.Problem> problems = follower.failures(f.id()).stream()
                    .map(p -> FeedsPage.Problem.of(p.item(), p.title(), p.reason(), p.outcome(), p.at())).toList();
            feeds.add(new FeedsPage.Feed(f.title().or(f::outlet).orElse(f.url().toString()), f.url().toString(), f.outlet().orElse(""),
                    status, !status.equals("error"), FeedsPage.Times.of(f.lastFetch(), f.lastErrorAt(), f.nextPoll()),
                    FeedsPage.interval(f.pollInterval()), f.consecutiveErrors(), f.lastError().orElse(""),
                    new FeedsPage.Items(f.itemsInFeed(), f.itemsIngested(), f.itemsFromFeedText(), f.itemsDuplicate(), f.itemsFailed(),
                            f.itemsPending()), problems));
        }
        return new FeedsPage(feeds);
    }

    private void post(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ProblemException(Problem.of(413, "Content too large", "a feeds request body is at most " + MAX_BODY_BYTES + " bytes"));
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Problem p = Problem.of(400, "Bad request", "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            throw new ProblemException(line > 0 ? p.withLine(line) : p);
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest(null, "the request body could not be read");
        }
        if (json == null || !(json.isObject() || json.isArray())) {
            throw ProblemException.badRequest(null, "send {\"url\": \"https://...\", \"outlet\": \"...\"} or an array of them");
        }
        List<FeedSubscription> subscriptions = new ArrayList<>();
        List<JsonNode> entries = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(entries::add);
            if (entries.isEmpty()) {
                throw ProblemException.badRequest(null, "the array is empty");
            }
        } else {
            entries.add(json);
        }
        for (int i = 0; i < entries.size(); i++) {
            String prefix = json.isArray() ? "[" + i + "]." : "";
            JsonNode e = entries.get(i);
            JsonNode url = e.get("url");
            if (url == null || !url.isTextual()) {
                throw ProblemException.badRequest(prefix + "url", "url is required and must be a string");
            }
            JsonNode outlet = e.get("outlet");
            if (outlet != null && !outlet.isNull() && !outlet.isTextual()) {
                throw ProblemException.badRequest(prefix + "outlet", "outlet must be a string");
            }
            try {
                subscriptions.add(FeedSubscription.parse(url.asText(), Optional.ofNullable(outlet).filter(JsonNode::isTextual).map(JsonNode::asText)));
            } catch (IllegalArgumentException ex) {
                throw ProblemException.badRequest(prefix + "url", ex.getMessage());
            }
        }
        boolean anyNew = false;
        ArrayNode added = MAPPER.createArrayNode();
        for (FeedSubscription s : subscriptions) {
            int before = follower.feeds().size();
            added.add(state(follower.follow(s)));
            anyNew |= follower.feeds().size() > before;
        }
        send(ctx, anyNew ? 201 : 200, json.isArray() ? MAPPER.createObjectNode().set("feeds", added) : added.get(0));
    }

    static ObjectNode state(FeedState s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("url", s.url().toString());
        putOptional(o, "outlet", s.outlet());
        putOptional(o, "title", s.title());
        putOptional(o, "last_fetch", s.lastFetch().map(Instant::toString));
        putOptional(o, "last_status", s.lastStatus());
        putOptional(o, "last_error", s.lastError());
        putOptional(o, "last_error_at", s.lastErrorAt().map(Instant::toString));
        putOptional(o, "next_poll", s.nextPoll().map(Instant::toString));
        o.put("poll_interval_seconds", s.pollInterval().toMillis() / 1000.0);
        o.put("consecutive_errors", s.consecutiveErrors());
        o.put("polls", s.polls());
        ObjectNode items = o.putObject("items");
        items.put("in_feed", s.itemsInFeed());
        items.put("ingested", s.itemsIngested());
        items.put("from_feed_text", s.itemsFromFeedText());
        items.put("duplicate", s.itemsDuplicate());
        items.put("failed", s.itemsFailed());
        items.put("pending", s.itemsPending());
        o.put("href", "/api/feeds/" + s.id());
        return o;
    }

    private static void putOptional(ObjectNode o, String name, Optional<String> value) {
        if (value.isPresent()) {
            o.put(name, value.get());
        } else {
            o.putNull(name);
        }
    }

    private static long id(Context ctx) {
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("id", "id must be a positive whole number");
    }

    private static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(body.toString());
    }
}
