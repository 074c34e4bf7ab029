package org.newsfuse.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.RouteRegistrar;
import org.newsfuse.server.store.NewsStore;

/** {@code /healthz}, {@code /metrics} (Prometheus text) and {@code /api/openapi.json}. */
public final class SystemRoutes implements RouteRegistrar {

    private static final String OPENAPI = "/org/newsfuse/server/api/openapi.json";

    @Override
    public void register(RoutesConfig routes, NewsService service) {
        byte[] openapi = resource(OPENAPI);
        routes.get("/healthz", ctx -> {
            NewsStore.StoreStats stats = service.store().stats();
            ObjectNode o = ApiJson.MAPPER.createObjectNode();
            o.put("status", "ok");
            o.put("articles", stats.articles());
            o.put("stories", stats.stories());
            o.put("stale_stories", stats.staleStories());
            o.put("ingest_queue", service.ingestor().queued());
            o.put("refresh_pending", service.refresher().pending());
            o.put("replayed_at_start", service.replayed());
            o.put("replay_mismatches", service.replayMismatches());
            o.put("database_bytes", stats.bytes());
            ApiJson.send(ctx, 200, o);
        });
        routes.get("/metrics", ctx -> {
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
            ctx.result(service.metrics().scrape());
        });
        routes.get("/api/openapi.json", ctx -> {
            ctx.contentType("application/json");
            ctx.result(openapi);
        });
    }

    private static byte[] resource(String name) {
        try (InputStream in = SystemRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
