package org.newsfuse.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.newsfuse.GroupOptions;
import scala.Tuple2;

/**
 * Groups a corpus of articles into stories without bringing it to the driver, with each task's memory
 * bounded by {@code chunkArticles}, however large the corpus.
 *
 * <ol>
 *   <li><b>Chunks.</b> The articles are range-partitioned in the single-process clusterer's own order
 *       (date, then input order) into chunks of about {@code chunkArticles}: each chunk is a stretch of
 *       the news stream.</li>
 *   <li><b>Online clustering per chunk.</b> Each task groups its chunk with the library's clusterer,
 *       exactly as {@code newsfuse cluster} groups a whole input. A corpus that fits in one chunk is
 *       grouped exactly as the CLI groups it.</li>
 *   <li><b>Merge across chunk boundaries.</b> A story whose articles straddle the boundary between two
 *       neighbouring chunks is found twice. Each chunk story is reduced to a sketch (its central title
 *       and the leads of its first articles); the sketches of two neighbouring chunks are grouped again
 *       by the same clusterer, and a group that joins a story of one chunk with a story of the other
 *       merges them. One task per boundary: its memory is bounded by two chunks' sketches.</li>
 *   <li><b>Connected components.</b> The merges form a graph over chunk stories (a long story can span
 *       several chunks); its components are found by label propagation, in Spark.</li>
 * </ol>
 */
final class DistributedGrouping implements Serializable {

    /** Characters of each article's lead in a story's sketch, and of the whole sketch. */
    private static final int SKETCH_LEAD_CHARS = 600;
    private static final int SKETCH_CHARS = 3000;

    private final int chunkArticles;
    private final GroupOptions options;

    /** Chunks of about {@code chunkArticles}, each grouped (and the chunks merged) with {@code options}. */
    DistributedGrouping(int chunkArticles, GroupOptions options) {
        this.chunkArticles = chunkArticles;
        this.options = options;
    }

    /** The stories of {@code articles} ({@code count} of them), numbered in the input order of their first articles. */
    JavaRDD<GroupedStory> group(JavaRDD<ArticleRow> articles, long count) {
        int chunks = (int) Math.max(1, (count + chunkArticles - 1) / chunkArticles);
        JavaRDD<ArticleRow> ordered = articles.sortBy(DistributedGrouping::streamKey, true, chunks);
        // serialised: a million articles' chunk stories carry about 200,000 sketches of up to 3,000 characters
        GroupOptions grouping = options;
        JavaRDD<ChunkStory> chunkStories = ordered.mapPartitionsWithIndex((chunk, rows) -> groupChunk(chunk, rows, grouping), true)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = chunks == 1 ? null : components(mergesAcrossBoundaries(chunkStories, grouping));
        JavaPairRDD<String, ChunkStory> keyed = chunkStories.mapToPair(s -> new Tuple2<>(s.key(), s));
        JavaPairRDD<String, ChunkStory> labelled = labels == null ? keyed
                : keyed.leftOuterJoin(labels).mapToPair(t -> new Tuple2<>(t._2._2.orElse(t._1), t._2._1));
        JavaRDD<List<ChunkStory>> merged = labelled.groupByKey().map(t -> {
            List<ChunkStory> parts = new ArrayList<>();
            t._2.forEach(parts::add);
            return parts;
        });
        return merged.sortBy(parts -> parts.stream().mapToLong(ChunkStory::firstOrder).min().orElseThrow(), true, merged.getNumPartitions())
                .zipWithIndex().map(t -> story("story-" + (t._2 + 1), t._1));
    }

    /** The clusterer's order: date (undated first), then input order. */
    private static String streamKey(ArticleRow a) {
        return a.dateKey() + "|" + String.format(Locale.ROOT, "%019d", a.order());
    }

