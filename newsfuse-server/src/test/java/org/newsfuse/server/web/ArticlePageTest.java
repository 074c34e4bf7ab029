package org.newsfuse.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfuse.base.Span;

class ArticlePageTest {

    static final String TEXT = "Ferry resumes\n\nBy Ada Moss\n\nThe ferry resumed service on Monday. Crowds came early.\n\nShare this";

    static ArticleText article() {
        int byline = TEXT.indexOf("By Ada Moss");
        int share = TEXT.indexOf("Share this");
        return new ArticleText("7", TEXT, Optional.of("Ferry resumes"), "Quay Post", List.of("Ada Moss"), Optional.empty(),
                Optional.of("https://example.org/ferry"), List.of(
                        new ArticleText.Removed(new Span(0, 13), "title", "headline"),
                        new ArticleText.Removed(new Span(byline, byline + 11), "byline", "By line"),
                        new ArticleText.Removed(new Span(share, share + 10), "share_line", "share prompt")));
    }

    @Test
    void segmentsAreTheOriginalTextCutAtRemovalsAndTheCitation() {
        int start = TEXT.indexOf("The ferry");
        int end = TEXT.indexOf("Crowds") - 1;
        ArticlePage page = ArticlePage.of(article(), Optional.of(new Span(start, end)), "/stories/1", "Ferry");
        assertEquals(TEXT, page.segments().stream().map(ArticlePage.Segment::text).collect(Collectors.joining()));
        assertEquals(TEXT.substring(start, end), page.segments().stream().filter(ArticlePage.Segment::cited)
                .map(ArticlePage.Segment::text).collect(Collectors.joining()));
        assertEquals(1, page.segments().stream().filter(ArticlePage.Segment::first).count());
        assertEquals(List.of("title", "byline", "share_line"), page.segments().stream().filter(ArticlePage.Segment::removed)
                .map(ArticlePage.Segment::reason).toList());
        assertEquals("share line", page.removals().get(2).reason());
        assertEquals("Share this", page.removals().get(2).text());
    }

    @Test
    void aCitationPastTheEndIsClippedAndAnEmptyOneIgnored() {
        ArticlePage past = ArticlePage.of(article(), Optional.of(new Span(TEXT.length() - 4, TEXT.length() + 50)), "", "");
        assertEquals(Optional.of(new Span(TEXT.length() - 4, TEXT.length())), past.cited());
        assertEquals(TEXT, past.segments().stream().map(ArticlePage.Segment::text).collect(Collectors.joining()));
        assertTrue(ArticlePage.of(article(), Optional.of(new Span(5, 5)), "", "").cited().isEmpty());
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertTrue(ArticlePage.isWebLink("https://example.org/a?b=c"));
        assertTrue(ArticlePage.isWebLink("HTTP://example.org/"));
        for (String bad : List.of("javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>",
                "vbscript:x", "//evil.example/", "https://example.org/\"onmouseover=x", "https://exa mple.org/")) {
            assertFalse(ArticlePage.isWebLink(bad), bad);
        }
    }
}
