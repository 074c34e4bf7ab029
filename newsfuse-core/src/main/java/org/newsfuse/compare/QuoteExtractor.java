package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfuse.analyze.Lexicon;
import org.newsfuse.base.MappedText;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.Block;
import org.newsfuse.compare.Comparison.QuoteKind;

/**
 * The quotations of an article, with who said them.
 *
 * <ul>
 *   <li>Direct: words in quotation marks standing as a sentence of their own, attributed after the closing mark
 *       ({@code ," she added}, {@code ," said Caddell}, {@code ," Sen. Ana Reyes, D-Vell, the committee's ranking
 *       Democrat, said}) or before the opening one ({@code Caddell continued: "...}). A quotation left open at
 *       a paragraph's end and opened again in the next paragraph is one quotation.</li>
 *   <li>Mixed: a quoted fragment inside reported speech ({@code She said it was "a disgrace"}); its report is
 *       the whole reported speech, from the cue to the end of the sentence.</li>
 *   <li>Indirect: reported speech without quotation marks ({@code X said (that) ...}, {@code ..., X said.},
 *       {@code according to X, ...}).</li>
 * </ul>
 * The speaker is the mention actually used (a name, a title, "she", "the report"), resolved to the fullest
 * name of that person or organisation in the story by a {@link SpeakerResolver}; a pronoun takes the nearest
 * compatible name before it.
 * A quotation with no attribution of its own takes the speaker of the quotation before it in its paragraph,
 * or, when its paragraph opens with it, the speaker of the paragraph before (news names a speaker once).
 */
final class QuoteExtractor {

    /**
     * A quotation found in one article.
     *
     * @param text    the words inside the marks (direct, mixed) or the reported content (indirect)
     * @param span    the span of {@code text} in the original
     * @param kind    direct, mixed or indirect
     * @param report  the reported speech: {@code span} for a direct quotation, the whole report for the others
     * @param speaker the resolved speaker
     * @param mention the words naming the speaker, in the original
     * @param cue     the attributing verb or phrase
     */
    record Found(String text, Span span, QuoteKind kind, Span report, Optional<String> speaker, Optional<Span> mention,
                 Optional<String> cue) {
    }

    /** Who a quotation is attributed to: the resolved speaker, the mention in the original, the cue. */
    record Attribution(Optional<String> speaker, Optional<Span> mention, Optional<String> cue) {
        static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty(), Optional.empty());

