package org.newsfuse.server.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the service keeps. Implementations are thread-safe: reads may run from any thread, and
 * writes are serialized (one writer). A write method returns only after its transaction committed.
 */
public interface NewsStore extends AutoCloseable {

    /** Decides where an article goes; called inside the storing transaction, in arrival order. */
    @FunctionalInterface
    interface Placer {
        Placement place(NewArticle article, long id);
    }

    /**
     * Stores a batch in one transaction, in order: an article whose dedupe key is already stored (or
     * earlier in the batch) is a duplicate and is not placed again; every other one gets the next id,
     * is placed by {@code placer}, joins (or opens) its story and marks that story stale. Returns after
     * the commit, one outcome per article. When it throws, nothing of the batch was stored.
     */
    List<StoredPlacement> append(List<NewArticle> articles, Placer placer);

    /** Every stored article in arrival order, to rebuild state that follows from them (the grouping). */
    void forEachArticle(Consumer<StoredArticle> visitor);

    Optional<StoredArticle> article(long id);

    /** All of a story's articles, in arrival order, with their texts (to recompute it). */
    List<StoredArticle> storyArticles(long story);

    Page<ArticleSummary> articlesOf(long story, int offset, int limit);

    Optional<StorySummary> story(long id);

    Page<StorySummary> stories(StoryQuery query);

    /** The story's latest version, or the given one. */
    Optional<StoryVersion> version(long story, Optional<Integer> version);

    /** The story's versions, newest first, without their JSON. */
    List<VersionInfo> versions(long story);

    /** How many articles have joined the story: a version built from that many is current. */
    long revision(long story);

    /**
     * Stores a new version built from the story as it was at {@code builtRevision}; returns whether the
     * story is still stale (articles joined while it was computed).
     */
    boolean saveVersion(long story, long builtRevision, NewVersion version);

    /** Up to {@code limit} stories with articles newer than their latest version, least recently changed first. */
    List<Long> staleStories(int limit);

    Page<SearchHit> search(String query, int offset, int limit);

    /** Every outlet named by a stored article, each once, in case-insensitive name order. */
    List<String> outlets();

    StoreStats stats();

    @Override
    void close();

    /** A version's content, as the recomputation produced it. */
    record NewVersion(int articleCount, Optional<String> title, Optional<String> lead, List<String> outlets, String summaryJson,
                      String comparisonJson) {
        public NewVersion {
            outlets = List.copyOf(outlets);
        }
    }

    /** A version in a list. */
    record VersionInfo(int version, java.time.Instant createdAt, int articleCount) {
    }

    /** Counts for health and metrics. */
    record StoreStats(long articles, long stories, long staleStories, long bytes) {
    }
}
