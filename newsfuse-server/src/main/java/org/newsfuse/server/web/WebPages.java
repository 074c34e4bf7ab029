package org.newsfuse.server.web;

import io.javalin.config.RoutesConfig;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.RouteRegistrar;
import org.newsfuse.server.stories.StoryUpdate;

/**
 * The web pages as the service serves them: the routes over the service's store, and open story pages
 * told of every new version the service stores.
 */
public final class WebPages implements RouteRegistrar {

    @Override
    public void register(RoutesConfig routes, NewsService service) {
        LiveUpdates live = new LiveUpdates();
        service.updates().subscribe(update -> {
            if (update.kind() == StoryUpdate.Kind.VERSION_STORED) {
                live.storyUpdated(Long.toString(update.story()), update.version().orElse(0));
            }
        });
        new WebRoutes(new StoredPages(service.store()), live).register(routes);
    }
}
