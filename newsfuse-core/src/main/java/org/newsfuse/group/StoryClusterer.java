package org.newsfuse.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.clean.PageFurniture;
import org.newsfuse.ingest.SourceDocument;

/**
 * Online story clustering of a news stream (in the spirit of Miranda et al., 2018): articles are taken
 * in date order; each is compared with the recent articles through an inverted index of their
 * heaviest tf-idf terms (idf learnt from the stream so far; title terms count {@code titleWeight}
 * times), and joins the story it is most similar to, or opens a new one. A story's similarity mixes its
 * closest member and its average member ({@code linkage}), damped by the days between article and
 * story. An article that copies an earlier one ({@link SyndicationDetector}) joins its original's
 * story, however little of it the copy kept. A story that has had no article for {@code closeAfterDays}
 * is closed. Memory is bounded: only the last {@code window} articles stay in the index. When the
 * stream ends (and for a stream, whenever the caller asks), stories whose centroids, weighted with the
 * idf learnt from the whole stream, are at least {@code mergeThreshold} similar are merged, which
 * repairs stories split because their first articles arrived before the idf knew which words matter.
 *
 * @param threshold        minimum similarity to join a story
 * @param linkage          weight of the closest member against the average member, in [0, 1]
 * @param titleWeight      how many times title terms count
 * @param maxArticleTerms  body terms read per article (leads carry the event)
 * @param vectorTerms      heaviest terms kept per article vector
 * @param decayDays        similarity halves every this many days between article and story (0: no decay)
 * @param window           articles kept in the index
 * @param copyContainment  share of 5-gram shingles that makes an article a copy of an earlier one
 * @param mergeThreshold   centroid cosine at which two stories are merged at the end (above 1: never)
 * @param warmup           articles read ahead to learn document frequencies before the first is placed
 *                         (a bounded look-ahead buffer; idf learnt from a handful of articles is noise)
 * @param nameWeight       extra count for each capitalised word inside a sentence (names carry the event)
 * @param closeAfterDays   a story with no article for more than this many days is closed: no article joins
 *                         it and no story merges with it across that silence (0: never closed)
 */
