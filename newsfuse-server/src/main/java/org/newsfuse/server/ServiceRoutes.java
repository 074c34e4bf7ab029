package org.newsfuse.server;

import java.util.List;
import org.newsfuse.server.api.ArticleRoutes;
import org.newsfuse.server.api.StoryRoutes;
import org.newsfuse.server.api.SystemRoutes;

/**
 * Every package's routes, in one list that {@code newsfuse serve} and the tests start the server with.
 * A package that serves pages or endpoints adds its registrar here (one line).
 */
public final class ServiceRoutes {

    private ServiceRoutes() {
    }

    public static List<RouteRegistrar> standard() {
        return List.of(
                new SystemRoutes(),
                new ArticleRoutes(),
                new StoryRoutes());
    }
}
