package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsfuse.base.Diagnostic;

/**
 * Reads articles from files, directories and standard input. The format of a file is chosen by its
 * name, in one place ({@link InputFormats}):
 *
 * <ul>
 *   <li>a {@code .html} or {@code .htm} file is a saved web page ({@link HtmlArticleExtractor});</li>
 *   <li>a {@code .jsonl} file is a stories corpus, one story per line, or an articles file, one article
 *       per line ({@link StoryJsonlReader});</li>
 *   <li>any other file is one plain-text article, UTF-8;</li>
 *   <li>any of them may be gzip-compressed ({@code NAME.gz});</li>
 *   <li>a directory contributes its {@code .txt}, {@code .jsonl} and web-page files (not recursively), in name order;</li>
 *   <li>{@code -} is one plain-text article read from standard input.</li>
 * </ul>
 *
 * All plain-text articles of one call form one story. Outlets come from {@link Options#outlets()}
 * (keyed by file name or path) or from an {@code outlets.txt} sidecar in the article's directory, with
 * lines {@code FILE = OUTLET}; newsfuse never guesses an outlet the text does not state.
 */
public final class ArticleReader {

    /** The sidecar file naming each article's outlet. */
    public static final String OUTLET_SIDECAR = "outlets.txt";

    private static final String BROKEN_LINK = "broken symbolic link (its target is missing, or it points back at itself)";

    /**
     * How to read.
     *
     * @param outlets       outlet by file name or path, as the user gave them
     * @param maxArticleBytes the largest plain-text article accepted; larger files are reported, not read
     * @param storyId       the id of the story the plain-text articles form; empty: the name of their
     *                      directory when they all come from one, else {@code "story"}
     * @param workingDirectory what relative input paths are relative to (messages keep them as typed)
     */
    public record Options(Map<String, String> outlets, long maxArticleBytes, Optional<String> storyId, Path workingDirectory) {
        public Options {
            outlets = Map.copyOf(outlets);
            if (maxArticleBytes <= 0) {
                throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
            }
            Objects.requireNonNull(storyId, "storyId");
            Objects.requireNonNull(workingDirectory, "workingDirectory");
        }

        public static Options defaults() {
            return new Options(Map.of(), 10L * 1024 * 1024, Optional.empty(), Path.of(""));
        }

        public Options withOutlets(Map<String, String> newOutlets) {
            return new Options(newOutlets, maxArticleBytes, storyId, workingDirectory);
        }

        public Options withMaxArticleBytes(long bytes) {
            return new Options(outlets, bytes, storyId, workingDirectory);
        }

        public Options withStoryId(String id) {
            return new Options(outlets, maxArticleBytes, Optional.of(id), workingDirectory);
        }

        public Options withWorkingDirectory(Path directory) {
            return new Options(outlets, maxArticleBytes, storyId, directory);
        }
    }

    private final Options options;
    private final WebPageReader webPages = new WebPageReader(new HtmlArticleExtractor());
    private final InputFormats formats;

    public ArticleReader(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.formats = InputFormats.of(webPages, new StoryJsonlReader(options.maxArticleBytes()), options);
    }

    /**
     * Reads every input. Never throws for bad input: each problem becomes a diagnostic naming the file.
     *
     * @param inputs paths as the user typed them ({@code -} for standard input)
     * @param stdin  opened only if an input is {@code -}
     */
    public IngestResult read(List<String> inputs, Supplier<InputStream> stdin) {
        ReadState state = new ReadState(options.outlets());
        for (String input : inputs) {
            if (input.equals("-")) {
                state.tally.read();
                try (InputStream in = stdin.get()) {
                    state.useSidecar(Map.of());
                    Optional<byte[]> bytes = BoundedRead.readAtMost(in, options.maxArticleBytes());
                    if (bytes.isEmpty()) {
                        state.diagnostics.add(Diagnostic.error("stdin", "", BoundedRead.tooLarge("one article", options.maxArticleBytes()), "skipped"));
                        state.tally.reject();
                        continue;
                    }
                    PlainTextFormat.add("stdin", "stdin", bytes.get(), state);
                } catch (IOException e) {
                    state.diagnostics.add(Diagnostic.error("stdin", "", "cannot read: " + e.getMessage(), "skipped"));
                    state.tally.reject();
                }
                continue;
            }
            Path path = options.workingDirectory().resolve(input);
            if (!Files.exists(path) && Files.isSymbolicLink(path)) {
                state.skip(input, BROKEN_LINK);
            } else if (!Files.exists(path)) {
                state.skip(input, "no such file or directory");
            } else if (Files.isDirectory(path)) {
                readDirectory(path, input, state);
            } else {
                state.useSidecar(sidecarOutlets(path.toAbsolutePath().getParent(), state.diagnostics));
                readFile(path, input, true, state);
            }
        }
        reportUnusedOutlets(state.articles, state.diagnostics);
        List<StoryInput> stories = new ArrayList<>(state.stories);
        if (!state.articles.isEmpty()) {
            stories.add(0, StoryInput.of(options.storyId().orElseGet(() -> commonDirectoryName(state.articles)),
                    uniqueIds(state.articles)));
        }
        return new IngestResult(stories, state.diagnostics, state.tally.records(), state.tally.rejected());
    }

