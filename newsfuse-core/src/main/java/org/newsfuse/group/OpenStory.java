package org.newsfuse.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A story while the stream runs: its articles, how many are still in the index, and its dates. Mutable. */
final class OpenStory {
    final List<Integer> articles = new ArrayList<>();
    int live;
    LocalDate first;
    LocalDate last;

    /** Days between this story's articles and a span of dates (0 when they overlap or a date is unknown). */
    long daysApart(LocalDate from, LocalDate to) {
        if (from == null || first == null) {
            return 0;
        }
        // epoch days: the same count as ChronoUnit.DAYS.between, without its general date arithmetic (a hot path)
        return to.isBefore(first) ? first.toEpochDay() - to.toEpochDay()
                : from.isAfter(last) ? from.toEpochDay() - last.toEpochDay() : 0;
    }

    /** Whether no article came for more than {@code closeAfterDays} between this story and the other. */
    boolean closedTo(OpenStory other, int closeAfterDays) {
        return closeAfterDays > 0 && other.first != null && daysApart(other.first, other.last) > closeAfterDays;
    }

    /**
     * Whether this story, with articles dated {@code from} to {@code to} added, would span more than
     * {@code maxSpanDays} from its first article to its last (never when a date is unknown or 0 means no limit).
     */
    boolean spansTooLong(LocalDate from, LocalDate to, int maxSpanDays) {
        if (maxSpanDays <= 0 || from == null || first == null) {
            return false;
        }
        LocalDate start = from.isBefore(first) ? from : first;
        LocalDate end = to.isAfter(last) ? to : last;
        return end.toEpochDay() - start.toEpochDay() > maxSpanDays;
    }

    /** Takes in {@code from}'s articles and dates, leaving it empty. */
    void absorb(OpenStory from) {
        articles.addAll(from.articles);
        live += from.live;
        first = from.first == null || (first != null && first.isBefore(from.first)) ? first : from.first;
        last = from.last == null || (last != null && last.isAfter(from.last)) ? last : from.last;
        from.articles.clear();
        from.live = 0;
    }
}
