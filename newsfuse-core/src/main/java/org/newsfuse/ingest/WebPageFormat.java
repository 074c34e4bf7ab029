package org.newsfuse.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Saved web pages ({@code .html}, {@code .htm}): the article is extracted from the page ({@link WebPageReader}, which also unpacks gzip). */
final class WebPageFormat implements InputFormat {

    private final WebPageReader pages;

    WebPageFormat(WebPageReader pages) {
        this.pages = pages;
    }

    @Override
    public List<String> extensions() {
        return List.of(".html", ".htm");
    }

    @Override
    public boolean reads(String name, boolean named) {
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public void read(Path file, String shown, boolean gzip, ReadState state) {
        state.tally.read();
        Optional<SourceDocument> page = pages.read(file, shown, state.diagnostics);
        if (page.isEmpty()) {
            state.tally.reject();
            return;
        }
        SourceDocument document = page.get();
        Optional<String> language = LanguageCheck.unsupportedLanguage(document.text());
        if (language.isPresent()) {
            state.diagnostics.add(org.newsfuse.base.Diagnostic.error(shown, "", language.get(), "skipped"));
            state.tally.reject();
            return;
        }
        state.articles.add(state.outlet(shown, document.id()).map(document::withOutlet).orElse(document));
    }
}
