package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * Reads articles from files, directories and standard input.
 *
 * <ul>
 *   <li>a {@code .jsonl} file is a stories corpus: one story per line ({@link StoryJsonlReader});</li>
 *   <li>a {@code .html}, {@code .htm} or {@code .html.gz} file is a saved web page ({@link HtmlArticleExtractor});</li>
 *   <li>any other file is one plain-text article, UTF-8;</li>
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

    public ArticleReader(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads every input. Never throws for bad input: each problem becomes a diagnostic naming the file.
     *
     * @param inputs paths as the user typed them ({@code -} for standard input)
     * @param stdin  opened only if an input is {@code -}
     */
    public IngestResult read(List<String> inputs, Supplier<InputStream> stdin) {
        List<StoryInput> stories = new ArrayList<>();
        List<SourceDocument> plainArticles = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int[] counts = new int[2];
        for (String input : inputs) {
            if (input.equals("-")) {
                counts[0]++;
                try (InputStream in = stdin.get()) {
                    Optional<byte[]> bytes = BoundedRead.readAtMost(in, options.maxArticleBytes());
                    if (bytes.isEmpty()) {
                        diagnostics.add(Diagnostic.error("stdin", "", BoundedRead.tooLarge("one article", options.maxArticleBytes()), "skipped"));
                        counts[1]++;
                        continue;
                    }
                    addPlainArticle("stdin", "stdin", bytes.get(), Map.of(), plainArticles, diagnostics, counts);
                } catch (IOException e) {
                    diagnostics.add(Diagnostic.error("stdin", "", "cannot read: " + e.getMessage(), "skipped"));
                    counts[1]++;
                }
                continue;
            }
            Path path = options.workingDirectory().resolve(input);
            if (!Files.exists(path) && Files.isSymbolicLink(path)) {
                diagnostics.add(Diagnostic.error(input, "", BROKEN_LINK, "skipped"));
                counts[0]++;
                counts[1]++;
            } else if (!Files.exists(path)) {
                diagnostics.add(Diagnostic.error(input, "", "no such file or directory", "skipped"));
                counts[0]++;
                counts[1]++;
            } else if (Files.isDirectory(path)) {
                readDirectory(path, input, stories, plainArticles, diagnostics, counts);
            } else {
                readFile(path, input, sidecarOutlets(path.toAbsolutePath().getParent(), diagnostics),
                        stories, plainArticles, diagnostics, counts);
            }
        }
        reportUnusedOutlets(plainArticles, diagnostics);
        if (!plainArticles.isEmpty()) {
            stories.add(0, StoryInput.of(options.storyId().orElseGet(() -> commonDirectoryName(plainArticles)),
                    uniqueIds(plainArticles)));
        }
        return new IngestResult(stories, diagnostics, counts[0], counts[1]);
    }

    private void readDirectory(Path dir, String shown, List<StoryInput> stories, List<SourceDocument> plain,
                               List<Diagnostic> diagnostics, int[] counts) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> !Files.isDirectory(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(shown, "", "cannot list directory: " + e.getMessage(), "skipped"));
            counts[0]++;
            counts[1]++;
            return;
        }
        Map<String, String> sidecar = sidecarOutlets(dir, diagnostics);
        int before = counts[0];
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals(OUTLET_SIDECAR) || name.startsWith(".")) {
                continue;
            }
            if (!Files.exists(file)) {
                // a dangling link or a link loop: say so rather than pass over it
                diagnostics.add(Diagnostic.error(join(shown, name), "", BROKEN_LINK, "skipped"));
                counts[0]++;
                counts[1]++;
                continue;
            }
            if (!Files.isRegularFile(file)) {
                diagnostics.add(Diagnostic.info(join(shown, name), "", "not a regular file (a device, pipe or socket); ignored"));
                continue;
            }
            if (isArticleFile(name)) {
                readFile(file, join(shown, name), sidecar, stories, plain, diagnostics, counts);
            } else {
                diagnostics.add(Diagnostic.info(join(shown, name), "", "not an article file (.txt, .jsonl, .html, .html.gz); ignored"));
            }
        }
        if (counts[0] == before) {
            diagnostics.add(Diagnostic.error(shown, "", "directory holds no articles (.txt, .jsonl, .html, .html.gz files)", "skipped"));
            counts[0]++;
            counts[1]++;
        }
    }

    private void readFile(Path file, String shown, Map<String, String> sidecar, List<StoryInput> stories,
                          List<SourceDocument> plain, List<Diagnostic> diagnostics, int[] counts) {
        if (isWebPage(file.getFileName().toString())) {
            counts[0]++;
            Optional<SourceDocument> page = webPages.read(file, shown, diagnostics);
            if (page.isEmpty()) {
                counts[1]++;
                return;
            }
            SourceDocument document = page.get();
            Optional<String> language = ScriptCheck.unsupportedLanguage(document.text());
            if (language.isPresent()) {
                diagnostics.add(Diagnostic.error(shown, "", language.get(), "skipped"));
                counts[1]++;
                return;
            }
            Optional<String> userOutlet = Optional.ofNullable(options.outlets().get(shown))
                    .or(() -> Optional.ofNullable(options.outlets().get(document.id())))
                    .or(() -> Optional.ofNullable(sidecar.get(document.id())));
            plain.add(userOutlet.map(document::withOutlet).orElse(document));
            return;
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            try (InputStream in = Files.newInputStream(file)) {
                StoryJsonlReader.Result result = new StoryJsonlReader(options.maxArticleBytes()).read(in, shown);
                stories.addAll(result.stories());
                diagnostics.addAll(result.diagnostics());
                counts[0] += result.linesRead();
                counts[1] += result.linesRejected();
                if (result.linesRead() == 0) {
                    diagnostics.add(Diagnostic.error(shown, "", "empty file: no stories", "skipped"));
                    counts[0]++;
                    counts[1]++;
                }
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(shown, "", "cannot read: " + describe(e), "skipped"));
                counts[0]++;
                counts[1]++;
            }
            return;
        }
        counts[0]++;
        try {
            long size = Files.size(file);
            if (size > options.maxArticleBytes()) {
                diagnostics.add(Diagnostic.error(shown, "", "file is " + size + " bytes, larger than the "
                        + options.maxArticleBytes() + "-byte limit for one article (is it really one article?)", "skipped"));
                counts[1]++;
                return;
            }
            // the size on disk says nothing for devices, pipes and growing files: the limit holds for what is read
            Optional<byte[]> bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = BoundedRead.readAtMost(in, options.maxArticleBytes());
            }
            if (bytes.isEmpty()) {
                diagnostics.add(Diagnostic.error(shown, "", BoundedRead.tooLarge("one article", options.maxArticleBytes()), "skipped"));
                counts[1]++;
                return;
            }
            addPlainArticle(file.getFileName().toString(), shown, bytes.get(), sidecar, plain, diagnostics, counts);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(shown, "", "cannot read: " + describe(e), "skipped"));
            counts[1]++;
        }
    }

    private void addPlainArticle(String id, String shown, byte[] bytes, Map<String, String> sidecar,
                                 List<SourceDocument> plain, List<Diagnostic> diagnostics, int[] counts) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.ok()) {
            diagnostics.add(Diagnostic.error(shown, "", decoded.problem(), "skipped"));
            counts[1]++;
            return;
        }
        if (decoded.text().isBlank()) {
            diagnostics.add(Diagnostic.error(shown, "", "empty file", "skipped"));
            counts[1]++;
            return;
        }
        Optional<String> language = ScriptCheck.unsupportedLanguage(decoded.text());
        if (language.isPresent()) {
            diagnostics.add(Diagnostic.error(shown, "", language.get(), "skipped"));
            counts[1]++;
            return;
        }
        Optional<String> outlet = Optional.ofNullable(options.outlets().get(shown))
                .or(() -> Optional.ofNullable(options.outlets().get(id)))
                .or(() -> Optional.ofNullable(sidecar.get(id)));
        plain.add(new SourceDocument(id, shown, decoded.text(), outlet, Optional.empty(), Optional.empty()));
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

    private static boolean isArticleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".jsonl") || isWebPage(name);
    }

    static boolean isWebPage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".html.gz") || lower.endsWith(".htm.gz");
    }

    private static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
