package org.newsfuse.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfuse.base.Span;
import org.newsfuse.compare.Comparison;
import org.newsfuse.server.store.NewsStore;
import org.newsfuse.server.store.StoredArticle;
import org.newsfuse.server.store.StoryQuery;
import org.newsfuse.server.store.StorySummary;
import org.newsfuse.server.store.StoryVersion;

/**
 * The pages' data from the service's store: stories as listed, a story's latest version with its
 * articles' original texts, and single articles. Thread-safe (the store is).
 */
final class StoredPages implements PageSource {

    private final NewsStore store;
    private final StoredVersionReader reader = new StoredVersionReader();

    StoredPages(NewsStore store) {
        this.store = store;
    }

    @Override
    public List<Listed> latest(String query, String outlet, int offset, int limit) {
        StoryQuery q = new StoryQuery(present(query), present(outlet), Optional.empty(), offset, Math.min(limit, StoryQuery.MAX_LIMIT));
        return store.stories(q).items().stream()
                .map(s -> new Listed(Long.toString(s.id()), titleOf(s), s.outlets(), s.articleCount(), s.updatedAt(), s.lead().orElse("")))
                .toList();
    }

    @Override
    public List<String> outlets() {
        return store.outlets();
    }

    @Override
    public Optional<StoryContent> findStory(String storyId) {
        Optional<Long> id = number(storyId);
        Optional<StorySummary> summary = id.flatMap(store::story);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        long story = id.get();
        Optional<StoryVersion> version = store.version(story, Optional.empty());
        Optional<StoredVersionReader.StoredSummary> stored = version.map(v -> reader.read(v.summaryJson()));
        Map<String, StoredVersionReader.Cleaned> cleaned = stored.map(StoredVersionReader.StoredSummary::articles).orElse(Map.of());
        List<ArticleText> articles = new ArrayList<>();
        for (StoredArticle a : store.storyArticles(story)) {
            articles.add(text(a, Optional.ofNullable(cleaned.get(Long.toString(a.id())))));
        }
        String id0 = Long.toString(story);
        return Optional.of(new StoryContent(id0, titleOf(summary.get()), summary.get().version(),
                version.map(StoryVersion::createdAt).orElse(summary.get().updatedAt()), articles,
                stored.map(StoredVersionReader.StoredSummary::sentences).orElse(List.of()),
                version.map(v -> reader.comparison(id0, v.comparisonJson()))
                        .orElse(new Comparison(id0, List.of(), List.of(), List.of(), List.of()))));
    }

    @Override
    public Optional<Integer> findVersion(String storyId) {
        return number(storyId).flatMap(store::story).map(StorySummary::version);
    }

    @Override
    public Optional<Stored> findArticle(String articleId) {
        Optional<StoredArticle> article = number(articleId).flatMap(store::article);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        StoredArticle a = article.get();
        Optional<StorySummary> story = store.story(a.story());
        Optional<StoredVersionReader.Cleaned> cleaned = store.version(a.story(), Optional.empty())
                .map(v -> reader.read(v.summaryJson()).articles().get(Long.toString(a.id())));
        return Optional.of(new Stored(text(a, cleaned), story.map(s -> Long.toString(s.id())).orElse(""),
                story.map(StoredPages::titleOf).orElse("")));
    }

    /** A stored article, with the outlet, title and authors cleaning found when its story has been computed. */
    private static ArticleText text(StoredArticle a, Optional<StoredVersionReader.Cleaned> cleaned) {
        Optional<String> outlet = cleaned.flatMap(StoredVersionReader.Cleaned::outlet).or(a::outlet);
        Optional<String> title = cleaned.flatMap(StoredVersionReader.Cleaned::title).or(a::title);
        List<String> authors = cleaned.map(StoredVersionReader.Cleaned::authors).filter(l -> !l.isEmpty()).orElse(a.authors());
        List<ArticleText.Removed> removed = a.removed().stream()
                .filter(r -> r.start() >= 0 && r.end() >= r.start())
                .map(r -> new ArticleText.Removed(new Span(r.start(), r.end()), r.reason(), r.detail())).toList();
        return new ArticleText(Long.toString(a.id()), a.text(), title, outlet.orElse("unknown"), authors, a.date(), a.url(), removed);
    }

    private static String titleOf(StorySummary story) {
        return story.title().orElse("Story " + story.id());
    }

    private static Optional<String> present(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Ids in the service are numbers; anything else names nothing. */
    private static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
