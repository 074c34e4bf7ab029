package org.newsfuse.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The grouped stories with their articles' texts, for summarizing, in one shuffle: each article is keyed
 * by (story number, input order), the keys are range-partitioned by story number and sorted within each
 * partition, so a partition is a run of whole stories in story order whose articles arrive one story at a
 * time. No task holds more than one story's articles, and the output is in story order without a sort.
 */
final class StoryMembers {

    /** An article's place in the output: its story's number ({@code story-N}), then its input order. */
    record Key(long story, long order) implements Comparable<Key>, Serializable {
        @Override
        public int compareTo(Key o) {
            int byStory = Long.compare(story, o.story);
            return byStory != 0 ? byStory : Long.compare(order, o.order);
        }
    }

    private StoryMembers() {
    }

    /**
     * {@code articles} assembled into the stories of {@code grouped} ({@code stories} of them, numbered 1
     * to {@code stories}), over at least {@code partitions} partitions (one per 500 stories, at most 1,000).
     */
    static JavaRDD<StoryRow> assemble(JavaRDD<GroupedStory> grouped, long stories, JavaRDD<ArticleRow> articles, int partitions) {
        JavaPairRDD<Long, Long> storyOf = grouped.flatMapToPair(s -> {
            long number = number(s.id());
            return s.members().stream().map(order -> new Tuple2<>(order, number)).iterator();
        });
        JavaPairRDD<Key, ArticleRow> keyed = articles.mapToPair(a -> new Tuple2<>(a.order(), a)).join(storyOf, partitions)
                .mapToPair(t -> new Tuple2<>(new Key(t._2._2, t._1), t._2._1));
        // story sizes are skewed (the earliest-numbered stories have had longest to grow), so many small
        // ranges of about 500 stories, not one range per task: the last task then holds up little
        int ranges = (int) Math.max(partitions, Math.min(1000, stories / 500));
        return keyed.repartitionAndSortWithinPartitions(new ByStory(ranges, stories))
                .mapPartitions(StoryMembers::stories, true);
    }

    static long number(String storyId) {
        return Long.parseLong(storyId.substring("story-".length()));
    }

    /** Consecutive articles of one story number become one story row. */
    private static Iterator<StoryRow> stories(Iterator<Tuple2<Key, ArticleRow>> sorted) {
        return new Iterator<>() {
            private Tuple2<Key, ArticleRow> pending = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public StoryRow next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                long story = pending._1.story();
                List<ArticleRow> members = new ArrayList<>();
                while (pending != null && pending._1.story() == story) {
                    members.add(pending._2);
                    pending = sorted.hasNext() ? sorted.next() : null;
                }
                return new StoryRow("story-" + story, story, members);
            }
        };
    }

    /** Stories 1..n in {@code partitions} contiguous ranges. */
    private static final class ByStory extends Partitioner {
        private final int partitions;
        private final long stories;

        ByStory(int partitions, long stories) {
            this.partitions = partitions;
            this.stories = Math.max(1, stories);
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            long story = ((Key) key).story();
            return (int) Math.min(partitions - 1, Math.max(0, (story - 1) * partitions / stories));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByStory b && b.partitions == partitions && b.stories == stories;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(stories) * 31 + partitions;
        }
    }
}
