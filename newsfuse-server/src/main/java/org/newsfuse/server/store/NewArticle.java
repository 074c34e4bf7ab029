package org.newsfuse.server.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article ready to be stored: read, extracted and cleaned, not yet placed in a story.
 *
 * @param dedupeKey  identifies a resubmission of the same article (its URL, else a hash of its content)
 * @param url        where it was published, when given
 * @param outlet     the outlet, as given or as the text states it
 * @param title      the headline
 * @param date       the publication date
 * @param authors    the bylined authors
 * @param format     {@code text} or {@code html}: what was posted
 * @param text       the article text every span points into (for a web page, the extracted text)
 * @param html       the web page as posted, for {@code html}
 * @param removed    the spans of {@code text} cleaned away as not article text
 * @param receivedAt when the service received it
 */
public record NewArticle(String dedupeKey, Optional<String> url, Optional<String> outlet, Optional<String> title,
                         Optional<LocalDate> date, List<String> authors, String format, String text, Optional<String> html,
                         List<RemovedSpan> removed, Instant receivedAt) {

    public NewArticle {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }
}
