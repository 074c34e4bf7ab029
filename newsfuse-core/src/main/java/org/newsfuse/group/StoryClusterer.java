package org.newsfuse.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.analyze.SyndicationDetector;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.clean.PageFurniture;
import org.newsfuse.ingest.SourceDocument;

/**
 * Groups a batch of articles into stories, as a {@link StoryStream} would place them in date order,
 * with two things only a batch allows: the first {@code warmup} articles are read ahead to learn
 * document frequencies before the first is placed (idf learnt from a handful of articles is noise),
 * and the stories are consolidated when the batch ends. An article that copies an earlier one
 * ({@link SyndicationDetector}) joins its original's story, however little of it the copy kept. A
 * story that has had no article for {@code closeAfterDays} is closed. Immutable and thread-safe; the
 * analyzer is the caller's.
 */
public final class StoryClusterer {

    private final ClusterSettings settings;

    public StoryClusterer(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** With {@link ClusterSettings#defaults()}. */
    public static StoryClusterer defaults() {
        return new StoryClusterer(ClusterSettings.defaults());
    }

    /** The settings it groups with. */
    public ClusterSettings settings() {
        return settings;
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
        StoryStream run = new StoryStream(settings, analyzer, null);
        run.expect(documents.size());
        List<Map<Integer, Double>> termFrequencies = new ArrayList<>(documents.size());
        for (int i = 0; i < order.length; i++) {
            termFrequencies.add(i < settings.warmup() ? run.countAhead(documents.get(order[i])) : null);
        }
        SyndicationDetector copies = new SyndicationDetector(settings.copyContainment());
        List<Clustering.Duplicate> duplicates = new ArrayList<>();
        for (int position = 0; position < order.length; position++) {
            int index = order[position];
            SourceDocument document = documents.get(index);
            // an article that is all page furniture has no terms, so it opens a story of its own, and copies nothing
            String text = PageFurniture.strip(document.text());
            Optional<SyndicationDetector.Copy> copy = copies.add(text);
            // a copy is one report of its original's story, however little of it the copy kept
            int original = copy.isPresent() ? order[copy.get().original()] : -1;
            int story = run.place(index, document, text, termFrequencies.get(position), original);
            // unless that story was closed to it (a copy republished long after): then it is a report of its own
            if (copy.isPresent() && run.storyIndexOf(original) == story) {
                duplicates.add(new Clustering.Duplicate(index, original, copy.get().containment()));
            }
        }
        run.consolidate();
        return new Clustering(run.stories(true), duplicates);
    }
}
