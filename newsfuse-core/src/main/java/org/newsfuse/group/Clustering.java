package org.newsfuse.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Articles grouped into stories, and the near-duplicate copies among them.
 *
 * @param stories    every story, in the order it was first seen
 * @param duplicates every article found to copy an earlier one
 */
public record Clustering(List<Story> stories, List<Duplicate> duplicates) {

    public Clustering {
        stories = List.copyOf(stories);
        duplicates = List.copyOf(duplicates);
    }

    /**
     * One story: its articles (indexes into the input), in arrival order.
     *
     * @param id        "story-1", "story-2", ... in order of first appearance
     * @param title     the title of its most central article, when articles have titles
     * @param articles  input indexes of its articles
     * @param outlets   distinct outlets, in order of appearance
     * @param firstSeen earliest article date
     * @param lastSeen  latest article date
     */
    public record Story(String id, Optional<String> title, List<Integer> articles, List<String> outlets,
                        Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen) {
        public Story {
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * An article that repeats an earlier one (a syndicated copy, possibly retitled or trimmed).
     *
     * @param article     input index of the copy
     * @param duplicateOf input index of the earlier article
     * @param similarity  share of the shorter text's word 5-grams found in the other
     */
    public record Duplicate(int article, int duplicateOf, double similarity) {
    }
}