    /** Groups one chunk: its articles are all in this task's memory, at most about {@code chunkArticles}. */
    private static Iterator<ChunkStory> groupChunk(int chunk, Iterator<ArticleRow> rows, GroupOptions options) {
        List<ArticleRow> articles = new ArrayList<>();
        rows.forEachRemaining(articles::add);
        if (articles.isEmpty()) {
            return List.<ChunkStory>of().iterator();
        }
        ExecutorLibrary.Grouping grouping = ExecutorLibrary.get().group(articles, options);
        Map<Integer, List<StoryDuplicate>> duplicatesOf = new HashMap<>();
        int[] storyOf = new int[articles.size()];
        for (int s = 0; s < grouping.stories().size(); s++) {
            for (int member : grouping.stories().get(s).members()) {
                storyOf[member] = s;
            }
        }
        for (ExecutorLibrary.LocalDuplicate d : grouping.duplicates()) {
            duplicatesOf.computeIfAbsent(storyOf[d.article()], k -> new ArrayList<>()).add(
                    new StoryDuplicate(articles.get(d.article()).id(), articles.get(d.duplicateOf()).id(), d.similarity()));
        }
        List<ChunkStory> out = new ArrayList<>(grouping.stories().size());
        for (int s = 0; s < grouping.stories().size(); s++) {
            ExecutorLibrary.LocalStory story = grouping.stories().get(s);
            List<ArticleRow> members = story.members().stream().map(articles::get).sorted(Comparator.comparingLong(ArticleRow::order)).toList();
            StringBuilder sketch = new StringBuilder();
            for (ArticleRow member : members) {
                if (sketch.length() >= SKETCH_CHARS) {
                    break;
                }
                sketch.append(lead(member.text())).append("\n\n");
            }
            out.add(new ChunkStory(chunk, s, story.title(), members.size(), members.stream().map(ArticleRow::order).toList(),
                    members.stream().map(ArticleRow::id).toList(), members.stream().map(ArticleRow::title).toList(), story.outlets(),
                    story.firstSeen(), story.lastSeen(), duplicatesOf.getOrDefault(s, List.of()), sketch.toString()));
        }
        return out.iterator();
    }

    /**
     * The stories of the boundary that can merge within {@code maxSpanDays} (two stories together span at
     * least from the first one's start to the other's end): of the earlier chunk, those that began at most
     * that many days before some story of the later chunk ends; of the later chunk, those that end at most
     * that many days after some story of the earlier chunk began. Undated stories stay. On a crawl much
     * longer than the limit this is a small part of each chunk.
     */
    private static List<ChunkStory> nearTheBoundary(List<ChunkStory> stories, int boundary, int maxSpanDays) {
        String lastToBegin = null;
        String firstToEnd = null;
        for (ChunkStory s : stories) {
            if (s.chunk() == boundary && s.firstSeen() != null && (lastToBegin == null || s.firstSeen().compareTo(lastToBegin) > 0)) {
                lastToBegin = s.firstSeen();
            }
            if (s.chunk() != boundary && s.lastSeen() != null && (firstToEnd == null || s.lastSeen().compareTo(firstToEnd) < 0)) {
                firstToEnd = s.lastSeen();
            }
        }
        if (lastToBegin == null || firstToEnd == null) {
            return stories;
        }
        LocalDate earlierBegins = LocalDate.parse(lastToBegin);
        LocalDate laterEnds = LocalDate.parse(firstToEnd);
        List<ChunkStory> near = new ArrayList<>(stories.size());
        for (ChunkStory s : stories) {
            boolean keep = s.firstSeen() == null
                    || (s.chunk() == boundary ? ChronoUnit.DAYS.between(LocalDate.parse(s.firstSeen()), laterEnds) <= maxSpanDays
                            : ChronoUnit.DAYS.between(earlierBegins, LocalDate.parse(s.lastSeen())) <= maxSpanDays);
            if (keep) {
                near.add(s);
            }
        }
        return near;
    }

    /** Whether the two stories together span at most {@code maxSpanDays} (always when 0 or a date is unknown). */
    static boolean withinSpan(ChunkStory a, ChunkStory b, int maxSpanDays) {
        if (maxSpanDays <= 0 || a.firstSeen() == null || b.firstSeen() == null) {
            return true;
        }
        LocalDate first = LocalDate.parse(a.firstSeen().compareTo(b.firstSeen()) <= 0 ? a.firstSeen() : b.firstSeen());
        LocalDate last = LocalDate.parse(a.lastSeen().compareTo(b.lastSeen()) >= 0 ? a.lastSeen() : b.lastSeen());
        return ChronoUnit.DAYS.between(first, last) <= maxSpanDays;
    }

    /** The start of an article, cut at a word boundary. */
    private static String lead(String text) {
        if (text.length() <= SKETCH_LEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SKETCH_LEAD_CHARS);
        return text.substring(0, cut > 0 ? cut : SKETCH_LEAD_CHARS);
    }

    /** Pairs of chunk stories (keys) found to be one story, from each boundary between neighbouring chunks. */
    private static JavaPairRDD<String, String> mergesAcrossBoundaries(JavaRDD<ChunkStory> stories, GroupOptions options) {
        // a story goes to the boundary after its chunk (as the earlier side) and to the one before it (as the later side)
        JavaPairRDD<Integer, ChunkStory> sides = stories.flatMapToPair(s -> List.of(new Tuple2<>(s.chunk(), s),
                new Tuple2<>(s.chunk() - 1, s)).iterator()).filter(t -> t._1 >= 0);
        return sides.groupByKey().flatMapToPair(t -> boundaryMerges(t._1, t._2, options).iterator());
    }

