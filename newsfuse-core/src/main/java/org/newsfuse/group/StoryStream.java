package org.newsfuse.group;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Online story clustering of a news stream (in the spirit of Miranda et al., 2018), one article at a
 * time: each is compared with the recent articles through an inverted index of their heaviest tf-idf
 * terms (idf learnt from the stream so far) and joins the story it is most similar to, or opens a new
 * one; an article that copies an earlier one joins its original's story. {@link #consolidate()} merges
 * stories split early on, whenever the caller asks. The state can be {@linkplain #save saved} and
 * {@linkplain #restore restored}: a restored stream places the next articles exactly as the saved one
 * would have.
 *
 * <p>Story ids are {@code story-N}, N counting stories in the order they were opened, and never change:
 * a story merged into an older one takes the older one's id. Thread-safe: calls are serialized.
 * For a whole batch at once, {@link StoryClusterer} first sorts by date and reads ahead to learn the idf.
 */
public final class StoryStream {

    private static final String MAGIC = "newsfuse-story-stream";
    /** Version 2 added {@code maxSpanDays}; a version 1 stream restores with no span limit. */
    private static final int VERSION = 2;
    private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;

    private final ClusterSettings settings;
    private final TermAnalyzer analyzer;
    private final TermVectors vectors;
    private final StoryPlacer placer;
    private final StoryMerger merger;
    private final SyndicationDetector copies;
    /** Per article, what the stories list needs: id, outlet and title. */
    private final List<Member> members = new ArrayList<>();

    private record Member(String id, Optional<String> outlet, Optional<String> title) {
    }

    /**
     * One article's place.
     *
     * @param article the article's number in the stream, from 0
     * @param id      the article's id, as given
     * @param story   the id of the story it joined or opened
     * @param copyOf  the earlier article it copies, if it is a syndicated copy
     */
    public record Assignment(int article, String id, String story, Optional<Clustering.Duplicate> copyOf) {
    }

    StoryStream(ClusterSettings settings, TermAnalyzer analyzer, SyndicationDetector copies) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.vectors = new TermVectors(settings);
        this.placer = new StoryPlacer(settings);
        this.merger = new StoryMerger(settings);
        this.copies = copies;
    }

    /** An empty stream. {@code analyzer} stays the caller's to close, after the stream is no longer used. */
    public static StoryStream open(ClusterSettings settings, TermAnalyzer analyzer) {
        return new StoryStream(settings, analyzer, new SyndicationDetector(settings.copyContainment()));
    }

    /** The settings this stream groups with. */
    public ClusterSettings settings() {
        return settings;
    }

    /** Places the next article and says where it went. */
    public synchronized Assignment add(SourceDocument article) {
        int index = members.size();
        String text = PageFurniture.strip(article.text());
        Optional<Clustering.Duplicate> copy = copies.add(text)
                .map(c -> new Clustering.Duplicate(c.text(), c.original(), c.containment()));
        int story = place(index, article, text, null, copy.map(Clustering.Duplicate::duplicateOf).orElse(-1));
        // a copy of an article whose story was closed to it is placed as a report of its own, not a copy
        copy = copy.filter(c -> placer.storyOf[c.duplicateOf()] == story);
        return new Assignment(index, article.id(), storyId(story), copy);
    }

    /**
     * Places article {@code index}: counts its terms ({@code tf}, or computed from {@code text} when
     * null, in which case they are counted now), then {@link StoryPlacer#place}.
     */
    int place(int index, SourceDocument document, String text, Map<Integer, Double> tf, int original) {
        while (members.size() <= index) {
            members.add(null);
        }
        members.set(index, new Member(document.id(), document.outlet(), document.title()));
        boolean count = tf == null;
        Map<Integer, Double> frequencies = count ? vectors.termFrequencies(document, text, analyzer) : tf;
        if (count) {
            vectors.count(frequencies);
        }
        return placer.place(index, document.date(), vectors.vector(frequencies), original);
    }

    /** Counts an article's terms ahead of placing it (a batch's look-ahead); returns them for {@link #place}. */
    Map<Integer, Double> countAhead(SourceDocument document) {
        Map<Integer, Double> tf = vectors.termFrequencies(document, PageFurniture.strip(document.text()), analyzer);
        vectors.count(tf);
        return tf;
    }

    /** The index of the story article {@code article} is in now. */
    int storyIndexOf(int article) {
        return placer.storyOf[article];
    }

    /** Makes room for {@code articles} articles. */
    void expect(int articles) {
        placer.ensureArticles(articles);
    }

    /** Merges stories whose centroids, with the idf of the whole stream so far, are similar (see {@link ClusterSettings#mergeThreshold}). */
    public synchronized void consolidate() {
        merger.consolidate(placer, vectors);
    }

    /** How many articles were added. */
    public synchronized int size() {
        return members.size();
    }

    /** The id of the story article {@code article} is in now (merges move articles). */
    public synchronized String storyOf(int article) {
        Objects.checkIndex(article, members.size());
        return storyId(placer.storyOf[article]);
    }

    /**
     * The stories so far, in the order they were opened, with their current ids, and no duplicates
     * list (each {@link Assignment} reports its copy). Does not consolidate.
     */
    public synchronized Clustering clustering() {
        return new Clustering(stories(false), List.of());
    }

    private static String storyId(int story) {
        return "story-" + (story + 1);
    }

    /**
     * The non-empty stories with their members sorted, in order of their first member; numbered
     * {@code story-1, story-2, ...} in that order when {@code renumber}, else by their own ids.
     */
    List<Clustering.Story> stories(boolean renumber) {
        int vocabulary = vectors.vocabulary();
        double[] idf = vectors.idf();
        double[] dense = new double[vocabulary];
        int[] touched = new int[vocabulary];
        List<Clustering.Story> out = new ArrayList<>();
        List<Integer> ordered = new ArrayList<>();
        for (int s = 0; s < placer.stories.size(); s++) {
            ordered.add(s);
        }
        ordered.sort(Comparator.comparingInt(s -> placer.stories.get(s).articles.stream().mapToInt(Integer::intValue).min().orElse(0)));
        for (int s : ordered) {
            OpenStory story = placer.stories.get(s);
            if (story.articles.isEmpty()) {
                continue;
            }
            List<Integer> articles = new ArrayList<>(story.articles);
            articles.sort(null);
            List<String> outlets = articles.stream().map(i -> members.get(i).outlet()).flatMap(Optional::stream).distinct().toList();
            Optional<String> title = centralTitle(story, articles, idf, dense, touched);
            out.add(new Clustering.Story(renumber ? storyId(out.size()) : storyId(s), title, articles, outlets,
                    Optional.ofNullable(story.first), Optional.ofNullable(story.last)));
        }
        return out;
    }

    /**
     * The title of the titled member closest to the story's centroid: the article most about what the
     * story is about, not merely the first to arrive. Members that left the index fall back to arrival order.
     */
    private Optional<String> centralTitle(OpenStory story, List<Integer> articles, double[] idf, double[] dense, int[] touched) {
        int[][] ids = new int[1][];
        float[][] weights = new float[1][];
        if (!StoryMerger.centroid(story, placer.vectors, idf, dense, touched, 0, ids, weights)) {
            return articles.stream().map(i -> members.get(i).title()).flatMap(Optional::stream).findFirst();
        }
        for (int i = 0; i < ids[0].length; i++) {
            dense[ids[0][i]] = weights[0][i];
        }
        Optional<String> best = Optional.empty();
        double bestSimilarity = -1;
        for (int article : articles) {
            Optional<String> title = members.get(article).title();
            ArticleVector vector = placer.vectors.get(article);
            if (title.isEmpty()) {
                continue;
            }
            double similarity = 0;
            if (vector != null) {
                int[] terms = vector.terms();
                float[] tfs = vector.logTf();
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

    /** Writes the whole state (settings, vocabulary, index, stories, copy fingerprints) to {@code out}; does not close it. */
    public synchronized void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        ClusterSettings s = settings;
        data.writeDouble(s.threshold());
        data.writeDouble(s.linkage());
        data.writeDouble(s.titleWeight());
        data.writeInt(s.maxArticleTerms());
        data.writeInt(s.vectorTerms());
        data.writeDouble(s.decayDays());
        data.writeInt(s.window());
        data.writeDouble(s.copyContainment());
        data.writeDouble(s.mergeThreshold());
        data.writeInt(s.warmup());
        data.writeDouble(s.nameWeight());
        data.writeInt(s.closeAfterDays());
        data.writeInt(s.maxSpanDays());
        copies.save(data);
        // vocabulary, in id order, and document frequencies
        String[] terms = new String[vectors.vocabulary()];
        vectors.termIds.forEach((term, id) -> terms[id] = term);
        data.writeInt(terms.length);
        for (int t = 0; t < terms.length; t++) {
            writeString(data, terms[t]);
            data.writeInt(vectors.documentFrequency[t]);
        }
        data.writeInt(vectors.counted);
        // articles
        data.writeInt(members.size());
        for (int a = 0; a < members.size(); a++) {
            Member m = members.get(a);
            writeString(data, m.id());
            writeOptional(data, m.outlet());
            writeOptional(data, m.title());
            data.writeInt(placer.storyOf[a]);
        }
        // stories
        data.writeInt(placer.stories.size());
        for (OpenStory story : placer.stories) {
            data.writeInt(story.articles.size());
            for (int a : story.articles) {
                data.writeInt(a);
            }
            data.writeInt(story.live);
            data.writeLong(story.first == null ? Long.MIN_VALUE : story.first.toEpochDay());
            data.writeLong(story.last == null ? Long.MIN_VALUE : story.last.toEpochDay());
        }
        // the recent articles' vectors, oldest first, and the postings in their exact order
        data.writeInt(placer.recent.size());
        for (int a : placer.recent) {
            ArticleVector v = placer.vectors.get(a);
            data.writeInt(a);
            data.writeInt(v.terms().length);
            for (int i = 0; i < v.terms().length; i++) {
                data.writeInt(v.terms()[i]);
                data.writeFloat(v.weights()[i]);
                data.writeFloat(v.logTf()[i]);
            }
        }
        placer.postings.save(data);
        data.flush();
    }

    /**
     * A stream in the state {@link #save} wrote, grouping with the settings it was saved with.
     *
     * @throws IOException when {@code in} fails or does not hold a saved stream
     */
    public static StoryStream restore(InputStream in, TermAnalyzer analyzer) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a saved story stream (or one of another version)");
        }
        int version = data.readInt();
        if (version != 1 && version != VERSION) {
            throw new IOException("not a saved story stream (or one of another version)");
        }
        ClusterSettings settings = new ClusterSettings(data.readDouble(), data.readDouble(), data.readDouble(), data.readInt(),
                data.readInt(), data.readDouble(), data.readInt(), data.readDouble(), data.readDouble(), data.readInt(),
                data.readDouble(), data.readInt(), version == 1 ? 0 : data.readInt());
        StoryStream stream = new StoryStream(settings, analyzer, SyndicationDetector.restore(data));
        int vocabulary = data.readInt();
        for (int t = 0; t < vocabulary; t++) {
            int id = stream.vectors.id(readString(data));
            stream.vectors.documentFrequency[id] = data.readInt();
        }
        stream.vectors.counted = data.readInt();
        int articles = data.readInt();
        stream.placer.ensureArticles(articles);
        for (int a = 0; a < articles; a++) {
            stream.members.add(new Member(readString(data), readOptional(data), readOptional(data)));
            stream.placer.storyOf[a] = data.readInt();
        }
        int stories = data.readInt();
        for (int s = 0; s < stories; s++) {
            OpenStory story = new OpenStory();
            int size = data.readInt();
            for (int i = 0; i < size; i++) {
                story.articles.add(data.readInt());
            }
            story.live = data.readInt();
            long first = data.readLong();
            long last = data.readLong();
            story.first = first == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(first);
            story.last = last == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
            stream.placer.stories.add(story);
        }
        int recent = data.readInt();
        for (int r = 0; r < recent; r++) {
            int article = data.readInt();
            int size = data.readInt();
            int[] terms = new int[size];
            float[] weights = new float[size];
            float[] logTf = new float[size];
            for (int i = 0; i < size; i++) {
                terms[i] = data.readInt();
                weights[i] = data.readFloat();
                logTf[i] = data.readFloat();
            }
            stream.placer.recent.addLast(article);
            stream.placer.vectors.put(article, new ArticleVector(terms, weights, logTf));
        }
        stream.placer.postings.restore(data);
        return stream;
    }

    private static void writeOptional(DataOutputStream data, Optional<String> value) throws IOException {
        data.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writeString(data, value.get());
        }
    }

    /** Length and UTF-8 bytes: unlike {@code writeUTF}, any length. */
    private static void writeString(DataOutputStream data, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static String readString(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("corrupt saved story stream: a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Optional<String> readOptional(DataInputStream data) throws IOException {
        return data.readBoolean() ? Optional.of(readString(data)) : Optional.empty();
    }
}
