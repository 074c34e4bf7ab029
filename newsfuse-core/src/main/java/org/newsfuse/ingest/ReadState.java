package org.newsfuse.ingest;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfuse.base.Diagnostic;

/**
 * What one {@link ArticleReader#read} call has gathered so far: stories, plain articles (which form one
 * story together), diagnostics and the tally, plus the outlets the user and the sidecar file name.
 */
final class ReadState {

    final List<StoryInput> stories = new ArrayList<>();
    final List<SourceDocument> articles = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Tally tally = new Tally();
    private final Map<String, String> userOutlets;
    private Map<String, String> sidecar = Map.of();

    ReadState(Map<String, String> userOutlets) {
        this.userOutlets = userOutlets;
    }

    /** The outlets named in the {@code outlets.txt} beside the files read next. */
    void useSidecar(Map<String, String> outlets) {
        sidecar = outlets;
    }

    /** The outlet the user gave for an article, by the path shown or its id, else the sidecar's. */
    Optional<String> outlet(String shown, String id) {
        return Optional.ofNullable(userOutlets.get(shown)).or(() -> Optional.ofNullable(userOutlets.get(id)))
                .or(() -> Optional.ofNullable(sidecar.get(id)));
    }

    /** Records an unusable record: one more read and rejected, with its diagnostic. */
    void skip(String shown, String message) {
        diagnostics.add(Diagnostic.error(shown, "", message, "skipped"));
        tally.skip();
    }

    /** An I/O failure in words: "no such file", or the exception's message. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
