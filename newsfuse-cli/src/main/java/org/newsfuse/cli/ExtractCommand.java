package org.newsfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.HtmlArticleExtractor;
import org.newsfuse.ingest.HtmlPage;
import org.newsfuse.ingest.WebPageReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse extract}: the article text and metadata of saved web pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read the article out of saved news pages (.html, .htm, .html.gz): text, title, authors, date, outlet, URL, language.")
public final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages or directories of pages.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, or benchmark ({\"output\": {ID: {\"articleBody\": ...}}}, as the extraction benchmark's peers).")
    String format;

    private final Main.Environment environment;

    ExtractCommand(Main.Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "benchmark").contains(format)) {
            err.println("newsfuse: unknown format '" + format + "'; known: text, json, benchmark");
            return ExitCode.USAGE;
        }
        List<Path> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String input : inputs) {
            Path path = environment.workingDirectory().resolve(input);
            if (Files.isDirectory(path)) {
                int before = files.size();
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?$")).sorted().forEach(files::add);
                }
                if (files.size() == before) {
                    diagnostics.add(Diagnostic.error(input, "", "directory holds no web pages (.html, .htm, .html.gz files)", "skipped"));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                diagnostics.add(Diagnostic.error(input, "", "no such file or directory", "skipped"));
            }
        }
        WebPageReader reader = new WebPageReader(new HtmlArticleExtractor());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode benchmark = root.putObject("output");
        ArrayNode pages = mapper.createArrayNode();
        StringBuilder text = new StringBuilder();
        int extracted = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.replaceFirst("(?i)\\.html?(\\.gz)?$", "");
            Optional<HtmlPage> page = reader.readPage(file, name, diagnostics, 1);
            if (format.equals("benchmark")) {
                benchmark.putObject(id).put("articleBody", page.map(HtmlPage::text).orElse(""));
            }
            if (page.isEmpty()) {
                continue;
            }
            extracted++;
            HtmlPage p = page.get();
            ObjectNode node = pages.addObject();
            node.put("id", id);
            node.put("title", p.title().orElse(null));
            ArrayNode authors = node.putArray("authors");
            p.authors().forEach(authors::add);
            node.put("published", p.published().orElse(null));
            node.put("outlet", p.siteName().orElse(null));
            node.put("url", p.canonicalUrl().orElse(null));
            node.put("language", p.language().orElse(null));
            node.put("method", p.method());
            node.put("text", p.text());
            text.append("# ").append(p.title().orElse(id)).append('\n');
            p.siteName().ifPresent(s -> text.append("outlet: ").append(s).append('\n'));
            if (!p.authors().isEmpty()) {
                text.append("by: ").append(String.join(", ", p.authors())).append('\n');
            }
            p.published().ifPresent(s -> text.append("published: ").append(s).append('\n'));
            p.canonicalUrl().ifPresent(s -> text.append("url: ").append(s).append('\n'));
            text.append('\n').append(p.text()).append("\n\n");
        }
        Diagnostics.print(diagnostics, err);
        switch (format) {
            case "benchmark" -> out.println(mapper.writeValueAsString(root));
            case "json" -> out.println(mapper.writeValueAsString(pages));
            default -> out.print(text);
        }
        out.flush();
        if (extracted == 0) {
            err.println("newsfuse: no usable input");
            return ExitCode.NO_INPUT;
        }
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR) ? ExitCode.DATA_ERROR : ExitCode.OK;
    }
}
