package org.newsfuse.server;

import io.javalin.config.RoutesConfig;

/**
 * Adds a package's routes to the server (the JSON API, the web pages, feeds), explicitly: no static
 * route builder. Write routes are any non-GET/HEAD route; {@link NewsServer} checks the tokens for
 * every route before it runs, so a registrar does not repeat it.
 */
@FunctionalInterface
public interface RouteRegistrar {

    void register(RoutesConfig routes, NewsService service);
}