        boolean present() {
            return speaker.isPresent() || mention.isPresent();
        }
    }

    /** An attribution matched in a paragraph, with where its cue ends there (the report of a mixed quote starts after it). */
    private record Match(Attribution attribution, int cueEnd) {
    }

    private static final String VERBS = "(?<verb>said|says|added|adds|told|tells|wrote|writes|asked|asks|stated|states|explained"
            + "|continued|continues|noted|notes|insisted|insists|declared|argued|argues|warned|warns|replied|recalled|announced"
            + "|acknowledged|conceded|predicted|characterized|described|called|pledged|promised|claimed|claims|reported|reports"
            + "|tweeted|responded|suggested|suggests|admitted|maintained|contended|observed|emphasized|stressed|vowed|urged"
            + "|cautioned|complained|boasted|joked|quipped|countered|concluded|remarked|recounted|testified|alleged|charged"
            + "|asserted|agreed|explains|added|thinks|believes|thought|believed|wondered|mused|yelled|shouted|lamented"
            + "|read|reads|proclaimed|bragged|touted|predicts|concludes|answered|answers|points out|pointed out|chanted|recalls"
            + "|insists|tweets|posted|admits|replies|responds|asks|agrees|warns|notes|stresses|cautions|jokes|quips|declares"
            + "|announces|acknowledges|concedes|wonders|told|writing|saying|telling|adding|noting|arguing|calling|explaining"
            + "|insisting|warning|declaring|asking|replying|responding|tweeting|stating|suggesting|exclaimed|exclaims|cried|pleaded|say|tell|to say|accused|accuses|praised|praises|predicting|predicted|criticized|blasted|slammed|dubbed|labeled|labelled|vowing|promising|pledging|went on|goes on|shot back|fired back|chimed in|referred to|referring to|labeling|labelling"
            + "|thanked|thanking|dismissed|dismissing|mocked|mocking|repeated|repeating|echoed|echoing|reiterated|demanded|demanding"
            + "|denounced|denouncing|condemned|condemning|decried|decrying|hailed|hailing|texted|retorted|interjected|scoffed|mocks|mocked|boomed|barked|snapped|sneered|wrote back|shot back"
            + "|alleges|asserts|blasts|boasts|brags|calls|characterizes|complains|condemns|contends|counters|criticizes|demands|denounces"
            + "|describes|dismisses|dubs|echoes|emphasizes|hails|laments|labels|maintains|muses|observes|pleads|pledges|proclaims"
            + "|promises|recounts|reiterates|remarks|repeats|retorts|scoffs|shouts|slams|touts|urges|vows|yells"
            // the plural present, of verbs that are no nouns ("critics argue", "the filings allege"; not "state", "note")
            + "|argue|explain|insist|warn|contend|assert|conclude|suggest|allege|maintain|declare|predict"
            + "|complain|acknowledge|admit)";
    /** Verbs that report speech without quotation marks (the indirect kind): narrower, "called" or "read" report no speech there. */
    private static final String INDIRECT_VERBS = "(?<verb>said|says|told|tells|stated|states|explained|noted|insisted|declared"
            + "|argued|warned|announced|acknowledged|conceded|predicted|claimed|claims|reported|reports|suggested|admitted"
            + "|maintained|contended|alleged|asserted|testified|wrote|writes|added|tweeted|emphasized|stressed|argues|warns)";
    private static final String PRONOUN = "(?<pronoun>he|she|they|it|we|I|He|She|They|It|We)";
    /** A name or a description: "Sen. Ana Reyes", "the report", "a White House spokesman", "press secretary Sarah Sanders". */
    private static final String NAME = "(?<name>(?:(?:the|a|an|The|A|An|his|her|their|His|Her|Their)\\s+)?"
            + "(?:[A-Z][\\p{L}'’.-]*|[a-z][\\p{L}'’-]*)(?:\\s+(?:of\\s+|for\\s+|the\\s+)?[A-Z][\\p{L}'’.-]*){0,7}"
            + "|(?:(?:the|a|an|The|A|An)\\s+)?[a-z][\\p{L}'’-]*(?:\\s+[a-z][\\p{L}'’-]*)?\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4}"
            + "|(?:(?:the|The)\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,2}(?:\\s+[a-z][\\p{L}'’-]*){1,3}(?:\\s+[A-Z][\\p{L}'’.-]*){1,4}"
            + "|(?:the|The)\\s+[A-Z][\\p{L}]*(?:\\s+[a-zA-Z][\\p{L}'’-]*){0,3}"
            + "|(?:the|The|a|A|an|An|another|Another|some|Some|one|One|several|Several|both|Both)\\s+[a-z][\\p{L}'’-]*(?:\\s+[a-z][\\p{L}'’-]*){0,2}"
            // "super PAC spokeswoman Kellyanne Conway", "former State policy planning director Anne-Marie Slaughter"
            + "|[a-z][\\p{L}'’-]*\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[a-z][\\p{L}'’-]*){1,3}(?:\\s+[A-Z][\\p{L}'’.-]*){1,4}"
            // "Sanders's campaign manager", "Powell's office"
            + "|[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,3}['’]s(?:\\s+[a-z][\\p{L}'’-]*){1,3})";
    /** What may stand between a speaker and the verb: a party tag, appositions, an adverb. */
    private static final String BETWEEN = "(?:\\s*\\([A-Z][^)]{0,30}\\))?(?:(?:,\\s*[^,\"“”]{1,120}?){1,3},)?\\s+(?:(?:also|later|then|has|had|have|once"
            + "|previously|recently|explicitly|simply|further|again|reportedly|would|will|was|is|went on to|goes on to|[a-z]+ly"
            + "|(?:on\\s+|late\\s+|early\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|(?:earlier\\s+|later\\s+)?(?:last|this|that)\\s+(?:week|month|year|morning|afternoon|evening|night|spring|summer|fall|winter))\\s+)*";
    private static final String SUBJECT = "(?:" + PRONOUN + "|" + NAME + ")";

    private static final Pattern AFTER_SPEAKER_VERB = Pattern.compile("^[\\s,—–-]*" + SUBJECT + BETWEEN + VERBS + "\\b");
    /** "said X" after a quotation; a participle is no inversion ('," referring to the party's convention', '," telling reporters'). */
    private static final Pattern AFTER_VERB_SPEAKER = Pattern.compile("^[\\s,—–-]*(?![a-z]+ing\\b|to say\\b)" + VERBS + "\\s+" + SUBJECT);
    /** Where a new clause starts after a quoted fragment, ending the reported speech around it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?:,\\s+(?:[a-z]+ing|who|which|according|as|while|after|before|when"
            + "|where|although|though|because|but|and)\\b|\\s+(?:and|but)\\s+(?:[a-z]+ed|said|says|did|does|was|is|has|had|also|then|not"
            + "|would|will|could)\\b|\\s+[—–]\\s+|\\s+-\\s+|;)");
    /** A passive auxiliary right before a verb ("was asked"). */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|is|are|been|being|be)\\s+$");
    /** The agent of a passive verb: "by host Bill Maher". */
    private static final Pattern BY_AGENT = Pattern.compile("\\s+by\\s+" + NAME);
    /** What stands between a speech verb and the subject of the clause it reports: nothing, or "that". */
    private static final Pattern REPORTED_CLAUSE = Pattern.compile("\\s*(?:that\\s*)?");
    /** A description as a speaker: a determiner and up to five words, none a preposition ("the gambling tycoon", "a narrator"). */
    private static final String DESCRIBED = "(?<name>(?:the|a|an|one|another|his|her|their|its|some|many|several|two|three|The|A|An|One"
            + "|Another|His|Her|Their|Its|Some|Many|Several|Two|Three)\\s+"
            + "(?:[\\p{L}\\d][\\p{L}\\d'’&.-]*\\s+){0,4}[\\p{L}\\d][\\p{L}\\d'’&-]*)";
    private static final Pattern AFTER_DESCRIBED_VERB = Pattern.compile("^[\\s,—–-]*" + DESCRIBED + BETWEEN + VERBS + "\\b");
    private static final Pattern AFTER_VERB_DESCRIBED = Pattern.compile("^[\\s,—–-]*" + VERBS + "\\s+" + DESCRIBED
            + "(?=\\s*(?:[,.;:!?—–]|$)|\\s+(?:who|which|in|on|at|to|of|for|from|after|before|when|as|during|with)\\b)");
    /** "said former secretary of state Ana Reyes": a title in lowercase words, "of" among them, before the name. */
    private static final Pattern AFTER_VERB_TITLED_SPEAKER = Pattern.compile("^[\\s,—–-]*(?![a-z]+ing\\b|to say\\b)" + VERBS
            + "\\s+(?<name>[a-z][\\p{L}'’-]*(?:\\s+(?:of\\s+)?[a-z][\\p{L}'’-]*){0,4}\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4})");
    /** "," remembered Roy Verley, ...": any past-tense verb inverted before a speaker, right after such a quotation. */
    private static final Pattern AFTER_ANY_VERB_SPEAKER = Pattern.compile("^[\\s,—–-]*(?<verb>[a-z]{3,}ed)\\s+" + NAME);
    private static final Pattern AFTER_SPEAKER_ANY_VERB = Pattern.compile("^[\\s,—–-]*" + SUBJECT + BETWEEN + "(?<verb>[a-z]{3,}ed)\\b");
    /** A sentence that only says who spoke ("Trump said.", "Sanders replied in an interview."). */
    private static final Pattern ATTRIBUTION_SENTENCE = Pattern.compile("^" + SUBJECT + BETWEEN + VERBS + "\\b(?![^\"“”]*\\bthat\\b)[^\"“”]{0,60}$");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?<verb>[Aa]ccording to)\\s+(?<name>(?:the |a |an )?(?:[a-z]+\\s+){0,3}"
            + "[A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*){0,4}|(?:the |an? )[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2})");
    /** A speech verb of the sentence before a quotation, with nothing quoted after it. */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b" + VERBS + "\\b(?=[^\"“”]{0,250}$)");
    /** The speaker right before a verb: "Sen. Ana Reyes, D-Vell, the committee's ranking Democrat, also ". */
    private static final Pattern SUBJECT_BEFORE_VERB = Pattern.compile("(?<![\\p{L}'’.])" + SUBJECT + BETWEEN + "$");
    /** A name or pronoun opening a sentence. */
    private static final Pattern SENTENCE_OPENING_SUBJECT = Pattern.compile("^\\s*" + SUBJECT + "\\b");
    /** A word that may be a sentence's main verb: its subject stands before it. */
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:[a-z]+ed|[a-z]{2,}s|began|went|spoke|took|made|gave|wrote|came|told|said"
            + "|sent|got|put|set|saw|knew|thought|held|led|left|ran|stood|brought|found|kept|became|is|was|has)\\b");
    /** A clause of its own after a comma: a conjunction, a pronoun and its verb (", although she made it clear"). */
    private static final Pattern LATER_CLAUSE_PRONOUN = Pattern.compile(",\\s+(?:although|though|but|because|while|and|as|since"
            + "|after|when)\\s+" + PRONOUN + "\\s+(?:also\\s+|then\\s+|later\\s+)?(?<verb>[a-z]{3,}(?:ed|s)|made|said|told|has|had|was)\\b");
    /** Reported speech with the speaker first: "X said (that) ...". */
    private static final Pattern INDIRECT_LEADING = Pattern.compile("^(?:[A-Z][a-z]+\\s+[a-z]+(?:\\s+[a-z]+)?,\\s+|(?:On|In|Last|This|But|And|Yet|Still|Also|Meanwhile)\\s+[^,]{0,30},?\\s+)?"
            + SUBJECT + BETWEEN + INDIRECT_VERBS + "(?:\\s+(?:reporters|[A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+){0,3}|the\\s+[a-z]+|him|her|them|us|me|a\\s+[a-z]+\\s+[a-z]+))?"
            + "(?:\\s+(?:on|in|at|last|this)\\s+[A-Za-z]+(?:\\s+[a-z]+)?)?,?\\s+(?:that\\s+)?(?<content>[^\"“”]{12,})$");
    /** Reported speech with the speaker after: "..., X said." and "..., said X.". */
    private static final Pattern INDIRECT_TRAILING = Pattern.compile("^(?<content>[^\"“”]{12,}?),\\s+" + SUBJECT + BETWEEN + INDIRECT_VERBS
            + "(?:\\s+[^\"“”,]{0,40})?[.!?]?$");
    private static final Pattern INDIRECT_TRAILING_INVERTED = Pattern.compile("^(?<content>[^\"“”]{12,}?),\\s+" + INDIRECT_VERBS + "\\s+"
            + SUBJECT + "(?:\\s+[^\"“”,]{0,40})?[.!?]?$");
    /** An attribution ending a sentence after a quoted fragment and more words: ", Gilbert said.", ", said X.", ", according to X.". */
    private static final Pattern TRAILING_SPEAKER_VERB = Pattern.compile(",\\s+" + SUBJECT + BETWEEN + INDIRECT_VERBS
            + "(?:\\s+[^\"“”,]{0,40})?[.!?]?$");
    private static final Pattern TRAILING_VERB_SPEAKER = Pattern.compile(",\\s+" + INDIRECT_VERBS + "\\s+" + SUBJECT
            // an apposition naming the speaker may close the sentence: ", said the bureau's director, Ana Reyes."
            + "(?:,\\s+[^\"“”,]{1,60})?(?:\\s+[^\"“”,]{0,40})?[.!?]?$");
    private static final Pattern TRAILING_ACCORDING = Pattern.compile(",\\s+(?<verb>according to)\\s+(?<name>[^,\"“”]{2,60}?)[.!?]?$");
    private static final Pattern ACCORDING_LEADING = Pattern.compile("^(?<verb>[Aa]ccording to)\\s+(?<name>[^,\"“”]{2,60}),\\s+(?<content>[^\"“”]{12,})$");
    private static final Pattern ACCORDING_TRAILING = Pattern.compile("^(?<content>[^\"“”]{12,}?),\\s+(?<verb>according to)\\s+(?<name>[^,\"“”]{2,60}?)[.!?]?$");

    /** A run of capitalised words. */
    static final Pattern NAME_RUN = Pattern.compile("[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*)*");
    /** Abbreviations that are not titles but whose period ends no sentence either ("No. 2", "U.S. officials", "Sept. 9"). */
    private static final List<String> OTHER_ABBREVIATIONS = List.of("No", "U.S", "vs", "Inc", "Corp", "Co", "Jan", "Feb", "Aug", "Sept",
            "Sep", "Oct", "Nov", "Dec");
    /**
     * The end of a sentence, also after a closing quotation mark, but not the period of a title or an initial in a
     * name ("Gov. Ed G. Rendell said") nor one followed by a lowercase word ("Sen. Ana Reyes (D-Vell.) said"); an
     * abbreviation that may end a sentence does so before a pronoun or an article ("attacks in the U.S. He says").
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?:(?<=[.!?])|(?<=[.!?][\"”’)]))(?<!\\b(?:" + abbreviationsBeforeNames() + ")\\.)(?<!\\b[A-Z]\\.)\\s++(?!\\p{Ll})"
            + "|(?<=\\b(?:U\\.S|Inc|Corp|Co|Jr|Sr)\\.)\\s++(?=(?:He|She|They|It|We|I|The|But|And|This|His|Her|Their)\\b)");
    /** A name right before a participle, no comma between ("with Donald Trump tweeting"). */
    private static final Pattern PARTICIPLE_SUBJECT = Pattern.compile("(?<![\\p{L}'’.])(?<name>[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,3})\\s+$");
    /** A signature line: a dash, a name, and at most a short description ("- President Ana Reyes, tweeting after the debate."). */
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*[-—–]\\s*" + NAME + "(?:,[^\"“”]{0,80})?[.]?\\s*$");
    /** A name signing a quotation inside a sentence: "... for Republican contests - Philip Bump: '...". */
    private static final Pattern DASH_NAME_COLON = Pattern.compile("\\s[-—–]\\s*" + NAME + ":\\s*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
    /** The punctuation closing a mention or a name run, not part of it (used by {@link SpeakerResolver} too). */
    static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
    private static final Pattern QUOTE_END_PUNCTUATION = Pattern.compile("[,.;:]+$");
    /** Up to this many words in marks, inside a sentence and attributed to nobody, are a title or scare quotes. */
    private static final int SCARE_QUOTE_WORDS = 3;
    /** Words in title case, up to eight, with no sentence punctuation: a title or a name, not words someone said. */
    private static final Pattern TITLE = Pattern.compile("(?:(?:[A-Z0-9][\\p{L}\\d'’&.-]*|of|and|the|a|an|with|for|in|on|to|at|from|by)"
            + "\\s+){0,7}[A-Z0-9][\\p{L}\\d'’&-]*");
    /**
     * How far a sentence's verb may stand before a quoted fragment for the words between to be reported speech; further
     * away, the sentence is mostly narrative around a phrase in marks.
     */
    private static final int REPORT_REACH = 100;
    /** How many phrases before a verb are tried as its subject. */
    private static final int SUBJECT_TRIES = 3;
    /** How far before a mixed quotation's report the rules' mention may lie before the parser is asked instead. */
    private static final int FAR_MENTION = 60;

    /** Abbreviations whose period ends no sentence: the project's titles, place prefixes and name suffixes, then others. */
    private static String abbreviationsBeforeNames() {
        return Stream.of(Lexicon.TITLE_ABBREVIATIONS, Lexicon.PLACE_PREFIXES, Lexicon.NAME_SUFFIXES, OTHER_ABBREVIATIONS)
                .flatMap(List::stream).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private final Optional<SpeakerParser> speakerParser;

    /** Rules alone. */
    QuoteExtractor() {
        this(Optional.empty());
    }

    /** With a parser for the quotations the rules leave without a speaker or attribute from afar ({@link #parserAsked}). */
    QuoteExtractor(Optional<SpeakerParser> speakerParser) {
        this.speakerParser = speakerParser;
    }

    List<Found> extract(Article article, EntityExtractor.Result entities) {
        List<Found> found = new ArrayList<>();
        List<Block> blocks = article.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).toList();
        SpeakerResolver resolver = new SpeakerResolver(article.text(), entities);
        // the attribution of the last quotation of the paragraph before, for a paragraph that opens with a quotation
        Attribution previousParagraph = Attribution.NONE;
        // a narrative paragraph before, whose last subject a quotation-only paragraph takes: found only when one follows
        MappedText previousNarrative = null;
        int b = 0;
        int from = 0;
        while (b < blocks.size()) {
            MappedText text = blocks.get(b).text();
            String s = plain(text);
            boolean continuation = from == 0 && QuoteMarks.startsWithOpening(s);
            if (continuation && !previousParagraph.present() && previousNarrative != null) {
                previousParagraph = lastSubject(previousNarrative, resolver).orElse(Attribution.NONE);
            }
            Attribution paragraphSpeaker = continuation ? previousParagraph : Attribution.NONE;
            Attribution lastInParagraph = Attribution.NONE;
            int firstInParagraph = found.size();
            boolean quoted = false;
            SpeakerParser.Parse parse = null; // parsed on the first quotation that asks
            int nextBlock = b + 1;
            int nextFrom = 0;
            for (QuoteMarks.Pair pair : QuoteMarks.pairs(s.substring(from))) {
                int open = from + pair.open();
                int sentenceStart = sentenceStart(s, open, from);
                quoted = true;
                // the quotation, the paragraph its closing mark is in, and where it closes there
                MappedText endText = text;
                int close;
                String inner;
                Span span;
                if (pair.closed()) {
                    close = from + pair.close();
                    inner = s.substring(open + 1, close);
                    span = text.toOriginal(open + 1, close);
                } else {
                    StringBuilder joined = new StringBuilder(s.substring(open + 1).strip());
                    int startOriginal = text.toOriginal(open + 1, s.length()).start();
                    int endOriginal = text.toOriginal(open + 1, s.length()).end();
                    close = -1;
                    int next = b + 1;
                    while (next < blocks.size() && QuoteMarks.startsWithOpening(plain(blocks.get(next).text()))) {
                        MappedText ntext = blocks.get(next).text();
                        String ns = plain(ntext);
                        int nOpen = ns.length() - ns.stripLeading().length();
                        List<QuoteMarks.Pair> nPairs = QuoteMarks.pairs(ns);
                        QuoteMarks.Pair first = nPairs.isEmpty() ? new QuoteMarks.Pair(nOpen, -1) : nPairs.get(0);
                        if (!first.closed()) {
                            joined.append(' ').append(ns.substring(nOpen + 1).strip());
                            endOriginal = ntext.toOriginal(nOpen, ns.length()).end();
                            next++;
                            continue;
                        }
                        joined.append(' ').append(ns, nOpen + 1, first.close());
                        endOriginal = ntext.toOriginal(nOpen, first.close()).end();
                        endText = ntext;
                        close = first.close();
                        break;
                    }
                    inner = joined.toString();
                    span = new Span(startOriginal, Math.max(startOriginal, endOriginal));
                    if (close >= 0) {
                        nextBlock = next;
                        nextFrom = close + 1;
                    } else {
                        nextBlock = next;
                        nextFrom = 0;
                    }
                }
                String words = QUOTE_END_PUNCTUATION.matcher(inner.strip()).replaceFirst("").strip();
                if (words.isEmpty()) {
                    continue;
                }
                String es = plain(endText);
                int sentenceEnd = close < 0 ? es.length() : sentenceEnd(es, attributionStart(es, close + 1));
                Optional<Found> attributed = attribute(article.text(), text, sentenceStart, open, endText, close, sentenceEnd, words, span,
                        paragraphSpeaker, resolver);
                if (attributed.isEmpty()) {
                    continue;
                }
                Found quote = attributed.get();
                if (speakerParser.isPresent() && pair.closed() && parserAsked(quote, article.text())) {
                    if (parse == null) {
                        parse = speakerParser.get().parse(s);
                    }
                    quote = parsedSpeaker(quote, parse, text, open, close, resolver);
                }
                found.add(quote);
                Attribution used = new Attribution(quote.speaker(), quote.mention(), quote.cue());
                if (used.present()) {
                    paragraphSpeaker = used;
                    lastInParagraph = used;
                    resolver.saw(quote.speaker().orElse(null));
                }
                if (!pair.closed()) {
                    break;
                }
            }
            if (!quoted && from == 0) {
                indirect(article.text(), text, resolver, found);
            }
            if (quoted && from == 0 && nextBlock == b + 1 && b + 1 < blocks.size() && onlyQuotations(s)) {
                // a paragraph that is only a quotation, signed by the next one: "- Senator Ana Reyes." (fact checks, quote boxes)
                Optional<Attribution> signed = signature(blocks.get(b + 1).text(), resolver);
                if (signed.isPresent()) {
                    for (int i = firstInParagraph; i < found.size(); i++) {
                        Found q = found.get(i);
                        found.set(i, new Found(q.text(), q.span(), q.kind(), q.report(), signed.get().speaker(), signed.get().mention(),
                                signed.get().cue()));
                    }
                    lastInParagraph = signed.get();
                }
            }
            previousParagraph = quoted ? closingNarrative(text, resolver).orElse(lastInParagraph)
                    : introduction(text, resolver).orElse(Attribution.NONE);
            previousNarrative = quoted ? null : text;
            if (nextBlock > b + 1 && nextFrom > 0) {
                b = nextBlock;
                from = nextFrom;
            } else {
                b = Math.max(nextBlock, b + 1);
                from = 0;
            }
        }
        return found;
    }

    /** Attributes one quotation and decides its kind and report; empty for a title or scare quotes. */
    private Optional<Found> attribute(String original, MappedText text, int sentenceStart, int open, MappedText endText, int close,
                            int sentenceEnd, String words, Span span, Attribution paragraphSpeaker, SpeakerResolver resolver) {
        String s = plain(text);
        resolver.enterQuotation(text.toOriginal(open, open + 1).start());
        try {
            return attribute(original, text, sentenceStart, open, endText, close, sentenceEnd, words, span, paragraphSpeaker, resolver, s);
        } finally {
            resolver.leaveQuotation();
        }
    }

    private Optional<Found> attribute(String original, MappedText text, int sentenceStart, int open, MappedText endText, int close,
                                      int sentenceEnd, String words, Span span, Attribution paragraphSpeaker, SpeakerResolver resolver,
                                      String s) {
        String prefix = s.substring(sentenceStart, open);
        boolean prefixHasWords = prefix.chars().anyMatch(Character::isLetterOrDigit);
        Span quoted = tighten(original, span);
        if (close >= 0) {
            String es = plain(endText);
            String suffix = es.substring(close + 1, Math.max(close + 1, sentenceEnd));
            // a quotation closing on a comma, a question or an exclamation is followed by who said it
            boolean expected = close > 0 && ",?!—–-".indexOf(es.charAt(close - 1)) >= 0;
            Optional<Match> after = matchAfter(endText, close + 1, suffix, resolver, expected);
            if (after.isEmpty() && suffix.chars().noneMatch(Character::isLetterOrDigit)) {
                // "... missing." Trump said. -- the attribution is a sentence of its own right after the closing mark
                int next = sentenceEnd;
                while (next < es.length() && Character.isWhitespace(es.charAt(next))) {
                    next++;
                }
                String following = es.substring(next, sentenceEnd(es, next));
                if (ATTRIBUTION_SENTENCE.matcher(following).matches()) {
                    after = matchAfter(endText, next, following, resolver, true);
                }
            }
            if (after.isPresent()) {
                if (!prefixHasWords) {
                    return Optional.of(found(words, quoted, QuoteKind.DIRECT, quoted, after.get().attribution()));
                }
                // "It was 'a disgrace,' she said": the report runs from the sentence's start to the closing mark
                Span report = tighten(original, new Span(text.toOriginal(sentenceStart, sentenceStart + 1).start(), quoted.end()));
                return Optional.of(found(words, quoted, QuoteKind.MIXED, report, after.get().attribution()));
            }
        }
        Optional<Match> before = matchBefore(text, sentenceStart, prefix, resolver);
        if (before.isEmpty() && prefix.stripTrailing().endsWith(":")) {
            Matcher signed = DASH_NAME_COLON.matcher(prefix);
            if (signed.find()) {
                before = resolver.resolve(text, sentenceStart, signed).map(a -> new Match(a, sentenceStart + signed.end()));
            }
        }
        if (before.isEmpty() && prefix.stripTrailing().endsWith(":")) {
            String intro = prefix.stripTrailing();
            before = lastClauseSubject(text, sentenceStart, intro.substring(0, intro.length() - 1), resolver, Optional.of(":"))
                    .map(a -> new Match(a, sentenceStart + intro.length()));
        }
        if (before.isPresent()) {
            String between = s.substring(before.get().cueEnd(), open);
            boolean introduces = !between.chars().anyMatch(Character::isLetterOrDigit);
            if (introduces) {
                return Optional.of(found(words, quoted, QuoteKind.DIRECT, quoted, before.get().attribution()));
            }
            Span report = report(original, text, before.get().cueEnd(), endText, close, sentenceEnd, quoted);
            return Optional.of(found(words, quoted, QuoteKind.MIXED, report, before.get().attribution()));
        }
        if (prefix.stripLeading().startsWith("Asked ") && words.split("\\s+").length > SCARE_QUOTE_WORDS) {
            // "Asked whether Clinton 'has the integrity ...', 75 percent said yes": a poll's or an interviewer's question
            return Optional.of(found(words, quoted, QuoteKind.MIXED, quoted, Attribution.NONE));
        }
        boolean fragment = prefixHasWords || (close >= 0 && plain(endText).substring(close + 1, Math.max(close + 1, sentenceEnd))
                .chars().anyMatch(Character::isLetter));
        QuoteKind kind = fragment ? QuoteKind.MIXED : QuoteKind.DIRECT;
        Attribution inherited = paragraphSpeaker.present() ? paragraphSpeaker
                : fragment ? nearestPerson(text, sentenceStart, prefix, resolver)
                : previousSentenceSubject(text, sentenceStart, resolver).orElse(Attribution.NONE);
        if (fragment && TITLE.matcher(words).matches()) {
            // a name in marks inside a sentence that attributes it to nobody: the title of a show, a book, a slogan
            // ("star of the reality show 'Cake Boss'")
            return Optional.empty();
        }
        if (fragment && close >= 0) {
            // "So are a 'small handful' of companies who sponsor it, Gilbert said.": the attribution ends the sentence
            Optional<Match> trailing = matchTrailing(endText, close + 1, plain(endText).substring(close + 1, Math.max(close + 1, sentenceEnd)),
                    resolver);
            if (trailing.isPresent()) {
                int reportEndOriginal = endText.toOriginal(trailing.get().cueEnd() - 1, trailing.get().cueEnd()).end();
                Span report = tighten(original, new Span(text.toOriginal(sentenceStart, sentenceStart + 1).start(),
                        Math.max(reportEndOriginal, quoted.end())));
                return Optional.of(found(words, quoted, QuoteKind.MIXED, report, trailing.get().attribution()));
            }
        }
        if ((fragment || close < 0) && !inherited.present() && words.split("\\s+").length <= SCARE_QUOTE_WORDS) {
            // a few words in marks inside a sentence, with nobody saying them: a title or scare quotes, not a quotation;
            // or a few words after a mark that never closes: a text cut short ("And...)
            return Optional.empty();
        }
        if (fragment && close >= 0 && prefixHasWords) {
            // "Lopez-Cantera promises to 'end' the Common Core": no speech verb, yet the sentence's subject reports the
            // words after its verb
            Optional<Match> subject = subjectVerb(text, sentenceStart, prefix, resolver);
            if (subject.isPresent() && open - subject.get().cueEnd() <= REPORT_REACH) {
                Span report = report(original, text, subject.get().cueEnd(), endText, close, sentenceEnd, quoted);
                return Optional.of(found(words, quoted, kind, report, subject.get().attribution()));
            }
        }
        return Optional.of(found(words, quoted, kind, quoted, inherited));
    }

    /**
     * The reported speech around a quoted fragment: from {@code reportStart} to the end of the sentence, or to where a new
     * clause starts after the closing mark ("..., saying", "... but did not ...", "... — ...").
     */
    private static Span report(String original, MappedText text, int reportStart, MappedText endText, int close, int sentenceEnd,
                               Span quoted) {
        int reportEnd = sentenceEnd;
        if (close >= 0) {
            Matcher clause = CLAUSE_BREAK.matcher(plain(endText)).region(close + 1, Math.max(close + 1, sentenceEnd));
            if (clause.find()) {
                reportEnd = clause.start();
            }
        }
        int reportEndOriginal = close < 0 ? quoted.end() : endText.toOriginal(Math.max(0, reportEnd - 1), reportEnd).end();
        return tighten(original, new Span(text.toOriginal(reportStart, reportStart + 1).start(), Math.max(reportEndOriginal, quoted.end())));
    }

    /** The subject and main verb of a sentence before a quoted fragment; the match's cue end is where the verb ends. */
    private static Optional<Match> subjectVerb(MappedText text, int offset, String prefix, SpeakerResolver resolver) {
        Matcher verbs = FINITE_VERB.matcher(prefix);
        int tried = 0;
        while (verbs.find() && tried++ < 4) {
            Optional<Attribution> a = subjectBefore(text, offset, prefix.substring(0, verbs.start()), 0, resolver);
            if (a.isPresent()) {
                Match first = new Match(new Attribution(a.get().speaker(), a.get().mention(),
                        Optional.of(verbs.group().toLowerCase(Locale.ROOT))), offset + verbs.end());
                // "Clinton endorsed the deal, although she made it clear that she has 'serious concerns'": a later clause
                // opened by a conjunction and a pronoun is the one reporting the fragment
                Matcher later = LATER_CLAUSE_PRONOUN.matcher(prefix).region(verbs.end(), prefix.length());
                Match chosen = first;
                while (later.find()) {
                    Optional<Attribution> p = resolver.resolve(text, offset, later);
                    if (p.isPresent()) {
                        chosen = new Match(new Attribution(p.get().speaker(), p.get().mention(), Optional.of(later.group("verb"))),
                                offset + later.end());
                    }
                }
                return Optional.of(chosen);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject right before a verb, searched from {@code from}: the leftmost phrase that names a speaker. A phrase that
     * is a preposition's object is passed over for the next one ("In a statement, Ana Reyes, a spokeswoman, said").
     */
    private static Optional<Attribution> subjectBefore(MappedText text, int offset, String beforeVerb, int from, SpeakerResolver resolver) {
        Matcher m = SUBJECT_BEFORE_VERB.matcher(beforeVerb);
        int at = from;
        for (int tries = 0; tries < SUBJECT_TRIES && at < beforeVerb.length() && m.find(at); tries++) {
            Optional<Attribution> a = resolver.resolve(text, offset, m);
            if (a.isPresent()) {
                return a;
            }
            at = m.start() + 1;
        }
        return Optional.empty();
    }

    /** An attribution ending the sentence some words after a quoted fragment: {@code , Gilbert said.}, {@code , according to X.} */
    private static Optional<Match> matchTrailing(MappedText text, int offset, String suffix, SpeakerResolver resolver) {
        for (Pattern p : List.of(TRAILING_SPEAKER_VERB, TRAILING_VERB_SPEAKER, TRAILING_ACCORDING)) {
            Matcher m = p.matcher(suffix);
            if (m.find()) {
                Optional<Attribution> a = resolver.resolve(text, offset, m);
                if (a.isPresent()) {
                    return Optional.of(new Match(a.get(), offset + m.start()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How the parser and the rules combine: the parser is asked where the rules found no speaker, and for a mixed
     * quotation whose speaker the rules took from elsewhere: a mention in another paragraph, or at least
     * {@link #FAR_MENTION} characters before the report (a speaker carried over from an earlier quotation or sentence),
     * where the parse reads the fragment's own sentence. On PolNeAR train (docs/COMPARE.md) both gained on both halves;
     * letting the parse overrule a speaker the rules found next to the quotation lost as many as it found.
     */
    static boolean parserAsked(Found rules, String original) {
        if (rules.speaker().isEmpty() && rules.mention().isEmpty()) {
            return true;
        }
        if (rules.kind() != QuoteKind.MIXED || rules.mention().isEmpty() || rules.mention().get().end() >= rules.report().start()) {
            return false;
        }
        String between = original.substring(rules.mention().get().end(), rules.report().start());
        return between.length() >= FAR_MENTION || between.indexOf('\n') >= 0;
    }

    /** The quotation with the speaker the parse shows, when it shows one the resolver accepts; else as the rules found it. */
    private static Found parsedSpeaker(Found quote, SpeakerParser.Parse parse, MappedText text, int open, int close, SpeakerResolver resolver) {
        Optional<SpeakerParser.Speech> speech = parse.speakerOf(new Span(open + 1, close));
        if (speech.isEmpty()) {
            return quote;
        }
        String s = plain(text);
        Span m = speech.get().mention();
        Span c = speech.get().cue();
        Optional<String> cue = Optional.of(s.substring(c.start(), c.end()).toLowerCase(Locale.ROOT));
        resolver.enterQuotation(text.toOriginal(open, open + 1).start());
        try {
            Optional<Attribution> a = resolver.mention(text, m.start(), s.substring(m.start(), m.end()), cue);
            return a.map(at -> new Found(quote.text(), quote.span(), quote.kind(), quote.report(), at.speaker(), at.mention(), at.cue()))
                    .orElse(quote);
        } finally {
            resolver.leaveQuotation();
        }
    }

    private static Found found(String words, Span span, QuoteKind kind, Span report, Attribution attribution) {
        return new Found(words, span, kind, report, attribution.speaker(), attribution.mention(), attribution.cue());
    }

    /** An attribution right after the closing mark: {@code ," she said}, {@code ," said Caddell}. */
    private static Optional<Match> matchAfter(MappedText text, int offset, String suffix, SpeakerResolver resolver, boolean expected) {
        for (Pattern p : List.of(AFTER_SPEAKER_VERB, AFTER_VERB_SPEAKER, AFTER_VERB_TITLED_SPEAKER)) {
            Matcher m = p.matcher(suffix);
            if (m.find()) {
                Optional<Attribution> a = resolver.resolve(text, offset, m);
                if (a.isPresent()) {
                    return Optional.of(new Match(a.get(), offset + m.end("verb")));
                }
            }
        }
        if (expected) {
            // right after such a quotation, a described speaker needs no word from the list of speaker nouns ("the gambling
            // tycoon told", "says a narrator", "said a longtime adviser to ..."), and any past-tense verb is its cue
            // ("an angry Hollande retaliated")
            for (Pattern p : List.of(AFTER_DESCRIBED_VERB, AFTER_VERB_DESCRIBED, AFTER_SPEAKER_ANY_VERB, AFTER_ANY_VERB_SPEAKER)) {
                Matcher m = p.matcher(suffix);
                if (m.find()) {
                    Optional<Attribution> a = p == AFTER_SPEAKER_ANY_VERB || p == AFTER_ANY_VERB_SPEAKER ? resolver.resolve(text, offset, m)
                            : resolver.described(text, offset, m);
                    if (a.isPresent()) {
                        return Optional.of(new Match(a.get(), offset + m.end("verb")));
                    }
                }
            }
        }
        Matcher according = ACCORDING_TO.matcher(suffix);
        if (according.find() && suffix.substring(0, according.start()).chars().noneMatch(Character::isLetter)) {
            Optional<Attribution> a = resolver.resolve(text, offset, according);
            if (a.isPresent()) {
                return Optional.of(new Match(a.get(), offset + according.end("verb")));
            }
        }
        return Optional.empty();
    }

    /** An attribution before the opening mark in its sentence: {@code Caddell continued: "}, {@code X said it was "}. */
    private static Optional<Match> matchBefore(MappedText text, int offset, String prefix, SpeakerResolver resolver) {
        Matcher according = ACCORDING_TO.matcher(prefix);
        if (according.find()) {
            Optional<Attribution> a = resolver.resolve(text, offset, according);
            if (a.isPresent()) {
                int afterName = offset + according.end("name");
                return Optional.of(new Match(a.get(), afterName));
            }
        }
        // the first speech verb with a speaker right before it and nothing quoted after it: the report starts after it
        Matcher verbs = VERB_BEFORE.matcher(prefix);
        int verbStart = -1;
        int verbEnd = -1;
        String verb = null;
        Optional<Match> closest = Optional.empty();
        while (verbs.find()) {
            String v = verbs.group("verb");
            if (verb == null) {
                verbStart = verbs.start();
                verbEnd = verbs.end();
                verb = v;
            }
            if (v.endsWith("ing")) {
                // "with Donald Trump tweeting that it was '...'", "Ryan saying he was '...'": a name right before the
                // participle is its subject
                Matcher named = PARTICIPLE_SUBJECT.matcher(prefix.substring(0, verbs.start()));
                if (named.find()) {
                    Optional<Attribution> a = resolver.resolve(text, offset, named);
                    if (a.isPresent() && a.get().speaker().isPresent()) {
                        closest = Optional.of(new Match(new Attribution(a.get().speaker(), a.get().mention(),
                                Optional.of(v.toLowerCase(Locale.ROOT))), offset + verbs.end()));
                    }
                }
                continue;
            }
            if (v.equals("asked") && PASSIVE_BEFORE.matcher(prefix.substring(0, verbs.start())).find()) {
                // "Blumenthal was asked, '...?'": the question is the asker's, named after "by" or nobody named
                // (only when the quotation is what was asked: "was asked a question about 'aggressive' policing" is not)
                String after = prefix.substring(verbs.end());
                Matcher by = BY_AGENT.matcher(after);
                boolean agentNamed = by.lookingAt();
                if (after.substring(agentNamed ? by.end() : 0).chars().noneMatch(Character::isLetterOrDigit)) {
                    Optional<Attribution> agent = agentNamed ? resolver.resolve(text, offset + verbs.end(), by) : Optional.empty();
                    closest = Optional.of(new Match(agent.orElse(Attribution.NONE), offset + verbs.end()));
                }
                continue;
            }
            // the speech verb nearest the quotation with a subject of its own: "a woman asked for a photo and Clinton said, "
            // but not a clause reported by the verb before it: "Israel said Clinton called on members to be '...'" is Israel's
            Matcher m = SUBJECT_BEFORE_VERB.matcher(prefix.substring(0, verbs.start()));
            if (m.find()) {
                boolean reported = closest.isPresent()
                        && REPORTED_CLAUSE.matcher(prefix.substring(Math.min(closest.get().cueEnd() - offset, m.start()), m.start())).matches();
                Optional<Attribution> a = reported ? Optional.empty()
                        : subjectBefore(text, offset, prefix.substring(0, verbs.start()), m.start(), resolver);
                if (a.isPresent()) {
                    Optional<String> cue = Optional.of(v.toLowerCase(Locale.ROOT));
                    closest = Optional.of(new Match(new Attribution(a.get().speaker(), a.get().mention(), cue), offset + verbs.end()));
                }
            }
        }
        if (closest.isPresent()) {
            return closest;
        }
        if (verb == null) {
            return Optional.empty();
        }
        Optional<String> cue = Optional.of(verb.toLowerCase(Locale.ROOT));
        // "Blackwell pointed to Cruz's record, noting that ...", "The president ... and added:": the subject of the sentence
        int cueEnd = offset + verbEnd;
        return sentenceSubject(text, offset, prefix.substring(0, verbStart), resolver, cue).map(a -> new Match(a, cueEnd));
    }

    /**
     * The speaker a paragraph ending in a colon introduces for the quotations of the paragraphs after it
     * ("Reporter Ana Reyes says:", "He then listed the qualities ...:", "as the report notes:").
     */
    private static Optional<Attribution> introduction(MappedText text, SpeakerResolver resolver) {
        String s = plain(text).stripTrailing();
        if (!s.endsWith(":")) {
            return Optional.empty();
        }
        int start = sentenceStart(s, s.length() - 1, 0);
        String sentence = s.substring(start, s.length() - 1);
        Optional<Match> m = matchBefore(text, start, sentence + " ", resolver);
        if (m.isPresent()) {
            return Optional.of(m.get().attribution());
        }
        Optional<Attribution> subject = lastClauseSubject(text, start, sentence, resolver, Optional.of(":"));
        if (subject.isPresent()) {
            return subject;
        }
        // "Transcript as follows:"
        Matcher opening = SENTENCE_OPENING_SUBJECT.matcher(sentence);
        return opening.find() ? resolver.resolve(text, start, opening).map(a -> new Attribution(a.speaker(), a.mention(), Optional.of(":")))
                : Optional.empty();
    }

    /**
     * Who a paragraph without quotations is about, for a quotation paragraph after it that names nobody ("Viguerie is
     * upbeat about Cruz's chances." then a paragraph that is only a quotation): the subject of its last sentence.
     */
    private static Optional<Attribution> lastSubject(MappedText text, SpeakerResolver resolver) {
        String s = plain(text).stripTrailing();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int start = sentenceStart(s, s.length(), 0);
        return sentenceSubject(text, start, s.substring(start), resolver, Optional.empty());
    }

    /**
     * The subject of a quotation paragraph's last sentence when that sentence quotes nothing: it, not the speaker of the
     * quotation before, introduces a quotation paragraph after it ('"...," Brandt added. He then turned to the crowd.'
     * then '"Who pays for it?"').
     */
    private static Optional<Attribution> closingNarrative(MappedText text, SpeakerResolver resolver) {
        String s = plain(text).stripTrailing();
        int start = sentenceStart(s, s.length(), 0);
        if (start == 0 || QUOTE_MARK.matcher(s.substring(start)).find()) {
            return Optional.empty();
        }
        Matcher pronoun = SENTENCE_OPENING_SUBJECT.matcher(s.substring(start));
        return pronoun.find() && pronoun.group("pronoun") != null ? resolver.resolve(text, start, pronoun) : Optional.empty();
    }

    /** Whether a paragraph holds nothing but quotations (no letter outside its quotation marks). */
    private static boolean onlyQuotations(String s) {
        StringBuilder outside = new StringBuilder();
        int at = 0;
        for (QuoteMarks.Pair pair : QuoteMarks.pairs(s)) {
            if (!pair.closed()) {
                return false;
            }
            outside.append(s, at, pair.open());
            at = pair.close() + 1;
        }
        outside.append(s.substring(Math.min(at, s.length())));
        return at > 0 && outside.chars().noneMatch(Character::isLetter);
    }

    /** A paragraph that only names who said the quotation before it: "- Senator Ana Reyes." or "— Reyes, in a speech". */
    private static Optional<Attribution> signature(MappedText text, SpeakerResolver resolver) {
        Matcher m = SIGNATURE.matcher(plain(text));
        return m.matches() ? resolver.resolve(text, 0, m).map(a -> new Attribution(a.speaker(), a.mention(), Optional.of("-")))
                : Optional.empty();
    }

    /** The subject of the last clause with one ("When Wallace died in 1998, President Clinton released the following statement"). */
    private static Optional<Attribution> lastClauseSubject(MappedText text, int offset, String sentence, SpeakerResolver resolver,
                                                           Optional<String> cue) {
        Matcher verbs = FINITE_VERB.matcher(sentence);
        List<Integer> starts = new ArrayList<>();
        while (verbs.find()) {
            starts.add(verbs.start());
        }
        for (int k = starts.size() - 1; k >= 0 && k >= starts.size() - 4; k--) {
            Optional<Attribution> a = subjectBefore(text, offset, sentence.substring(0, starts.get(k)), 0, resolver);
            if (a.isPresent()) {
                return Optional.of(new Attribution(a.get().speaker(), a.get().mention(), cue));
            }
        }
        return Optional.empty();
    }

    /**
     * A quotation standing as a sentence after a sentence of its paragraph that quotes nothing: that sentence's subject
     * introduced it ("Bystrom agreed. '...'", "The judge then turned to me. '...?'").
     */
    private static Optional<Attribution> previousSentenceSubject(MappedText text, int sentenceStart, SpeakerResolver resolver) {
        String s = plain(text);
        if (sentenceStart <= 0) {
            return Optional.empty();
        }
        int start = sentenceStart(s, sentenceStart - 1, 0);
        String previous = s.substring(start, sentenceStart);
        if (QUOTE_MARK.matcher(previous).find()) {
            return Optional.empty();
        }
        return sentenceSubject(text, start, previous, resolver, Optional.empty());
    }

    /** The subject of a sentence: the speaker before its first verb ("Blackwell pointed to ...", "The president noted ..."). */
    private static Optional<Attribution> sentenceSubject(MappedText text, int offset, String sentence, SpeakerResolver resolver,
                                                         Optional<String> cue) {
        Matcher verbs = FINITE_VERB.matcher(sentence);
        int tried = 0;
        while (verbs.find() && tried++ < 4) {
            Optional<Attribution> a = subjectBefore(text, offset, sentence.substring(0, verbs.start()), 0, resolver);
            if (a.isPresent()) {
                return Optional.of(new Attribution(a.get().speaker(), a.get().mention(), cue));
            }
        }
        return Optional.empty();
    }

    /** No attribution in the sentence: the nearest person named earlier in it ("a commitment from the North Korean leader to ..."). */
    private static Attribution nearestPerson(MappedText text, int offset, String prefix, SpeakerResolver resolver) {
        Attribution nearest = Attribution.NONE;
        Matcher names = NAME_RUN.matcher(prefix);
        while (names.find()) {
            Optional<String> entity = resolver.entities().resolve(TRAILING_PUNCTUATION.matcher(names.group()).replaceFirst(""));
            if (entity.isPresent() && resolver.entities().typeOf().get(entity.get()) == Comparison.EntityType.PERSON) {
                nearest = new Attribution(entity, Optional.of(text.toOriginal(offset + names.start(), offset + names.end())), Optional.empty());
            }
        }
        return nearest;
    }

    /** Reported speech without quotation marks in a paragraph without any: "X said (that) ...", "..., X said.", "according to X, ...". */
    private static void indirect(String original, MappedText text, SpeakerResolver resolver, List<Found> found) {
        String s = plain(text);
        int start = 0;
        Matcher ends = SENTENCE_END.matcher(s);
        while (start < s.length()) {
            int end = ends.find(start) ? ends.start() : s.length();
            int next = ends.hitEnd() || end == s.length() ? s.length() : ends.end();
            String sentence = s.substring(start, end);
            for (Pattern p : List.of(INDIRECT_LEADING, ACCORDING_LEADING, INDIRECT_TRAILING, INDIRECT_TRAILING_INVERTED, ACCORDING_TRAILING)) {
                Matcher m = p.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                Optional<Attribution> a = resolver.resolve(text, start, m);
                if (a.isEmpty()) {
                    continue;
                }
                Span content = tighten(original, text.toOriginal(start + m.start("content"), start + m.end("content")));
                if (content.length() < 12) {
                    continue;
                }
                String words = content.of(original).replaceAll("\\s+", " ");
                found.add(new Found(words, content, QuoteKind.INDIRECT, content, a.get().speaker(), a.get().mention(), a.get().cue()));
                resolver.saw(a.get().speaker().orElse(null));
                break;
            }
            if (next <= start) {
                break;
            }
            start = next;
        }
    }

    /** A paragraph's text with no-break spaces as plain ones (same length), so that {@code \\s} in the patterns matches them. */
    static String plain(MappedText text) {
        return text.text().replace('\u00a0', ' ');
    }

    /** The span without the punctuation and spaces that the quote's text leaves out. */
    private static Span tighten(String original, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(original.charAt(end - 1)) || ",.;:".indexOf(original.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }

    /** Where the sentence holding {@code at} starts, not before {@code floor}. */
    private static int sentenceStart(String s, int at, int floor) {
        Matcher end = SENTENCE_END.matcher(s).region(floor, at).useTransparentBounds(true);
        int start = floor;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    /**
     * Where the sentence after a closing mark goes on: a question or exclamation closing the quotation does not end
     * the sentence when a lowercase word follows ("?" he asked).
     */
    private static int attributionStart(String s, int afterClose) {
        int i = afterClose;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && Character.isLowerCase(s.charAt(i))) {
            return i;
        }
        // '"You think I'm going to change?" Trump asked reporters during ...': a name and a speech verb after a question or
        // an exclamation go on with its sentence, however long the attribution
        // (not one that introduces the next quotation: '..?" He answered, "..."'; nor across a line break)
        boolean questionOrExclamation = afterClose >= 2 && "?!".indexOf(s.charAt(afterClose - 2)) >= 0
                && s.substring(afterClose, i).indexOf('\n') < 0;
        if (questionOrExclamation && i < s.length()) {
            String attribution = s.substring(i, sentenceEnd(s, i));
            if (!QUOTE_MARK.matcher(attribution).find() && AFTER_SPEAKER_VERB.matcher(attribution).find()) {
                return i;
            }
        }
        return afterClose;
    }

    /** Where the sentence going on at {@code from} ends (before the space that follows it). */
    private static int sentenceEnd(String s, int from) {
        Matcher end = SENTENCE_END.matcher(s).region(Math.min(from, s.length()), s.length()).useTransparentBounds(true);
        return end.find() ? end.start() : s.length();
    }
}
