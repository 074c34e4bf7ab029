package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.SentenceAligner;
import org.newsfuse.analyze.SentenceEncoder;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.analyze.SyndicationDetector;

/**
 * Stage 6, compare: what the sources of one story confirm, what only one of them reports, where their
 * figures disagree, who said what, who and what is involved, and when. Syndicated copies of one wire
 * story count as one source. Immutable and thread-safe.
 */
public final class StoryComparer {

    private final SentenceAligner aligner;
    private final Optional<SentenceEncoder> encoder;
    private final Optional<SpeakerParser> speakerParser;

    /** Aligns claims on wording alone. */
    public StoryComparer(SentenceAligner aligner) {
        this(aligner, Optional.empty());
    }

    /** Aligns claims on wording and, with an encoder, also pairs paraphrases. */
    public StoryComparer(SentenceAligner aligner, Optional<SentenceEncoder> encoder) {
        this(aligner, encoder, Optional.empty());
    }

    /** As above, with a parser that attributes the quotations the rules leave without a speaker. */
    public StoryComparer(SentenceAligner aligner, Optional<SentenceEncoder> encoder, Optional<SpeakerParser> speakerParser) {
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.speakerParser = Objects.requireNonNull(speakerParser, "speakerParser");
    }

    public Comparison compare(AnalyzedStory story) {
        int[] groups = independentGroups(story.articles());
        EntityExtractor.Result entities = new EntityExtractor().extract(story);
        List<Comparison.Claim> claims = new ClaimBuilder(aligner, encoder).build(story, groups, entities);
        List<Comparison.Quote> quotes = quotes(story, entities, speakerParser);
        List<Comparison.TimelineEvent> timeline = new TimelineExtractor(aligner).extract(story);
        return new Comparison(story.id(), claims, quotes, entities.entities(), timeline);
    }

    /**
     * The story's quotations with their speakers, as {@link #compare} lists them, without the rest of the
     * comparison (for summaries that must name a quotation's speaker).
     */
    public List<Comparison.Quote> quotes(AnalyzedStory story) {
        return quotes(story, new EntityExtractor().extract(story), speakerParser);
    }

    /**
     * Articles that are not independent confirmation of each other share a group: a copy of an earlier
     * article, and articles of one known outlet (a newsroom repeating its own reporting in a follow-up
     * confirms nothing). Articles of unknown outlets count on their own.
     */
    static int[] independentGroups(List<Article> articles) {
        int[] groups = SyndicationDetector.independentGroups(articles.stream().map(Article::text).toList());
        Map<String, Integer> groupOfOutlet = new HashMap<>();
        for (int a = 0; a < groups.length; a++) {
            Optional<String> outlet = articles.get(a).outlet().map(o -> o.strip().toLowerCase(Locale.ROOT));
            if (outlet.isEmpty()) {
                continue;
            }
            Integer earlier = groupOfOutlet.putIfAbsent(outlet.get(), groups[a]);
            if (earlier != null && earlier != groups[a]) {
                // the outlet's earlier group absorbs this article's, copies of it included
                int absorbed = groups[a];
                for (int b = 0; b < groups.length; b++) {
                    if (groups[b] == absorbed) {
                        groups[b] = earlier;
                    }
                }
                groupOfOutlet.replaceAll((o, g) -> g == absorbed ? earlier : g);
            }
        }
        return groups;
    }

