package org.newsfuse.group;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places articles, one at a time, in the story they are most similar to, or in a new one: the state
 * of one clustering run. Similarities come from the postings of the article's terms; a story's
 * similarity mixes its closest member and its average member ({@code linkage}), damped by the days
 * between article and story. Only the last {@code window} articles stay in the index. Not thread-safe.
 */
final class StoryPlacer {

    private final ClusterSettings settings;
    final PostingsIndex postings = new PostingsIndex();
    int[] storyOf = new int[16];
    final List<OpenStory> stories = new ArrayList<>();
    final Deque<Integer> recent = new ArrayDeque<>();
    final Map<Integer, ArticleVector> vectors = new HashMap<>();
    // scratch accumulators for one article's similarities, left zeroed between articles
    private double[] articleDots = new double[16];
    private int[] touchedList = new int[16];
    private double[] storyMax = new double[256];
    private double[] storySum = new double[256];
    private int[] storyList = new int[256];

    StoryPlacer(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Makes room for articles numbered below {@code articles}. */
    void ensureArticles(int articles) {
        if (storyOf.length < articles) {
            int capacity = Math.max(articles, storyOf.length * 2);
            storyOf = Arrays.copyOf(storyOf, capacity);
            articleDots = Arrays.copyOf(articleDots, capacity);
            touchedList = Arrays.copyOf(touchedList, capacity);
        }
    }

    /**
     * Places the article: in {@code original}'s story when it copies that article (else -1), else the
     * most similar open story above the threshold, else a new story; returns the story's index.
     */
    int place(int article, Optional<LocalDate> date, ArticleVector vector, int original) {
        ensureArticles(article + 1);
        int[] terms = vector.terms();
        float[] weights = vector.weights();
        int kept = terms.length;
        // dot products with earlier articles through the postings of this article's terms
        int touchedArticles = 0;
        for (int i = 0; i < kept; i++) {
            int size = postings.size(terms[i]);
            for (int p = 0; p < size; p++) {
                double product = (double) weights[i] * postings.weight(terms[i], p);
                if (product == 0) {
                    continue;
                }
                int other = postings.article(terms[i], p);
                if (articleDots[other] == 0) {
                    touchedList[touchedArticles++] = other;
                }
                articleDots[other] += product;
            }
        }
        if (storyMax.length < stories.size()) {
            storyMax = Arrays.copyOf(storyMax, stories.size() * 2);
            storySum = Arrays.copyOf(storySum, stories.size() * 2);
            storyList = Arrays.copyOf(storyList, stories.size() * 2);
        }
        int touchedStories = 0;
        for (int t = 0; t < touchedArticles; t++) {
            int other = touchedList[t];
            double dot = articleDots[other];
            articleDots[other] = 0;
            int s = storyOf[other];
            if (storySum[s] == 0) {
                storyList[touchedStories++] = s;
            }
            storyMax[s] = Math.max(storyMax[s], dot);
            storySum[s] += dot;
        }
        int best = -1;
        double bestSimilarity = settings.threshold();
        for (int t = 0; t < touchedStories; t++) {
            int s = storyList[t];
            OpenStory story = stories.get(s);
            double similarity = settings.linkage() * storyMax[s] + (1 - settings.linkage()) * storySum[s] / story.live;
            storyMax[s] = 0;
            storySum[s] = 0;
            // decay only lowers a similarity: a story below the best so far cannot win, closed or not
            if (similarity < bestSimilarity || closed(story, date)) {
                continue;
            }
            similarity *= decay(story, date);
            if (similarity > bestSimilarity || similarity == bestSimilarity && (best < 0 || s < best)) {
                bestSimilarity = similarity;
                best = s;
            }
        }
        // a copy joins its original's story, unless that story is closed to it (then it is placed as any report)
        if (original >= 0 && !closed(stories.get(storyOf[original]), date)) {
            best = storyOf[original];
        }
        if (best < 0) {
            best = stories.size();
            stories.add(new OpenStory());
        }
        OpenStory story = stories.get(best);
        storyOf[article] = best;
        story.articles.add(article);
        story.live++;
        date.ifPresent(d -> {
            story.first = story.first == null || d.isBefore(story.first) ? d : story.first;
            story.last = story.last == null || d.isAfter(story.last) ? d : story.last;
        });
        for (int i = 0; i < kept; i++) {
            postings.add(terms[i], article, weights[i]);
        }
        vectors.put(article, vector);
        recent.addLast(article);
        if (recent.size() > settings.window()) {
            int old = recent.removeFirst();
            for (int term : vectors.remove(old).terms()) {
                postings.remove(term, old);
            }
            stories.get(storyOf[old]).live--;
        }
        return best;
    }

    private double decay(OpenStory story, Optional<LocalDate> date) {
        if (settings.decayDays() <= 0 || date.isEmpty()) {
            return 1;
        }
        return Math.pow(0.5, story.daysApart(date.get(), date.get()) / settings.decayDays());
    }

    /**
     * Whether the story is closed to an article of this date: it has had no article for more than
     * {@code closeAfterDays}, or taking the article would make it span more than {@code maxSpanDays}.
     */
    private boolean closed(OpenStory story, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return false;
        }
        return settings.closeAfterDays() > 0 && story.daysApart(date.get(), date.get()) > settings.closeAfterDays()
                || story.spansTooLong(date.get(), date.get(), settings.maxSpanDays());
    }
}
