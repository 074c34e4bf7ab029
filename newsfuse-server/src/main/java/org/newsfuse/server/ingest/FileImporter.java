package org.newsfuse.server.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsfuse.NewsFuse;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ReadOptions;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/**
 * Bulk loading ({@code newsfuse import}): files, folders, stories or articles JSONL and saved web
 * pages, read exactly as the other commands read them, then stored through the {@link Ingestor} like
 * any posted article (so they are grouped into stories by the service, whatever story a file put
 * them in).
 */
public final class FileImporter {

    private static final int CHUNK = 256;

    private final NewsFuse newsfuse;
    private final Ingestor ingestor;

    public FileImporter(NewsFuse newsfuse, Ingestor ingestor) {
        this.newsfuse = newsfuse;
        this.ingestor = ingestor;
    }

    /** What an import did. Accounting holds: read = stored + duplicates + rejected. */
    public record Report(int read, int stored, int duplicates, List<Diagnostic> diagnostics) {
        public Report {
            diagnostics = List.copyOf(diagnostics);
        }

        public int rejected() {
            return read - stored - duplicates;
        }
    }

    public Report importPaths(List<String> paths, Path workingDirectory, Supplier<InputStream> stdin) {
        IngestResult input = newsfuse.read(paths, ReadOptions.defaults().withWorkingDirectory(workingDirectory), stdin);
        List<Diagnostic> diagnostics = new ArrayList<>(input.diagnostics());
        List<SourceDocument> documents = new ArrayList<>();
        for (StoryInput story : input.stories()) {
            documents.addAll(story.documents());
        }
        int stored = 0;
        int duplicates = 0;
        for (int from = 0; from < documents.size(); from += CHUNK) {
            List<SourceDocument> chunk = documents.subList(from, Math.min(documents.size(), from + CHUNK));
            List<ArticleSubmission> submissions = chunk.stream().map(FileImporter::submission).toList();
            List<IngestOutcome> outcomes = ingestor.ingestEach(submissions, true);
            for (int i = 0; i < outcomes.size(); i++) {
                IngestOutcome o = outcomes.get(i);
                if (o.receipt().isPresent()) {
                    if (o.receipt().get().duplicate()) {
                        duplicates++;
                    } else {
                        stored++;
                    }
                } else {
                    diagnostics.add(Diagnostic.error(chunk.get(i).origin(), "", o.rejected().orElseThrow().getMessage(), "skipped"));
                }
            }
        }
        return new Report(documents.size(), stored, duplicates, diagnostics);
    }

    private static ArticleSubmission submission(SourceDocument d) {
        return new ArticleSubmission(java.util.Optional.of(d.text()), java.util.Optional.empty(), java.util.Optional.empty(), d.outlet(),
                d.title(), d.date(), List.of(), d.origin());
    }
}
