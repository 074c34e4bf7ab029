package org.newsfuse.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One saved web page that was read.
 *
 * @param id   the file name without {@code .html}/{@code .htm}/{@code .gz}
 * @param page the article and metadata read from it; empty when it held none (a diagnostic says why)
 */
public record ExtractedPage(String id, Optional<HtmlPage> page) {

    public ExtractedPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
    }
}
