package org.newsfuse.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.ExtractOptions;
import org.newsfuse.NewsFuse;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.render.ExtractionRenderer;
import org.newsfuse.render.ExtractionReport;
import org.newsfuse.render.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse extract}: the article text and metadata of saved web pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read the article out of saved news pages (.html, .htm, .html.gz): text, title, authors, date, outlet, URL, language.")
public final class ExtractCommand extends CommandBase {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages or directories of pages.")
    List<String> inputs = new ArrayList<>();

    /** Its own {@code --format}: besides the formats every writer takes, the extraction benchmark's peer format. */
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown, json, html, or benchmark ({\"output\": {ID: {\"articleBody\": ...}}}, as the extraction benchmark's peers).")
    String format;

    ExtractCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    int run() {
        var out = out();
        var err = err();
        boolean benchmark = format.equals("benchmark");
        if (!benchmark && Format.find(format).isEmpty()) {
            err.println("newsfuse: unknown format '" + format + "'; known: " + Format.labels(Format.values()) + ", benchmark");
            return ExitCode.USAGE;
        }
        ExtractionReport report = NewsFuse.load().extract(inputs, ExtractOptions.defaults().withWorkingDirectory(environment.workingDirectory()));
        Diagnostics.print(report.diagnostics(), err);
        out.print(benchmark ? ExtractionRenderer.benchmark(report) : new ExtractionRenderer(Format.require(format)).render(report));
        out.flush();
        if (report.extracted() == 0) {
            err.println("newsfuse: no usable input");
            return ExitCode.NO_INPUT;
        }
        return report.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
