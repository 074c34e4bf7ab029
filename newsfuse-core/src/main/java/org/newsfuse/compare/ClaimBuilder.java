package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Quotations;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.analyze.SentenceEncoder;
import org.newsfuse.analyze.StoryTerms;
import org.newsfuse.clean.Article;

/**
 * Aligns the articles' sentences into claims. Each sentence is matched to the best-aligned sentence of
 * every other article (wording: {@link SentenceAligner}); a match whose figures disagree ("$4.2
 * million" against "more than $5 million"; "more than 90 minutes" against "two hours", but not against
 * "an hour-and-a-half") makes the claim conflicting. A sentence already shown as another claim's
 * mutual best match is not listed again. Syndicated copies and articles of one outlet count as one source.
 */
final class ClaimBuilder {

    private static final int MIN_WORDS = 5;
    private static final double ANCHORED_COSINE = 0.18;
    private static final int MIN_ANCHORS = 4;
    private static final double PARAPHRASE_COSINE = 0.9;
    private static final int PARAPHRASE_ANCHORS = 2;
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b");

    /** The named entities, months and figures a sentence mentions: what pins a claim to its event. */
    private static Set<String> anchors(String text, EntityExtractor.Result entities) {
        Set<String> found = new HashSet<>();
        for (Comparison.Entity e : entities.entities()) {
            if (text.contains(e.name()) || e.aliases().stream().anyMatch(alias -> alias.length() > 3 && text.contains(alias))) {
                found.add(e.name());
            }
        }
        java.util.regex.Matcher m = MONTH.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.addAll(Sentence.numbersIn(text));
        return found;
    }

