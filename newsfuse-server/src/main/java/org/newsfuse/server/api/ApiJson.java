package org.newsfuse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.newsfuse.server.store.ArticleSummary;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.Page;
import org.newsfuse.server.store.RemovedSpan;
import org.newsfuse.server.store.SearchHit;
import org.newsfuse.server.store.StoredArticle;
import org.newsfuse.server.store.StorySummary;
import org.newsfuse.server.stories.StoryUpdate;

/**
 * The API's JSON shapes, in one place (field names in snake_case, as in the CLI's JSON). Article text
 * is untrusted: it only ever goes out as JSON string values, which Jackson escapes.
 */
final class ApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(body.toString());
    }

    static ObjectNode story(StorySummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        putOptional(o, "title", s.title());
        strings(o.putArray("outlets"), s.outlets());
        o.put("article_count", s.articleCount());
        putOptional(o, "first_seen", s.firstSeen().map(Object::toString));
        putOptional(o, "last_seen", s.lastSeen().map(Object::toString));
        o.put("updated_at", s.updatedAt().toString());
        o.put("version", s.version());
        o.put("stale", s.stale());
        putOptional(o, "lead", s.lead());
        o.put("url", "/api/stories/" + s.id());
        return o;
    }

    static ObjectNode article(ArticleSummary a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("story", a.story());
        putOptional(o, "copy_of", a.copyOf());
        putOptional(o, "url", a.url());
        putOptional(o, "outlet", a.outlet());
        putOptional(o, "title", a.title());
        putOptional(o, "date", a.date().map(Object::toString));
        strings(o.putArray("authors"), a.authors());
        o.put("received_at", a.receivedAt().toString());
        return o;
    }

    static ObjectNode article(StoredArticle a) {
        ObjectNode o = article(new ArticleSummary(a.id(), a.story(), a.copyOf(), a.url(), a.outlet(), a.title(), a.date(), a.authors(),
                a.receivedAt()));
        o.put("format", a.format());
        o.put("text", a.text());
        ArrayNode removed = o.putArray("removed");
        for (RemovedSpan r : a.removed()) {
            ObjectNode span = removed.addObject();
            span.put("start", r.start());
            span.put("end", r.end());
            span.put("reason", r.reason());
            span.put("detail", r.detail());
        }
        return o;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("article", h.article());
        o.put("story", h.story());
        putOptional(o, "title", h.title());
        putOptional(o, "outlet", h.outlet());
        o.put("snippet", h.snippet());
        o.put("rank", h.rank());
        return o;
    }

    static ObjectNode version(NewsStore.VersionInfo v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("version", v.version());
        o.put("created_at", v.createdAt().toString());
        o.put("article_count", v.articleCount());
        return o;
    }

    static ObjectNode update(StoryUpdate u) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("sequence", u.sequence());
        o.put("story", u.story());
        o.put("kind", u.kind() == StoryUpdate.Kind.ARTICLE_ADDED ? "article_added" : "version_stored");
        putOptional(o, "article", u.article());
        putOptional(o, "version", u.version());
        return o;
    }

    /** {@code {"<name>": [...], "total", "offset", "limit", "has_more"}}. */
    static <T> ObjectNode page(String name, Page<T> page, java.util.function.Function<T, ObjectNode> item) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode items = o.putArray(name);
        page.items().forEach(t -> items.add(item.apply(t)));
        o.put("total", page.total());
        o.put("offset", page.offset());
        o.put("limit", page.limit());
        o.put("has_more", page.hasMore());
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putOptional(ObjectNode o, String field, Optional<?> value) {
        if (value.isEmpty()) {
            o.putNull(field);
        } else if (value.get() instanceof Long l) {
            o.put(field, l);
        } else if (value.get() instanceof Integer i) {
            o.put(field, i);
        } else {
            o.put(field, value.get().toString());
        }
    }
}
