package org.newsfuse.render;

import java.util.List;
import org.newsfuse.base.Diagnostic;
import org.newsfuse.ingest.ExtractedPage;

/**
 * What was read out of some saved web pages, ready to render.
 *
 * @param pages       every page looked at, in input order, with its article when one was found
 * @param diagnostics one per page that could not be used, and per input that does not exist
 */
public record ExtractionReport(List<ExtractedPage> pages, List<Diagnostic> diagnostics) {

    public ExtractionReport {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
    }

    /** How many pages yielded an article. */
    public int extracted() {
        return (int) pages.stream().filter(p -> p.page().isPresent()).count();
    }
}
