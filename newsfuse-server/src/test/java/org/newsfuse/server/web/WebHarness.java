package org.newsfuse.server.web;

import io.javalin.Javalin;

/** The pages' routes in a Javalin server on 127.0.0.1, on a free port, over {@link ExampleStories}. */
final class WebHarness implements AutoCloseable {

    final ExampleStories stories;
    final LiveUpdates live = new LiveUpdates();
    private final Javalin app;

    WebHarness(ExampleStories stories) {
        this.stories = stories;
        WebRoutes routes = new WebRoutes(stories, live);
        this.app = Javalin.create(config -> routes.register(config.routes)).start("127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Serves the example until killed, for looking at the pages by hand. */
    public static void main(String[] args) throws InterruptedException {
        try (WebHarness harness = new WebHarness(ExampleStories.withHarborBridge())) {
            System.out.println(harness.url("/"));
            Thread.currentThread().join();
        }
    }
}