    /** Groups the sketches of chunks {@code boundary} and {@code boundary + 1}; each group spanning both is a merge. */
    private static List<Tuple2<String, String>> boundaryMerges(int boundary, Iterable<ChunkStory> side, GroupOptions options) {
        List<ChunkStory> all = new ArrayList<>();
        side.forEach(all::add);
        // earlier chunk first, each in input order: the order the clusterer would have seen the articles
        all.sort(Comparator.comparingInt(ChunkStory::chunk).thenComparingLong(ChunkStory::firstOrder));
        if (all.stream().noneMatch(s -> s.chunk() == boundary + 1)) {
            return List.of();
        }
        // with a span limit, a story that could only merge beyond it is left out of the boundary's grouping
        List<ChunkStory> stories = options.maxSpanDays() > 0 ? nearTheBoundary(all, boundary, options.maxSpanDays()) : all;
        List<ArticleRow> sketches = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            ChunkStory s = stories.get(i);
            // the earlier chunk's story as it ended, the later chunk's as it began: the dates closest to each other
            String date = s.chunk() == boundary ? s.lastSeen() : s.firstSeen();
            sketches.add(new ArticleRow(s.key(), s.key(), null, s.title(), date, s.sketch(), i));
        }
        List<Tuple2<String, String>> merges = new ArrayList<>();
        for (ExecutorLibrary.LocalStory group : ExecutorLibrary.get().group(sketches, options).stories()) {
            Set<Integer> chunksInGroup = new HashSet<>();
            group.members().forEach(m -> chunksInGroup.add(stories.get(m).chunk()));
            if (chunksInGroup.size() < 2) {
                continue;
            }
            ChunkStory first = stories.get(group.members().get(0));
            for (int m = 1; m < group.members().size(); m++) {
                ChunkStory other = stories.get(group.members().get(m));
                // a sketch carries one date; the two stories' whole dates must keep within the span limit too
                if (withinSpan(first, other, options.maxSpanDays())) {
                    merges.add(new Tuple2<>(first.key(), other.key()));
                }
            }
        }
        return merges;
    }

    /**
     * Each chunk story that was merged, with its component's label (the smallest key in it), by label
     * propagation: every round, each node takes the smallest label among itself and its neighbours,
     * until no label changes. Rounds grow with the longest chain of merges, not with the corpus.
     */
    private static JavaPairRDD<String, String> components(JavaPairRDD<String, String> merges) {
        JavaPairRDD<String, String> edges = merges.union(merges.mapToPair(Tuple2::swap)).distinct().persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = edges.keys().distinct().mapToPair(k -> new Tuple2<>(k, k));
        for (int round = 0; round < 1000; round++) {
            JavaPairRDD<String, String> next = edges.join(labels)
                    .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2))
                    .union(labels)
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(t -> !t._2._1.equals(t._2._2)).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        edges.unpersist(false);
        return labels;
    }

    /** One output story from the chunk stories merged into it. */
    private static GroupedStory story(String id, List<ChunkStory> parts) {
        List<Integer> byOrder = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<StoryDuplicate> duplicates = new ArrayList<>();
        String first = null;
        String last = null;
        ChunkStory largest = parts.get(0);
        for (ChunkStory part : parts) {
            for (int m = 0; m < part.size(); m++) {
                byOrder.add(byOrder.size());
                orders.add(part.members().get(m));
                ids.add(part.memberIds().get(m));
                titles.add(part.memberTitles().get(m));
            }
            duplicates.addAll(part.duplicates());
            if (part.firstSeen() != null && (first == null || part.firstSeen().compareTo(first) < 0)) {
                first = part.firstSeen();
            }
            if (part.lastSeen() != null && (last == null || part.lastSeen().compareTo(last) > 0)) {
                last = part.lastSeen();
            }
            if (part.size() > largest.size() || part.size() == largest.size() && part.firstOrder() < largest.firstOrder()) {
                largest = part;
            }
        }
        byOrder.sort(Comparator.comparingLong(orders::get));
        Set<String> outlets = new LinkedHashSet<>();
        // outlets in the order their first article arrived: the parts' lists, earliest part first
        parts.stream().sorted(Comparator.comparingLong(ChunkStory::firstOrder)).forEach(p -> outlets.addAll(p.outlets()));
        return new GroupedStory(id, largest.title(), byOrder.stream().map(orders::get).toList(), byOrder.stream().map(ids::get).toList(),
                byOrder.stream().map(titles::get).toList(), List.copyOf(outlets), first, last, duplicates);
    }
}
