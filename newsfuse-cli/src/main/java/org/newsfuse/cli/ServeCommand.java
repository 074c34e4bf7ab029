package org.newsfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsfuse.server.Serve;
import org.newsfuse.server.ServiceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse serve}: the news service (docs/SERVICE.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the news service: articles in over HTTP, stories kept current in a SQLite file, a JSON API (docs/SERVICE.md).",
                "Stops cleanly on SIGTERM or Ctrl-C: queued articles are stored first."})
public final class ServeCommand extends CommandBase {


    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db", description = "The database file (default: ${DEFAULT-VALUE}).")
    Path database;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--demo", description = "Load the bundled example stories into a temporary database (--db is ignored).")
    boolean demo;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token that writes need (default: $NEWSFUSE_TOKEN, else one is generated and printed).")
    String token;

    @Option(names = "--read-token", paramLabel = "TOKEN", description = "Bearer token that reads need (default: reads are open).")
    String readToken;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152", description = "Largest request body (default: ${DEFAULT-VALUE}); larger gets 413.")
    long maxBody;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "4096", description = "Articles that may wait to be stored (default: ${DEFAULT-VALUE}); beyond, 503 with Retry-After.")
    int queue;

    @Option(names = "--feeds", paramLabel = "FILE", description = "Follow the RSS/Atom feeds listed in FILE: OPML, or one URL a line (docs/SERVICE.md).")
    Path feeds;


    ServeCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() throws Exception {
        var err = err();
        String writeToken = token != null ? token : System.getenv("NEWSFUSE_TOKEN");
        ServiceConfig config;
        try {
            Path db = demo ? Files.createTempDirectory("newsfuse-demo-db").resolve("demo.db") : environment.workingDirectory().resolve(database);
            config = ServiceConfig.defaults().withDatabase(db).withBind(bind).withPort(port).withWriteToken(writeToken)
                    .withReadToken(readToken).withMaxBodyBytes(maxBody).withQueueCapacity(queue);
        } catch (IllegalArgumentException e) {
            err.println("newsfuse: " + e.getMessage());
            return ExitCode.USAGE;
        }
        java.util.Optional<Path> feedList = java.util.Optional.ofNullable(feeds).map(f -> environment.workingDirectory().resolve(f));
        if (feedList.isPresent() && !Files.isReadable(feedList.get())) {
            err.println("newsfuse: cannot read the feed list " + feeds);
            return ExitCode.NO_INPUT;
        }
        try {
            Serve.runUntilStopped(config, demo, feedList, out());
        } catch (org.newsfuse.server.store.StoreException e) {
            err.println("newsfuse: " + e.getMessage());
            return ExitCode.CANT_CREATE;
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("Failed to bind")) {
                err.println("newsfuse: cannot listen on " + bind + ":" + port + " (in use?)");
                return ExitCode.CANT_CREATE;
            }
            throw e;
        }
        return ExitCode.OK;
    }
}
