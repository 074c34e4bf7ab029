package org.newsfuse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.ServiceConfig;
import org.newsfuse.server.ingest.FileImporter;
import org.newsfuse.server.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse import}: bulk-load articles into a service database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store articles in a service database (as 'newsfuse serve' would take them) and group them into stories.",
                "Input: article files, folders, stories or articles JSONL, saved web pages, or -. Stop the server on that database first."})
public final class ImportCommand extends CommandBase {


    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, or -.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db", description = "The database file (default: ${DEFAULT-VALUE}).")
    Path database;


    ImportCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        var out = out();
        var err = err();
        NewsService service;
        try {
            service = NewsService.start(ServiceConfig.defaults().withDatabase(environment.workingDirectory().resolve(database)));
        } catch (StoreException e) {
            err.println("newsfuse: " + e.getMessage());
            return ExitCode.CANT_CREATE;
        }
        FileImporter.Report report;
        try (service) {
            report = new FileImporter(service.newsfuse(), service.ingestor()).importPaths(inputs, environment.workingDirectory(), environment::stdin);
            // the stories are recomputed before the command ends, so a server started next finds them current
            service.refresher().drain(Long.MAX_VALUE / 2);
        }
        Diagnostics.print(report.diagnostics(), err);
        out.printf("%d articles read: %d stored, %d already stored, %d rejected (%s)%n", report.read(), report.stored(), report.duplicates(),
                report.rejected(), database);
        if (report.read() == 0) {
            return ExitCode.NO_INPUT;
        }
        return report.diagnostics().stream().anyMatch(d -> d.severity().name().equals("ERROR")) ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
