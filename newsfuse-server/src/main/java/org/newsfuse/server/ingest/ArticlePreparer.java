package org.newsfuse.server.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsfuse.ArticleResult;
import org.newsfuse.NewsFuse;
import org.newsfuse.clean.Article;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.server.store.NewArticle;
import org.newsfuse.server.store.RemovedSpan;

/**
 * Turns a submission into an article ready to store: a web page is extracted, the text is cleaned
 * (to record what is not article text), and the article gets the key that recognises it when it is
 * sent again. Runs on the caller's thread, so preparing scales with the request threads while storing
 * stays with one writer. Stateless and thread-safe.
 */
public final class ArticlePreparer {

    /** Longest article text taken, in characters; longer texts are not news articles. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private final NewsFuse newsfuse;

    public ArticlePreparer(NewsFuse newsfuse) {
        this.newsfuse = newsfuse;
    }

    public NewArticle prepare(ArticleSubmission submission) {
        String format = submission.html().isPresent() ? "html" : "text";
        // The front door extracts a page and fills in what the page knows (title, outlet, date, authors,
        // canonical URL) exactly as it does for the CLI and the Spark job; the server adds only its
        // limits, its messages and the key that recognises a resend.
        ArticleResult result = newsfuse.article(submission.toSource());
        SourceDocument read = result.document().orElseThrow(() -> new InvalidArticle(Optional.of(format),
                result.diagnostics().isEmpty() ? "no article text" : result.diagnostics().get(0).message()));
        String text = read.text();
        if (text.length() > MAX_TEXT_CHARS) {
            throw new InvalidArticle(Optional.of(format), "the text has " + text.length() + " characters; at most " + MAX_TEXT_CHARS
                    + " are taken");
        }
        Article cleaned = newsfuse.clean(new SourceDocument("new", submission.origin(), text, read.outlet(), read.title(), read.date()));
        List<RemovedSpan> removed = cleaned.removals().stream()
                .map(r -> new RemovedSpan(r.span().start(), r.span().end(), r.reason().label(), r.detail())).toList();
        return new NewArticle(dedupeKey(read.url(), read.outlet(), read.title(), text), read.url(), read.outlet().or(cleaned::outlet),
                read.title(), read.date(), read.authors().isEmpty() ? cleaned.authors() : read.authors(), format, text, submission.html(),
                removed, Instant.now());
    }

    /** The URL when there is one (the same page sent twice), else a hash of what the article says. */
    static String dedupeKey(Optional<String> url, Optional<String> outlet, Optional<String> title, String text) {
        if (url.isPresent()) {
            return "url:" + url.get();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(outlet.orElse("").getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(title.orElse("").getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