    /** Each sentence's anchors as ascending ids (one id per distinct anchor in the story), so pairs compare without hashing. */
    private static List<int[]> anchorIds(List<Sentence> sentences, EntityExtractor.Result entities) {
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        List<int[]> anchors = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            Set<String> found = anchors(sentence.text(), entities);
            int[] row = new int[found.size()];
            int k = 0;
            for (String anchor : found) {
                row[k++] = ids.computeIfAbsent(anchor, x -> ids.size());
            }
            java.util.Arrays.sort(row);
            anchors.add(row);
        }
        return anchors;
    }

    /** How many anchors two sentences share (both ascending and distinct). */
    private static int shared(int[] a, int[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private final SentenceAligner aligner;
    private final Optional<SentenceEncoder> encoder;

    ClaimBuilder(SentenceAligner aligner, Optional<SentenceEncoder> encoder) {
        this.aligner = aligner;
        this.encoder = encoder;
    }

    List<Comparison.Claim> build(AnalyzedStory story, int[] independentGroup, EntityExtractor.Result entities) {
        List<Sentence> sentences = story.sentences();
        List<int[]> anchors = anchorIds(sentences, entities);
        int n = sentences.size();
        int articles = story.articles().size();
        Candidates candidates = Candidates.of(story);
        Nearest byWording = Nearest.of(sentences, candidates, (a, b) -> {
            double similarity = aligner.wordingSimilarity(story, a, b);
            if (similarity == 0) {
                double cosine = story.terms().cosine(a, b);
                if (cosine >= ANCHORED_COSINE && shared(anchors.get(a), anchors.get(b)) >= MIN_ANCHORS) {
                    // the same who, where and when in other words: "signalled it would block the merger" / "vowed to stop the deal"
                    return cosine;
                }
            }
            return similarity;
        });
        Nearest best = byWording;
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < best.articles[a].length; k++) {
                best.anchored[a][k] = aligner.wordingSimilarity(story, a, best.sentences[a][k]) == 0;
            }
        }
        encoder.ifPresent(e -> addParaphrases(story, e, anchors, best, candidates));
        List<Comparison.Claim> claims = new ArrayList<>();
        boolean[] shown = new boolean[n];
        FiguresBySentence quantities = new FiguresBySentence(story);
        NamesBySentence names = new NamesBySentence(sentences, entities);
        // one support per sentence, shared by every claim listing it (10,000 articles list millions of them)
        Comparison.Support[] supports = new Comparison.Support[n];
        // a quotation's middle sentences are someone's words, shown under the quotes, not the outlet's claims
        boolean[] continuing = Quotations.continuing(story);
        for (int a = 0; a < n; a++) {
            Sentence sentence = sentences.get(a);
            if (sentence.words() < MIN_WORDS || shown[a] || continuing[a]) {
                continue;
            }
            List<Comparison.Support> support = new ArrayList<>(best.articles[a].length + 1);
            support.add(support(story, a, supports));
            int firstGroup = independentGroup[sentence.articleIndex()];
            boolean independent = false;
            Values values = new Values();
            List<FigureGroup> own = quantities.of(a);
            for (int k = 0; k < best.articles[a].length; k++) {
                int other = best.articles[a][k];
                int b = best.sentences[a][k];
                support.add(support(story, b, supports));
                independent |= independentGroup[other] != firstGroup;
                if (best.find(b, sentence.articleIndex()) == a) {
                    shown[b] = true;
                }
                if (!best.anchored[a][k]) {
                    // a looser, anchored match may pair two events of one story: too weak to call figures contradictory
                    addConflicts(own, quantities.of(b), values);
                    addNameConflicts(story, a, b, values, names);
                }
            }
            Comparison.Status status = !values.isEmpty() ? Comparison.Status.CONFLICTING
                    : independent ? Comparison.Status.CORROBORATED : Comparison.Status.SINGLE_SOURCE;
            claims.add(new Comparison.Claim(sentence.text(), status, support, values.list()));
        }
        return claims;
    }

    /**
     * Pairs sentences that no wording or anchor rule matched but that say the same thing in other words:
     * each is the other's nearest sentence in meaning between their two articles, they are close enough
     * to be paraphrases, and they share at least two names, places, months or figures. Mutual nearest is what keeps
     * this safe: a sentence only one article carries still has a nearest sentence in the other article,
     * but rarely one that picks it back.
     */
    private static void addParaphrases(AnalyzedStory story, SentenceEncoder encoder, List<int[]> anchors, Nearest best,
                                       Candidates candidates) {
        List<Sentence> sentences = story.sentences();
        int n = sentences.size();
        // only sentences long enough to be claims are worth the encoder's time
        List<Integer> claimSized = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (sentences.get(s).words() >= MIN_WORDS) {
                claimSized.add(s);
            }
        }
        float[][] encoded = encoder.encode(claimSized.stream().map(s -> sentences.get(s).text()).toList());
        float[][] meaning = new float[n][];
        for (int k = 0; k < encoded.length; k++) {
            meaning[claimSized.get(k)] = encoded[k];
        }
        Nearest nearest = Nearest.of(sentences, candidates, (a, b) -> SentenceEncoder.cosine(meaning[a], meaning[b]));
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < nearest.articles[a].length; k++) {
                int other = nearest.articles[a][k];
                int b = nearest.sentences[a][k];
                if (best.find(a, other) >= 0 || nearest.find(b, sentences.get(a).articleIndex()) != a) {
                    continue;
                }
                if (nearest.similarity[a][k] >= PARAPHRASE_COSINE && shared(anchors.get(a), anchors.get(b)) >= PARAPHRASE_ANCHORS) {
                    best.put(a, other, b, true);
                }
            }
        }
    }

    /**
     * A sentence's figures of one kind and unit, with the values a conflict over them lists.
     *
     * @param values each figure as the sentence's article states it
     */
    private record FigureGroup(Quantities.Kind kind, String unit, List<Quantities.Quantity> figures, List<Comparison.Value> values) {
    }

    /** Each sentence's figures, read once however many sentences it is compared with, grouped by kind (in order) and unit. */
    private static final class FiguresBySentence {
        private final AnalyzedStory story;
        private final List<List<FigureGroup>> read;

        FiguresBySentence(AnalyzedStory story) {
            this.story = story;
            this.read = new ArrayList<>(java.util.Collections.nCopies(story.sentences().size(), null));
        }

        List<FigureGroup> of(int sentence) {
            List<FigureGroup> groups = read.get(sentence);
            if (groups == null) {
                groups = new ArrayList<>(2);
                List<Quantities.Quantity> figures = Quantities.in(story.sentences().get(sentence).text());
                Article article = story.articleOf(story.sentences().get(sentence));
                for (Quantities.Kind kind : Quantities.Kind.values()) {
                    java.util.Map<String, List<Quantities.Quantity>> byUnit = new java.util.LinkedHashMap<>();
                    for (Quantities.Quantity q : figures) {
                        if (q.kind() == kind) {
                            byUnit.computeIfAbsent(q.unit(), u -> new ArrayList<>()).add(q);
                        }
                    }
                    for (var entry : byUnit.entrySet()) {
                        List<Comparison.Value> values = new ArrayList<>();
                        for (Quantities.Quantity q : entry.getValue()) {
                            values.add(new Comparison.Value(article.id(), article.outletOrUnknown(), q.text()));
                        }
                        groups.add(new FigureGroup(kind, entry.getKey(), List.copyOf(entry.getValue()), List.copyOf(values)));
                    }
                }
                read.set(sentence, groups);
            }
            return groups;
        }
    }

    /**
     * Which sentences each sentence is compared with. A story of up to {@link #EXHAUSTIVE_SENTENCES}
     * sentences compares every pair; a larger one (thousands of articles) compares each sentence with at
     * most {@link #MAX_CANDIDATES} others, found through the rarest terms they share, so the pairwise
     * work is bounded. Sentences sharing no term never align, so nothing is lost but the weakest links
     * of very large stories.
     */
    private static final class Candidates {

        static final int EXHAUSTIVE_SENTENCES = 4000;
        static final int MAX_CANDIDATES = 256;

        private final int[][] postings;
        private final StoryTerms terms;
        private final int sentences;
        /** For each sentence, 1 + the sentence whose candidates last included it: a set cleared for free. Used by one thread. */
        private final int[] chosenFor;

        private Candidates(int[][] postings, StoryTerms terms, int sentences) {
            this.postings = postings;
            this.terms = terms;
            this.sentences = sentences;
            this.chosenFor = postings == null ? null : new int[sentences];
        }

        static Candidates of(AnalyzedStory story) {
            int n = story.sentences().size();
            if (n <= EXHAUSTIVE_SENTENCES) {
                return new Candidates(null, story.terms(), n);
            }
            StoryTerms terms = story.terms();
            int[] counts = new int[terms.vocabularySize()];
            for (int s = 0; s < n; s++) {
                for (int id : terms.distinctIds(s)) {
                    counts[id]++;
                }
            }
            int[][] postings = new int[counts.length][];
            for (int id = 0; id < counts.length; id++) {
                postings[id] = new int[counts[id]];
            }
            int[] filled = new int[counts.length];
            for (int s = 0; s < n; s++) {
                for (int id : terms.distinctIds(s)) {
                    postings[id][filled[id]++] = s;
                }
            }
            return new Candidates(postings, terms, n);
        }

        /** The sentences to compare {@code a} with, ascending. */
        int[] of(int a) {
            if (postings == null) {
                int[] all = new int[sentences];
                for (int b = 0; b < sentences; b++) {
                    all[b] = b;
                }
                return all;
            }
            int[] ids = terms.distinctIds(a);
            long[] rarestFirst = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                rarestFirst[i] = ((long) postings[ids[i]].length << 32) | ids[i];
            }
            java.util.Arrays.sort(rarestFirst);
            int[] chosen = new int[MAX_CANDIDATES];
            int size = 0;
            for (int k = 0; k < rarestFirst.length && size < MAX_CANDIDATES; k++) {
                for (int b : postings[(int) rarestFirst[k]]) {
                    if (size >= MAX_CANDIDATES) {
                        break;
                    }
                    if (b != a && chosenFor[b] != a + 1) {
                        chosenFor[b] = a + 1;
                        chosen[size++] = b;
                    }
                }
            }
            int[] ascending = java.util.Arrays.copyOf(chosen, size);
            java.util.Arrays.sort(ascending);
            return ascending;
        }
    }

    /**
     * For each sentence, each other article's best-scoring sentence, for the articles where one scores
     * above 0: a sparse row per sentence ({@code articles} ascending, with the matching {@code sentences},
     * {@code similarity} and {@code anchored}), so memory follows the matches, not sentences times articles.
     */
    private static final class Nearest {
        final int[][] articles;
        final int[][] sentences;
        final double[][] similarity;
        final boolean[][] anchored;

        private Nearest(int n) {
            articles = new int[n][];
            sentences = new int[n][];
            similarity = new double[n][];
            anchored = new boolean[n][];
        }

        /** How alike two sentences (by index) are; 0 for not alike. */
        interface PairScore {
            double score(int a, int b);
        }

        /** Over sentences of at least {@link #MIN_WORDS} words, never within one article. */
        static Nearest of(List<Sentence> all, Candidates candidates, PairScore score) {
            int n = all.size();
            Nearest nearest = new Nearest(n);
            int[] rowArticles = new int[16];
            int[] rowSentences = new int[16];
            double[] rowSimilarity = new double[16];
            for (int a = 0; a < n; a++) {
                int size = 0;
                if (all.get(a).words() >= MIN_WORDS) {
                    // candidates ascend, and so do their articles: each article's best is found in one pass
                    for (int b : candidates.of(a)) {
                        int other = all.get(b).articleIndex();
                        if (other == all.get(a).articleIndex() || all.get(b).words() < MIN_WORDS) {
                            continue;
                        }
                        double value = score.score(a, b);
                        if (value <= 0) {
                            continue;
                        }
                        if (size > 0 && rowArticles[size - 1] == other) {
                            if (value > rowSimilarity[size - 1]) {
                                rowSentences[size - 1] = b;
                                rowSimilarity[size - 1] = value;
                            }
                            continue;
                        }
                        if (size == rowArticles.length) {
                            rowArticles = java.util.Arrays.copyOf(rowArticles, size * 2);
                            rowSentences = java.util.Arrays.copyOf(rowSentences, size * 2);
                            rowSimilarity = java.util.Arrays.copyOf(rowSimilarity, size * 2);
                        }
                        rowArticles[size] = other;
                        rowSentences[size] = b;
                        rowSimilarity[size] = value;
                        size++;
                    }
                }
                nearest.articles[a] = java.util.Arrays.copyOf(rowArticles, size);
                nearest.sentences[a] = java.util.Arrays.copyOf(rowSentences, size);
                nearest.similarity[a] = java.util.Arrays.copyOf(rowSimilarity, size);
                nearest.anchored[a] = new boolean[size];
            }
            return nearest;
        }

        /** Sentence {@code a}'s best match in {@code article}, or -1. */
        int find(int a, int article) {
            int k = java.util.Arrays.binarySearch(articles[a], article);
            return k >= 0 ? sentences[a][k] : -1;
        }

        /** Records {@code b} as {@code a}'s match in {@code article}, where it had none. */
        void put(int a, int article, int b, boolean isAnchored) {
            int k = -java.util.Arrays.binarySearch(articles[a], article) - 1;
            int size = articles[a].length;
            articles[a] = insert(articles[a], k, article);
            sentences[a] = insert(sentences[a], k, b);
            double[] sims = new double[size + 1];
            System.arraycopy(similarity[a], 0, sims, 0, k);
            System.arraycopy(similarity[a], k, sims, k + 1, size - k);
            similarity[a] = sims;
            boolean[] flags = new boolean[size + 1];
            System.arraycopy(anchored[a], 0, flags, 0, k);
            flags[k] = isAnchored;
            System.arraycopy(anchored[a], k, flags, k + 1, size - k);
            anchored[a] = flags;
        }

        private static int[] insert(int[] row, int k, int value) {
            int[] out = new int[row.length + 1];
            System.arraycopy(row, 0, out, 0, k);
            out[k] = value;
            System.arraycopy(row, k, out, k + 1, row.length - k);
            return out;
        }
    }

    /**
     * Adds both sides' figures of a kind when the two sentences state figures of that kind and no pair
     * of them agrees (one sentence may add a figure the other lacks without contradicting it).
     */
    private static void addConflicts(List<FigureGroup> own, List<FigureGroup> theirs, Values values) {
        if (theirs.isEmpty()) {
            return;
        }
        for (FigureGroup mine : own) {
            for (FigureGroup other : theirs) {
                if (other.kind() == mine.kind() && other.unit().equals(mine.unit())) {
                    if (!agree(mine.figures(), other.figures())) {
                        values.addAll(mine);
                        values.addAll(other);
                    }
                    break;
                }
            }
        }
    }

    private static boolean agree(List<Quantities.Quantity> mine, List<Quantities.Quantity> other) {
        for (Quantities.Quantity q : mine) {
            for (Quantities.Quantity o : other) {
                if (q.agreesWith(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A claim's conflicting values in the order found, each once (a set beside the list: a claim may gather thousands). */
    private static final class Values {
        private final List<Comparison.Value> list = new ArrayList<>();
        private final Set<Comparison.Value> seen = new HashSet<>();

        private final Set<FigureGroup> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        void add(Comparison.Value value) {
            if (seen.add(value)) {
                list.add(value);
            }
        }

        /** A sentence's figures of one kind; a group added before adds nothing new, so it is not looked at again. */
        void addAll(FigureGroup group) {
            if (added.add(group)) {
                group.values().forEach(this::add);
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<Comparison.Value> list() {
            return list;
        }
    }

    /** A capitalised first name followed by one or two capitalised words. */
    private static final java.util.regex.Pattern FULL_NAME = java.util.regex.Pattern.compile(
            "\\b([A-Z][a-z]+)((?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][\\p{L}'’-]+){1,2})\\b");

    /**
     * Adds both names when aligned sentences spell one person's surname two ways ("Olu Bassey" and
     * "Olu Basset"): both are people the story names, same first name, last names one or two letters
     * apart, and neither article uses the other's form. Different people with a shared first name are
     * not a conflict; nor are a title and a name, or two organisations.
     */
    private static void addNameConflicts(AnalyzedStory story, int a, int b, Values values, NamesBySentence names) {
        List<FullName> ofA = names.of(a);
        if (ofA.isEmpty()) {
            return;
        }
        List<FullName> ofB = names.of(b);
        Article mine = story.articleOf(story.sentences().get(a));
        Article other = story.articleOf(story.sentences().get(b));
        for (FullName na : ofA) {
            for (FullName nb : ofB) {
                if (na.person() && nb.person() && !na.entity().equals(nb.entity()) && na.first().equals(nb.first())
                        && !na.last().equals(nb.last()) && na.last().length() >= 4 && editDistance(na.last(), nb.last()) <= 2
                        && !other.text().contains(na.written()) && !mine.text().contains(nb.written())) {
                    values.add(new Comparison.Value(mine.id(), mine.outletOrUnknown(), na.written()));
                    values.add(new Comparison.Value(other.id(), other.outletOrUnknown(), nb.written()));
                }
            }
        }
    }

    /**
     * A full name as a sentence writes it, read once per sentence.
     *
     * @param written the name as written, stripped
     * @param first   its first name
     * @param last    its last word
     * @param person  whether the story's entities make it a person
     * @param entity  the entity it resolves to, if any
     */
    private record FullName(String written, String first, String last, boolean person, Optional<String> entity) {
    }

    /** Each sentence's full names, read once however many sentences it is compared with. */
    private static final class NamesBySentence {
        private final List<Sentence> sentences;
        private final EntityExtractor.Result entities;
        private final List<List<FullName>> read;

        NamesBySentence(List<Sentence> sentences, EntityExtractor.Result entities) {
            this.sentences = sentences;
            this.entities = entities;
            this.read = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
        }

        List<FullName> of(int sentence) {
            List<FullName> names = read.get(sentence);
            if (names == null) {
                names = new ArrayList<>(1);
                java.util.regex.Matcher m = FULL_NAME.matcher(sentences.get(sentence).text());
                while (m.find()) {
                    String written = m.group().strip();
                    names.add(new FullName(written, m.group(1), lastWord(m.group(2)), isPerson(entities, written),
                            entities.resolve(written)));
                }
                read.set(sentence, names);
            }
            return names;
        }
    }

    private static boolean isPerson(EntityExtractor.Result entities, String name) {
        return entities.resolve(name).map(n -> entities.typeOf().get(n) == Comparison.EntityType.PERSON).orElse(false);
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String lastWord(String s) {
        String[] words = s.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static Comparison.Support support(AnalyzedStory story, int sentence, Comparison.Support[] made) {
        if (made[sentence] == null) {
            Sentence s = story.sentences().get(sentence);
            Article article = story.articleOf(s);
            made[sentence] = new Comparison.Support(article.id(), article.outletOrUnknown(), s.span());
        }
        return made[sentence];
    }
}