    private void readDirectory(Path dir, String shown, ReadState state) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> !Files.isDirectory(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            state.skip(shown, "cannot list directory: " + e.getMessage());
            return;
        }
        state.useSidecar(sidecarOutlets(dir, state.diagnostics));
        int before = state.tally.records();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals(OUTLET_SIDECAR) || name.startsWith(".")) {
                continue;
            }
            if (!Files.exists(file)) {
                // a dangling link or a link loop: say so rather than pass over it
                state.skip(join(shown, name), BROKEN_LINK);
                continue;
            }
            if (!Files.isRegularFile(file)) {
                state.diagnostics.add(Diagnostic.info(join(shown, name), "", "not a regular file (a device, pipe or socket); ignored"));
                continue;
            }
            if (formats.find(name, false).isPresent()) {
                readFile(file, join(shown, name), false, state);
            } else {
                state.diagnostics.add(Diagnostic.info(join(shown, name), "", "not an article file (" + formats.describe() + "); ignored"));
            }
        }
        if (state.tally.records() == before) {
            state.skip(shown, "directory holds no articles (" + formats.describe() + " files)");
        }
    }

    /** Reads one file with the format its name calls for. */
    private void readFile(Path file, String shown, boolean named, ReadState state) {
        String name = file.getFileName().toString();
        formats.find(name, named).orElseThrow().read(file, shown, InputFormats.isGzip(name), state);
    }

    // An outlet named for a file that is not among the inputs (a typo, a wrong path) would otherwise
    // go unnoticed while the article it was meant for stays "outlet unknown".
    private void reportUnusedOutlets(List<SourceDocument> plain, List<Diagnostic> diagnostics) {
        for (String named : options.outlets().keySet()) {
            boolean used = plain.stream().anyMatch(d -> d.origin().equals(named) || d.id().equals(named));
            if (!used) {
                diagnostics.add(Diagnostic.warning(named, "", "an outlet is named for this file, but it is not among the "
                        + "articles read", "outlet ignored"));
            }
        }
    }

    private Map<String, String> sidecarOutlets(Path dir, List<Diagnostic> diagnostics) {
        if (dir == null) {
            return Map.of();
        }
        Path sidecar = dir.resolve(OUTLET_SIDECAR);
        if (!Files.isRegularFile(sidecar)) {
            return Map.of();
        }
        Map<String, String> outlets = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(sidecar);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0 || eq == line.length() - 1) {
                    diagnostics.add(Diagnostic.warning(sidecar.toString(), "line " + (i + 1),
                            "expected FILE = OUTLET", "line ignored"));
                    continue;
                }
                outlets.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.warning(sidecar.toString(), "", "cannot read outlet sidecar: " + e.getMessage(), "ignored"));
        }
        return outlets;
    }

    // Two inputs named alike (a/x.txt, b/x.txt) must stay distinguishable in citations.
    private static List<SourceDocument> uniqueIds(List<SourceDocument> documents) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<SourceDocument> unique = new ArrayList<>(documents.size());
        for (SourceDocument doc : documents) {
            int n = seen.merge(doc.id(), 1, Integer::sum);
            unique.add(n == 1 ? doc : new SourceDocument(doc.id() + "#" + n, doc.origin(), doc.text(), doc.outlet(), doc.title(), doc.date()));
        }
        return unique;
    }

    private static String commonDirectoryName(List<SourceDocument> documents) {
        java.util.Set<String> parents = new java.util.HashSet<>();
        for (SourceDocument d : documents) {
            Path parent = Path.of(d.origin()).getParent();
            parents.add(parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString());
        }
        String only = parents.size() == 1 ? parents.iterator().next() : "";
        return only.isEmpty() || only.equals("..") || only.equals(".") ? "story" : only;
    }

    static boolean isWebPage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".html.gz") || lower.endsWith(".htm.gz");
    }

    private static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