    /**
     * Quotes of all articles; a quote's articles are those carrying its words, also inside a longer quote. The span
     * each carrier gets covers exactly these words (up to case, punctuation and spacing), never its longer quote.
     */
    private static List<Comparison.Quote> quotes(AnalyzedStory story, EntityExtractor.Result entities,
                                                Optional<SpeakerParser> speakerParser) {
        QuoteExtractor extractor = new QuoteExtractor(speakerParser);
        List<List<QuoteExtractor.Found>> perArticle = new ArrayList<>();
        for (Article article : story.articles()) {
            perArticle.add(extractor.extract(article, entities));
        }
        Map<String, Comparison.Quote> merged = new LinkedHashMap<>();
        QuoteWords words = new QuoteWords(story, perArticle);
        for (int a = 0; a < perArticle.size(); a++) {
            for (QuoteExtractor.Found found : perArticle.get(a)) {
                String key = normalise(found.text());
                if (key.isEmpty() || merged.containsKey(key)) {
                    continue;
                }
                List<Comparison.Support> carriers = new ArrayList<>();
                List<Comparison.Attribution> attributions = new ArrayList<>();
                Optional<String> speaker = found.speaker();
                // only quotations holding every word of the key can carry it: the others are never tried
                for (var tried : words.holdingAll(key, a).entrySet()) {
                    int b = tried.getKey();
                    Article article = story.articles().get(b);
                    QuoteExtractor.Found carrier = b == a ? found : null;
                    Span at = b == a ? found.span() : null;
                    for (int k = 0; carrier == null && k < tried.getValue().size(); k++) {
                        QuoteExtractor.Found other = tried.getValue().get(k);
                        Optional<Span> located = QuoteLocator.locate(article.text(), other.span(), key);
                        if (located.isPresent()) {
                            carrier = other;
                            at = located.get();
                        }
                    }
                    if (carrier == null) {
                        continue;
                    }
                    carriers.add(new Comparison.Support(article.id(), article.outletOrUnknown(), at));
                    boolean whole = normalise(carrier.text()).equals(key);
                    attributions.add(new Comparison.Attribution(article.id(), whole ? carrier.report() : at, carrier.mention(),
                            carrier.cue()));
                    if (speaker.isEmpty()) {
                        speaker = carrier.speaker();
                    }
                }
                merged.put(key, new Comparison.Quote(found.text(), found.kind(), speaker, carriers, attributions));
            }
        }
        return new ArrayList<>(merged.values());
    }

    /**
     * The story's quotations numbered in article order, indexed by the words their spans hold, read as
     * {@link QuoteLocator} reads them (letters and digits, lower-cased). A quotation can carry another's
     * words only if it holds every one of them, so merging looks at those quotations only, not at every
     * quotation of every article for each distinct quotation (quadratic at 10,000 articles).
     */
    private static final class QuoteWords {
        private final List<QuoteExtractor.Found> quotes = new ArrayList<>();
        private final List<Integer> articleOf = new ArrayList<>();
        /** For each word, the quotations holding it, ascending. */
        private final Map<String, int[]> holding = new HashMap<>();

        QuoteWords(AnalyzedStory story, List<List<QuoteExtractor.Found>> perArticle) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int b = 0; b < perArticle.size(); b++) {
                String text = story.articles().get(b).text();
                for (QuoteExtractor.Found found : perArticle.get(b)) {
                    int id = quotes.size();
                    quotes.add(found);
                    articleOf.add(b);
                    for (String word : wordsIn(text, found.span())) {
                        lists.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
                    }
                }
            }
            lists.forEach((word, ids) -> holding.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
        }

        /**
         * By article, ascending, the quotations (in article order) whose spans hold every word of {@code key};
         * {@code finder}, the article the key comes from, is always listed.
         */
        java.util.SortedMap<Integer, List<QuoteExtractor.Found>> holdingAll(String key, int finder) {
            List<int[]> rarestFirst = new ArrayList<>();
            for (String word : new java.util.HashSet<>(List.of(key.split(" ")))) {
                int[] ids = holding.get(word);
                if (ids == null) {
                    rarestFirst.clear();
                    break;
                }
                rarestFirst.add(ids);
            }
            rarestFirst.sort(java.util.Comparator.comparingInt(ids -> ids.length));
            int[] common = rarestFirst.isEmpty() ? new int[0] : rarestFirst.get(0);
            for (int w = 1; w < rarestFirst.size() && common.length > 0; w++) {
                common = intersect(common, rarestFirst.get(w));
            }
            java.util.SortedMap<Integer, List<QuoteExtractor.Found>> byArticle = new java.util.TreeMap<>();
            byArticle.put(finder, new ArrayList<>());
            for (int id : common) {
                byArticle.computeIfAbsent(articleOf.get(id), b -> new ArrayList<>()).add(quotes.get(id));
            }
            return byArticle;
        }

        /** The ids in both ascending arrays; each of the fewer is looked up in the longer by bisection. */
        private static int[] intersect(int[] fewer, int[] longer) {
            int[] out = new int[fewer.length];
            int n = 0;
            int from = 0;
            for (int id : fewer) {
                int at = java.util.Arrays.binarySearch(longer, from, longer.length, id);
                if (at >= 0) {
                    out[n++] = id;
                    from = at + 1;
                } else {
                    from = -at - 1;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /** The distinct words of a span as QuoteLocator compares them: runs of letters and digits, lower-cased. */
        private static java.util.Set<String> wordsIn(String text, Span span) {
            java.util.Set<String> words = new java.util.HashSet<>();
            StringBuilder word = new StringBuilder();
            for (int i = span.start(); i <= span.end(); i++) {
                char c = i < span.end() ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                } else if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            return words;
        }
    }

    static String normalise(String quote) {
        return quote.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
