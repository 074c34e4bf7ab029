package org.newsfuse.server.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsfuse.Pipeline;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.ingest.IngestResult;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;
import org.newsfuse.summarize.Budget;

/**
 * Stories computed by the real pipeline from the bundled example and from articles a test writes, held
 * in memory behind {@link PageSource}: the pages' own harness, independent of the service's store.
 */
final class ExampleStories implements PageSource {

    static final Path ROOT = Path.of(System.getProperty("newsfuse.root", "..")).toAbsolutePath().normalize();

    private static Pipeline pipeline;

    private final Map<String, StoryContent> stories = new ConcurrentHashMap<>();
    private final Map<String, List<SourceDocument>> documents = new ConcurrentHashMap<>();
    private final AtomicInteger clock = new AtomicInteger();

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = org.newsfuse.server.TestService.newsfuse().pipeline().withEncoder(Optional.empty());
        }
        return pipeline;
    }

    /** The bundled example as one story, {@code harbor-bridge}. */
    static ExampleStories withHarborBridge() {
        ExampleStories source = new ExampleStories();
        IngestResult input = org.newsfuse.server.TestService.newsfuse().read(List.of(ROOT.resolve("examples/harbor-bridge").toString()),
                org.newsfuse.ReadOptions.defaults());
        StoryInput story = input.stories().get(0);
        source.put("harbor-bridge", story.documents());
        return source;
    }

    /** Adds an article to a story (a new story when the id is new) and recomputes it as the next version. */
    synchronized StoryContent add(String storyId, SourceDocument document) {
        List<SourceDocument> docs = new ArrayList<>(documents.getOrDefault(storyId, List.of()));
        docs.add(document);
        return put(storyId, docs);
    }

    private synchronized StoryContent put(String storyId, List<SourceDocument> docs) {
        documents.put(storyId, List.copyOf(docs));
        AnalyzedStory analyzed = pipeline().analyze(StoryInput.of(storyId, docs));
        int version = Optional.ofNullable(stories.get(storyId)).map(s -> s.version() + 1).orElse(1);
        String title = analyzed.articles().stream().map(org.newsfuse.clean.Article::title).flatMap(Optional::stream).findFirst().orElse(storyId);
        StoryContent content = new StoryContent(storyId, title, version, Instant.parse("2031-03-04T09:00:00Z").plusSeconds(60L * clock.incrementAndGet()),
                analyzed.articles().stream().map(a -> ArticleText.of(a, Optional.empty())).toList(),
                pipeline().summarize(analyzed, "default", Budget.words(120)).sentences().stream().map(CitedSentence::of).toList(),
                pipeline().compare(analyzed));
        stories.put(storyId, content);
        return content;
    }

    @Override
    public List<Listed> latest(String query, String outlet, int offset, int limit) {
        String q = query.toLowerCase(Locale.ROOT);
        return stories.values().stream()
                .filter(s -> q.isEmpty() || s.articles().stream().anyMatch(a -> a.text().toLowerCase(Locale.ROOT).contains(q)))
                .filter(s -> outlet.isEmpty() || s.articles().stream().anyMatch(a -> a.outlet().equals(outlet)))
                .sorted(Comparator.comparing(StoryContent::updated).reversed())
                .skip(offset).limit(limit)
                .map(s -> new Listed(s.id(), s.title(), s.articles().stream().map(ArticleText::outlet).distinct().toList(),
                        s.articles().size(), s.updated(),
                        s.summary().isEmpty() ? "" : s.summary().get(0).text()))
                .toList();
    }

    @Override
    public List<String> outlets() {
        return stories.values().stream().flatMap(s -> s.articles().stream()).map(ArticleText::outlet).distinct().sorted().toList();
    }

    @Override
    public Optional<StoryContent> findStory(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public Optional<Integer> findVersion(String storyId) {
        return findStory(storyId).map(StoryContent::version);
    }

    @Override
    public Optional<Stored> findArticle(String articleId) {
        for (StoryContent story : stories.values()) {
            Optional<ArticleText> article = story.findArticle(articleId);
            if (article.isPresent()) {
                return Optional.of(new Stored(article.get(), story.id(), story.title()));
            }
        }
        return Optional.empty();
    }
}
