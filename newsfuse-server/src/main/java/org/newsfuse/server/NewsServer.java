package org.newsfuse.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.Timer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The HTTP face of a {@link NewsService}: a Javalin 7 (Jetty 12) server with the access check, the
 * problem mapper and request metrics installed once, and the routes of every registrar added
 * explicitly.
 *
 * <pre>{@code
 * NewsService service = NewsService.start(config);
 * NewsServer server = NewsServer.builder(service).routes(ServiceRoutes.standard()).start();
 * }</pre>
 */
public final class NewsServer implements AutoCloseable {

    private final Javalin app;
    private final NewsService service;
    private final String writeToken;

    private NewsServer(Javalin app, NewsService service, String writeToken) {
        this.app = app;
        this.service = service;
        this.writeToken = writeToken;
    }

    public static Builder builder(NewsService service) {
        return new Builder(service);
    }

    /** The port it listens on (the chosen one when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** The write token in force: the configured one, or the one generated at start when none was. */
    public String writeToken() {
        return writeToken;
    }

    public NewsService service() {
        return service;
    }

    /** Stops taking requests (requests in flight finish). The service is the caller's to close. */
    @Override
    public void close() {
        app.stop();
    }

    /** Collects registrars and configuration; {@link #start()} builds and starts the server. */
    public static final class Builder {
        private final NewsService service;
        private final List<RouteRegistrar> registrars = new ArrayList<>();
        private final List<Consumer<JavalinConfig>> configurers = new ArrayList<>();

        private Builder(NewsService service) {
            this.service = Objects.requireNonNull(service, "service");
        }

        public Builder routes(RouteRegistrar registrar) {
            registrars.add(Objects.requireNonNull(registrar, "registrar"));
            return this;
        }

        public Builder routes(List<RouteRegistrar> more) {
            more.forEach(this::routes);
            return this;
        }

        /** For plugins and settings a package needs (a template renderer, static files). */
        public Builder configure(Consumer<JavalinConfig> configurer) {
            configurers.add(Objects.requireNonNull(configurer, "configurer"));
            return this;
        }

        public NewsServer start() {
            ServiceConfig config = service.config();
            String writeToken = config.writeToken().orElseGet(Builder::randomToken);
            AccessControl access = new AccessControl(writeToken, config.readToken());
            ProblemMapper problems = new ProblemMapper(service.metrics());
            Javalin app = Javalin.create(javalin -> {
                javalin.startup.showJavalinBanner = false;
                javalin.startup.showOldJavalinVersionWarning = false;
                javalin.http.maxRequestSize = config.maxBatchBytes();
                javalin.jetty.host = config.bind();
                javalin.jetty.port = config.port();
                javalin.routes.before(ctx -> {
                    ctx.attribute("newsfuse.start", System.nanoTime());
                    access.check(ctx);
                });
                javalin.routes.after(ctx -> {
                    Long start = ctx.attribute("newsfuse.start");
                    if (start != null) {
                        String route = ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
                        Timer.builder("newsfuse_http_requests").tag("method", ctx.method().name()).tag("route", route)
                                .tag("status", Integer.toString(ctx.statusCode())).publishPercentileHistogram(false)
                                .register(service.metrics()).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                    }
                });
                problems.install(javalin.routes);
                for (RouteRegistrar registrar : registrars) {
                    registrar.register(javalin.routes, service);
                }
                configurers.forEach(c -> c.accept(javalin));
            });
            app.start();
            return new NewsServer(app, service, writeToken);
        }

        private static String randomToken() {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }
}
