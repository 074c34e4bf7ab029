package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One story found by {@code group}: the output row, and what {@code pipeline} summarizes.
 *
 * @param id         {@code story-1}, {@code story-2}, ... in the input order of each story's first article
 * @param title      the title of its most central article, or null
 * @param members    its articles' input orders, ascending
 * @param articleIds its articles' ids, in input order
 * @param titles     its articles' titles (null when untitled), in input order
 * @param outlets    distinct outlets, in input order
 * @param firstSeen  earliest article date, or null
 * @param lastSeen   latest article date, or null
 * @param duplicates syndicated copies among its articles
 */
public record GroupedStory(String id, String title, List<Long> members, List<String> articleIds, List<String> titles,
                           List<String> outlets, String firstSeen, String lastSeen, List<StoryDuplicate> duplicates)
        implements Serializable {

    public GroupedStory {
        members = List.copyOf(members);
        articleIds = List.copyOf(articleIds);
        titles = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(titles));
        outlets = List.copyOf(outlets);
        duplicates = List.copyOf(duplicates);
    }
}