public record StoryClusterer(double threshold, double linkage, double titleWeight, int maxArticleTerms, int vectorTerms,
                             double decayDays, int window, double copyContainment, double mergeThreshold, int warmup,
                             double nameWeight, int closeAfterDays) {

    /**
     * Chosen on DUC 2003 and Multi-News stories after the first 2,000 (docs/BENCHMARKS.md). Those sets
     * allow any closing silence above 51 days (the longest inside a DUC 2003 topic; Multi-News has no
     * dates), and a year is the cautious end of that range.
     */
    public static StoryClusterer defaults() {
        return new StoryClusterer(0.18, 0.5, 2, 300, 60, 0, 100_000, SyndicationDetector.COPY_CONTAINMENT, 0.3, 1000, 2,
                365);
    }

    public StoryClusterer withThreshold(double t) {
        return new StoryClusterer(t, linkage, titleWeight, maxArticleTerms, vectorTerms, decayDays, window, copyContainment,
                mergeThreshold, warmup, nameWeight, closeAfterDays);
    }

    /** Clusters {@code documents}; story membership refers to indexes in this list. */
    public Clustering cluster(List<SourceDocument> documents, TermAnalyzer analyzer) {
        Objects.requireNonNull(analyzer, "analyzer");
        Integer[] order = new Integer[documents.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Date order, stable; undated articles keep their place relative to each other.
        Arrays.sort(order, Comparator.comparing((Integer i) -> documents.get(i).date().orElse(LocalDate.MIN)));
        Run run = new Run(documents.size());
        List<Map<Integer, Double>> termFrequencies = new ArrayList<>(documents.size());
        for (int i = 0; i < order.length; i++) {
            termFrequencies.add(i < warmup ? run.countAhead(documents.get(order[i]), analyzer) : null);
        }
        SyndicationDetector copies = new SyndicationDetector(copyContainment);
        List<Clustering.Duplicate> duplicates = new ArrayList<>();
        for (int position = 0; position < order.length; position++) {
            int index = order[position];
            SourceDocument document = documents.get(index);
            Map<Integer, Double> tf = termFrequencies.get(position);
            // an article that is all page furniture has no terms, so it opens a story of its own, and copies nothing
            String text = PageFurniture.strip(document.text());
            Optional<Clustering.Duplicate> copy = copies.add(text);
            copy.ifPresent(d -> duplicates.add(new Clustering.Duplicate(index, order[d.duplicateOf()], d.similarity())));
            // a copy is one report of its original's story, however little of it the copy kept
            int original = copy.isPresent() ? order[copy.get().duplicateOf()] : -1;
            run.add(index, document, tf != null ? tf : run.termFrequencies(document, text, analyzer), tf == null, original);
        }
        run.consolidate();
        return new Clustering(run.stories(documents), duplicates);
    }

    /**
     * An online run over a stream that has no end: each article is placed when it arrives, with the idf
     * learnt from the articles before it (no look-ahead: {@code warmup} does not apply), and stories are
     * never merged afterwards, so a placement, once made, stands. The same articles added in the same
     * order always give the same placements, so a stream is restored by adding its articles again.
     * Not thread-safe: one caller adds.
     */
    public Online online(TermAnalyzer analyzer) {
        return new Online(Objects.requireNonNull(analyzer, "analyzer"));
    }

    /** One article's place in a stream. */
    public record Placement(int story, java.util.OptionalInt copyOf) {
    }

    /** See {@link #online(TermAnalyzer)}. Articles and stories are numbered from 0 in arrival order. */
    public final class Online {
        private final TermAnalyzer analyzer;
        private final Run run = new Run(1024);
        private final SyndicationDetector copies = new SyndicationDetector(copyContainment);
        private int added;

        private Online(TermAnalyzer analyzer) {
            this.analyzer = analyzer;
        }

        /** Places the next article: the story it joins (a new one is numbered after the last), and the earlier article it copies. */
        public Placement add(SourceDocument document) {
            int index = added++;
            run.ensureCapacity(added);
            String text = PageFurniture.strip(document.text());
            Optional<Clustering.Duplicate> copy = copies.add(text);
            int original = copy.map(Clustering.Duplicate::duplicateOf).orElse(-1);
            run.add(index, document, run.termFrequencies(document, text, analyzer), true, original);
            return new Placement(run.storyOf[index], original < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(original));
        }

        /** Articles added so far. */
        public int size() {
            return added;
        }
    }

    /**
     * Virtual articles in which no term occurs, added to the idf's article count: with a handful of
     * articles, words shared by all of them would otherwise weigh nothing, and those are the words
     * that say the articles tell one story. Negligible once thousands have been seen.
     */
    private static final double IDF_PRIOR = 50;

    /** A capitalised word inside a sentence (after a lower-case word or comma): most likely part of a name. */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("(?<=[a-z,] )([A-Z][a-z]+)");

    /** The state of one clustering run. */
    private final class Run {
        final Map<String, Integer> termIds = new HashMap<>();
        int[] documentFrequency = new int[1024];
        final List<int[]> postingsArticles = new ArrayList<>();
        final List<float[]> postingsWeights = new ArrayList<>();
        int[] storyOf;
        final List<Story> stories = new ArrayList<>();
        final Deque<Integer> recent = new ArrayDeque<>();
        final Map<Integer, int[]> vectorIds = new HashMap<>();
        final Map<Integer, float[]> vectorTf = new HashMap<>();
        int seen;
        int counted;
        // scratch accumulators for one article's similarities, left zeroed between articles
        double[] articleDots;
        int[] touchedList;
        double[] storyMax = new double[256];
        double[] storySum = new double[256];
        int[] storyList = new int[256];

        Run(int articles) {
            storyOf = new int[articles];
            articleDots = new double[articles];
            touchedList = new int[articles];
        }

        int id(String term) {
            Integer id = termIds.get(term);
            if (id == null) {
                id = termIds.size();
                termIds.put(term, id);
                if (id == documentFrequency.length) {
                    documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
                }
                postingsArticles.add(new int[4]);
                postingsWeights.add(new float[5]);
            }
            return id;
        }

        /** The article's term counts from {@code text}, its body without page furniture, and its title. */
        Map<Integer, Double> termFrequencies(SourceDocument document, String text, TermAnalyzer analyzer) {
            Map<Integer, Double> tf = new HashMap<>();
            List<String> body = analyzer.terms(text, maxArticleTerms);
            for (int i = 0; i < body.size(); i++) {
                tf.merge(id(body.get(i)), 1.0, Double::sum);
            }
            document.title().ifPresent(t -> analyzer.terms(t).forEach(term -> tf.merge(id(term), titleWeight, Double::sum)));
            if (nameWeight > 0) {
                java.util.regex.Matcher m = NAME_WORD.matcher(text);
                int seenWords = 0;
                while (m.find() && seenWords++ < maxArticleTerms) {
                    for (String term : analyzer.terms(m.group(1))) {
                        tf.merge(id(term), nameWeight, Double::sum);
                    }
                }
            }
            return tf;
        }

        /** Counts a look-ahead article's terms into the document frequencies before it is placed. */
        Map<Integer, Double> countAhead(SourceDocument document, TermAnalyzer analyzer) {
            Map<Integer, Double> tf = termFrequencies(document, PageFurniture.strip(document.text()), analyzer);
            tf.keySet().forEach(t -> documentFrequency[t]++);
            counted++;
            return tf;
        }

        /** Room for article indexes below {@code articles} (a stream grows as articles arrive). */
        void ensureCapacity(int articles) {
            if (articles > storyOf.length) {
                int size = Math.max(articles, storyOf.length * 2);
                storyOf = Arrays.copyOf(storyOf, size);
                articleDots = Arrays.copyOf(articleDots, size);
                touchedList = Arrays.copyOf(touchedList, size);
            }
        }

        /** Places the article: in {@code original}'s story when it copies that article (else -1), else the most similar. */
        void add(int article, SourceDocument document, Map<Integer, Double> tf, boolean count, int original) {
            seen++;
            if (count) {
                tf.keySet().forEach(t -> documentFrequency[t]++);
                counted++;
            }
            // the article's heaviest terms, weighted 1 + log tf times idf, unit length
            int[] ids = new int[tf.size()];
            double[] weights = new double[tf.size()];
            int k = 0;
            for (var e : tf.entrySet()) {
                ids[k] = e.getKey();
                weights[k] = (1 + Math.log(e.getValue())) * Math.log((counted + IDF_PRIOR + 1.0) / (documentFrequency[e.getKey()] + 0.5));
                k++;
            }
            Integer[] byWeight = new Integer[k];
            for (int i = 0; i < k; i++) {
                byWeight[i] = i;
            }
            Arrays.sort(byWeight, (a, b) -> Double.compare(weights[b], weights[a]));
            int kept = Math.min(k, vectorTerms);
            double norm = 0;
            for (int i = 0; i < kept; i++) {
                norm += weights[byWeight[i]] * weights[byWeight[i]];
            }
            norm = Math.sqrt(norm);
            int[] vector = new int[kept];
            float[] vectorWeights = new float[kept];
            for (int i = 0; i < kept; i++) {
                vector[i] = ids[byWeight[i]];
                vectorWeights[i] = norm == 0 ? 0 : (float) (weights[byWeight[i]] / norm);
            }

            // dot products with earlier articles through the postings of this article's terms
            int touchedArticles = 0;
            for (int i = 0; i < kept; i++) {
                int[] arts = postingsArticles.get(vector[i]);
                float[] ws = postingsWeights.get(vector[i]);
                int size = Math.round(ws[ws.length - 1]);
                for (int p = 0; p < size; p++) {
                    double product = (double) vectorWeights[i] * ws[p];
                    if (product == 0) {
                        continue;
                    }
                    if (articleDots[arts[p]] == 0) {
                        touchedList[touchedArticles++] = arts[p];
                    }
                    articleDots[arts[p]] += product;
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
            double bestSimilarity = threshold;
            for (int t = 0; t < touchedStories; t++) {
                int s = storyList[t];
                Story story = stories.get(s);
                double similarity = linkage * storyMax[s] + (1 - linkage) * storySum[s] / story.live;
                storyMax[s] = 0;
                storySum[s] = 0;
                if (closed(story, document.date())) {
                    continue;
                }
                similarity *= decay(story, document.date());
                if (similarity > bestSimilarity || similarity == bestSimilarity && (best < 0 || s < best)) {
                    bestSimilarity = similarity;
                    best = s;
                }
            }
            if (original >= 0) {
                best = storyOf[original];
            }
            if (best < 0) {
                best = stories.size();
                stories.add(new Story());
            }
            Story story = stories.get(best);
            storyOf[article] = best;
            story.articles.add(article);
            story.live++;
            document.date().ifPresent(d -> {
                story.first = story.first == null || d.isBefore(story.first) ? d : story.first;
                story.last = story.last == null || d.isAfter(story.last) ? d : story.last;
            });
            for (int i = 0; i < kept; i++) {
                addPosting(vector[i], article, vectorWeights[i]);
            }
            vectorIds.put(article, vector);
            float[] rawTf = new float[kept];
            for (int i = 0; i < kept; i++) {
                rawTf[i] = (float) (1 + Math.log(tf.get(vector[i])));
            }
            vectorTf.put(article, rawTf);
            recent.addLast(article);
            if (recent.size() > window) {
                int old = recent.removeFirst();
                for (int term : vectorIds.remove(old)) {
                    removePosting(term, old);
                }
                vectorTf.remove(old);
                stories.get(storyOf[old]).live--;
            }
        }

        /** Days between the story's articles and a span of dates (0 when they overlap or a date is unknown). */
        private static long daysApart(Story story, LocalDate first, LocalDate last) {
            if (first == null || story.first == null) {
                return 0;
            }
            return last.isBefore(story.first) ? ChronoUnit.DAYS.between(last, story.first)
                    : first.isAfter(story.last) ? ChronoUnit.DAYS.between(story.last, first) : 0;
        }

        private double decay(Story story, Optional<LocalDate> date) {
            if (decayDays <= 0 || date.isEmpty()) {
                return 1;
            }
            return Math.pow(0.5, daysApart(story, date.get(), date.get()) / decayDays);
        }

        /** Whether the story has had no article for more than {@code closeAfterDays} at this date. */
        private boolean closed(Story story, Optional<LocalDate> date) {
            return closeAfterDays > 0 && date.isPresent() && daysApart(story, date.get(), date.get()) > closeAfterDays;
        }

        // Postings are parallel arrays; the weights array's last slot holds the size.
        private void addPosting(int term, int article, float weight) {
            int[] arts = postingsArticles.get(term);
            float[] ws = postingsWeights.get(term);
            int size = Math.round(ws[ws.length - 1]);
            if (size == arts.length) {
                arts = Arrays.copyOf(arts, size * 2);
                float[] grown = Arrays.copyOf(ws, size * 2 + 1);
                grown[grown.length - 1] = size;
                grown[size] = 0;
                ws = grown;
                postingsArticles.set(term, arts);
                postingsWeights.set(term, ws);
            }
            arts[size] = article;
            ws[size] = weight;
            ws[ws.length - 1] = size + 1;
        }

        private void removePosting(int term, int article) {
            int[] arts = postingsArticles.get(term);
            float[] ws = postingsWeights.get(term);
            int size = Math.round(ws[ws.length - 1]);
            for (int p = 0; p < size; p++) {
                if (arts[p] == article) {
                    arts[p] = arts[size - 1];
                    ws[p] = ws[size - 1];
                    ws[ws.length - 1] = size - 1;
                    return;
                }
            }
        }

        /** Every term's idf, from the document frequencies of the whole stream so far. */
        private double[] streamIdf() {
            double[] idf = new double[termIds.size()];
            for (int t = 0; t < idf.length; t++) {
                idf[t] = Math.log((counted + IDF_PRIOR + 1.0) / (documentFrequency[t] + 0.5));
            }
            return idf;
        }

        /** Merges stories whose centroids are similar, with the idf of the whole stream, until none are. */
        void consolidate() {
            if (mergeThreshold > 1) {
                return;
            }
            int vocabulary = termIds.size();
            double[] idf = streamIdf();
            double[] dense = new double[vocabulary];
            int[] touched = new int[vocabulary];
            for (int round = 0; round < 5; round++) {
                int storyCount = stories.size();
                int[][] centroidIds = new int[storyCount][];
                float[][] centroidWeights = new float[storyCount][];
                int[] postingSize = new int[vocabulary];
                for (int s = 0; s < storyCount; s++) {
                    if (centroid(stories.get(s), idf, dense, touched, s, centroidIds, centroidWeights)) {
                        for (int term : centroidIds[s]) {
                            postingSize[term]++;
                        }
                    }
                }
                // inverted index over the centroids' terms: term -> stories, weights
                int[][] postingStories = new int[vocabulary][];
                float[][] postingWeights = new float[vocabulary][];
                int[] filled = new int[vocabulary];
                for (int s = 0; s < storyCount; s++) {
                    if (centroidIds[s] == null) {
                        continue;
                    }
                    for (int i = 0; i < centroidIds[s].length; i++) {
                        int term = centroidIds[s][i];
                        if (postingStories[term] == null) {
                            postingStories[term] = new int[postingSize[term]];
                            postingWeights[term] = new float[postingSize[term]];
                        }
                        postingStories[term][filled[term]] = s;
                        postingWeights[term][filled[term]++] = centroidWeights[s][i];
                    }
                }
                int[] parent = new int[storyCount];
                for (int i = 0; i < parent.length; i++) {
                    parent[i] = i;
                }
                double[] dots = new double[storyCount];
                int[] touchedStories = new int[storyCount];
                boolean merged = false;
                for (int s = 0; s < storyCount; s++) {
                    if (centroidIds[s] == null) {
                        continue;
                    }
                    int touchedCount = 0;
                    for (int i = 0; i < centroidIds[s].length; i++) {
                        int term = centroidIds[s][i];
                        int[] others = postingStories[term];
                        float[] weights = postingWeights[term];
                        for (int p = 0; p < others.length; p++) {
                            int other = others[p];
                            if (other <= s) {
                                continue;
                            }
                            if (dots[other] == 0) {
                                touchedStories[touchedCount++] = other;
                            }
                            dots[other] += (double) centroidWeights[s][i] * weights[p];
                        }
                    }
                    int bestOther = -1;
                    double best = mergeThreshold;
                    for (int k = 0; k < touchedCount; k++) {
                        int other = touchedStories[k];
                        if (dots[other] >= best && !closedBetween(stories.get(s), stories.get(other))) {
                            best = dots[other];
                            bestOther = other;
                        }
                        dots[other] = 0;
                    }
                    if (bestOther >= 0 && find(parent, s) != find(parent, bestOther)) {
                        parent[find(parent, bestOther)] = find(parent, s);
                        merged = true;
                    }
                }
                if (!merged) {
                    return;
                }
                for (int s = 0; s < storyCount; s++) {
                    int root = find(parent, s);
                    if (root != s) {
                        Story from = stories.get(s);
                        Story into = stories.get(root);
                        into.articles.addAll(from.articles);
                        into.live += from.live;
                        into.first = from.first == null || (into.first != null && into.first.isBefore(from.first)) ? into.first : from.first;
                        into.last = from.last == null || (into.last != null && into.last.isAfter(from.last)) ? into.last : from.last;
                        for (int a : from.articles) {
                            storyOf[a] = root;
                        }
                        from.articles.clear();
                        from.live = 0;
                    }
                }
            }
        }

        private boolean closedBetween(Story a, Story b) {
            return closeAfterDays > 0 && b.first != null && daysApart(a, b.first, b.last) > closeAfterDays;
        }

        /**
         * The story's centroid (the sum of its articles' unit tf-idf vectors, re-weighted with the whole
         * stream's idf), unit length, into {@code ids[s]} and {@code weights[s]}; false for a story with
         * no terms. {@code dense} and {@code touched} are scratch space, left zeroed.
         */
        private boolean centroid(Story story, double[] idf, double[] dense, int[] touched, int s, int[][] ids, float[][] weights) {
            int count = 0;
            for (int a : story.articles) {
                int[] terms = vectorIds.get(a);
                float[] tfs = vectorTf.get(a);
                if (terms == null) {
                    continue;
                }
                double norm = 0;
                for (int i = 0; i < terms.length; i++) {
                    double w = tfs[i] * idf[terms[i]];
                    norm += w * w;
                }
                norm = Math.sqrt(norm);
                for (int i = 0; i < terms.length && norm > 0; i++) {
                    if (dense[terms[i]] == 0) {
                        touched[count++] = terms[i];
                    }
                    dense[terms[i]] += tfs[i] * idf[terms[i]] / norm;
                }
            }
            double norm = 0;
            for (int k = 0; k < count; k++) {
                norm += dense[touched[k]] * dense[touched[k]];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                for (int k = 0; k < count; k++) {
                    dense[touched[k]] = 0;
                }
                return false;
            }
            ids[s] = Arrays.copyOf(touched, count);
            weights[s] = new float[count];
            for (int k = 0; k < count; k++) {
                weights[s][k] = (float) (dense[touched[k]] / norm);
                dense[touched[k]] = 0;
            }
            return true;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        List<Clustering.Story> stories(List<SourceDocument> documents) {
            int vocabulary = termIds.size();
            double[] idf = streamIdf();
            double[] dense = new double[vocabulary];
            int[] touched = new int[vocabulary];
            List<Clustering.Story> out = new ArrayList<>();
            List<Story> ordered = new ArrayList<>(stories);
            ordered.sort(Comparator.comparingInt(s -> s.articles.stream().mapToInt(Integer::intValue).min().orElse(0)));
            for (Story s : ordered) {
                if (s.articles.isEmpty()) {
                    continue;
                }
                List<Integer> members = new ArrayList<>(s.articles);
                members.sort(null);
                List<String> outlets = members.stream().map(i -> documents.get(i).outlet()).flatMap(Optional::stream).distinct().toList();
                Optional<String> title = centralTitle(s, members, documents, idf, dense, touched);
                out.add(new Clustering.Story("story-" + (out.size() + 1), title, members, outlets,
                        Optional.ofNullable(s.first), Optional.ofNullable(s.last)));
            }
            return out;
        }

        /**
         * The title of the titled member closest to the story's centroid: the article most about what the
         * story is about, not merely the first to arrive. Members that left the index fall back to arrival order.
         */
        private Optional<String> centralTitle(Story story, List<Integer> members, List<SourceDocument> documents, double[] idf,
                                              double[] dense, int[] touched) {
            int[][] ids = new int[1][];
            float[][] weights = new float[1][];
            if (!centroid(story, idf, dense, touched, 0, ids, weights)) {
                return members.stream().map(i -> documents.get(i).title()).flatMap(Optional::stream).findFirst();
            }
            for (int i = 0; i < ids[0].length; i++) {
                dense[ids[0][i]] = weights[0][i];
            }
            Optional<String> best = Optional.empty();
            double bestSimilarity = -1;
            for (int article : members) {
                Optional<String> title = documents.get(article).title();
                int[] terms = vectorIds.get(article);
                if (title.isEmpty()) {
                    continue;
                }
                double similarity = 0;
                if (terms != null) {
                    float[] tfs = vectorTf.get(article);
                    double norm = 0;
                    for (int k = 0; k < terms.length; k++) {
                        double w = tfs[k] * idf[terms[k]];
                        similarity += w * dense[terms[k]];
                        norm += w * w;
                    }
                    similarity = norm == 0 ? 0 : similarity / Math.sqrt(norm);
                }
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = title;
                }
            }
            for (int term : ids[0]) {
                dense[term] = 0;
            }
            return best;
        }
    }

    /** A story while the stream runs. */
    private static final class Story {
        final List<Integer> articles = new ArrayList<>();
        int live;
        LocalDate first;
        LocalDate last;
    }
}
