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

    /** As above, with a parser that finds quotations' speakers first (the rules find the rest). */
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
        for (int a = 0; a < perArticle.size(); a++) {
            for (QuoteExtractor.Found found : perArticle.get(a)) {
                String key = normalise(found.text());
                if (key.isEmpty() || merged.containsKey(key)) {
                    continue;
                }
                List<Comparison.Support> carriers = new ArrayList<>();
                List<Comparison.Attribution> attributions = new ArrayList<>();
                Optional<String> speaker = found.speaker();
                for (int b = 0; b < perArticle.size(); b++) {
                    Article article = story.articles().get(b);
                    QuoteExtractor.Found carrier = b == a ? found : null;
                    Span words = b == a ? found.span() : null;
                    for (int k = 0; carrier == null && k < perArticle.get(b).size(); k++) {
                        QuoteExtractor.Found other = perArticle.get(b).get(k);
                        Optional<Span> at = QuoteLocator.locate(article.text(), other.span(), key);
                        if (at.isPresent()) {
                            carrier = other;
                            words = at.get();
                        }
                    }
                    if (carrier == null) {
                        continue;
                    }
                    carriers.add(new Comparison.Support(article.id(), article.outletOrUnknown(), words));
                    boolean whole = normalise(carrier.text()).equals(key);
                    attributions.add(new Comparison.Attribution(article.id(), whole ? carrier.report() : words, carrier.mention(),
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

    static String normalise(String quote) {
        return quote.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
