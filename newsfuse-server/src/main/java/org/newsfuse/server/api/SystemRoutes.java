package org.newsfuse.server.api;

import io.javalin.config.RoutesConfig;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.RouteRegistrar;

/** Placeholder while the routes are written. */
public final class SystemRoutes implements RouteRegistrar {

    @Override
    public void register(RoutesConfig routes, NewsService service) {
    }
}
