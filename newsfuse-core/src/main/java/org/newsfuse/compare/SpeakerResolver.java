package org.newsfuse.compare;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.base.MappedText;
import org.newsfuse.base.Span;
import org.newsfuse.compare.QuoteExtractor.Attribution;

/**
 * Resolves the words naming a speaker ("she", "press secretary Sarah Sanders", "the report", "who") to the fullest
 * name of that person or organisation in the story, or to the description itself when it names no known entity; a
 * pronoun takes the nearest compatible name before it, else the last speaker seen of its kind.
 *
 * <p>Separate from {@link QuoteExtractor}, which finds quotations and matches the attributions around them: that
 * class decides where a speaker's mention is, this one what it names. Its lexicons (speaker nouns, words that are
 * no names, prepositions, antecedents) concern mentions only. One instance serves one article: it remembers the
 * last speakers for pronouns with no name in reach, and the quotation being attributed while the extractor is at it.
 */
final class SpeakerResolver {

    private static final Pattern PRONOUN_WORD = Pattern.compile("(?i)he|she|they|it|we|i");
    /** A run of capitalised words, "of" allowed inside ("Secretary of State Ana Reyes"). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("[A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*)*");
    /** Auxiliaries and adverbs that stand between a speaker and the verb, not part of the mention ("the president will"). */
    private static final Pattern TRAILING_AUXILIARY = Pattern.compile("(?:\\s+(?:will|would|has|had|have|is|was|are|were|also|then|later"
            + "|once|did|does|can|could|may|might|must|should))+$");
    /** A phrase ending in a conjunction is the end of a clause, not a speaker ("extradition to the United States and added"). */
    private static final Pattern CONJUNCTION_END = Pattern.compile("\\s(?:and|but|or|nor)$");
    /**
     * A preposition, with at most an article, right before a phrase: the phrase is its object, not a subject ("In a
     * statement, Ana Reyes, ... said", "Shortly after Brandt's call ended, the campaign said"). "to", "by", "with" and
     * "of" are not here: "according to X", "by host X", "with X tweeting", "one of the jurors said".
     */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:in|on|at|after|before|from|about|against|over|into"
            + "|during|since|than|through|under|upon|without|amid|among|despite|like|unlike|following|toward|towards|across)"
            + "(?:\\s+(?:the|a|an|his|her|their|its))?\\s+$");
    /** A phrase opening with a preposition is no subject ("Of Carson, Levine said", "Amid the protests, ..."). */
    private static final Pattern PREPOSITION_OPENING = Pattern.compile("(?:Of|Amid|Among|Despite|Under|From|About|Against|Like|Unlike"
            + "|Following|Without|Through|During|Since|Upon|Over|Into|Toward|Towards|Across)\\s");
    /** A relative pronoun as a subject ("Trump, who has called the pact ..."). */
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("who|which");
    /** The name a relative clause hangs from: "Glenn Beck, " or "Sen. Ana Reyes (D-Vell.), " right before "who". */
    private static final Pattern ANTECEDENT = Pattern.compile("(?<![\\p{L}'’.-])(?<name>[A-Z][\\p{L}'’.-]*(?:[ \\u00a0]+(?:of[ \\u00a0]+)?"
            + "[A-Z][\\p{L}'’.-]*)*)(?:[ \\u00a0]*\\([^)]{0,30}\\))?,[ \\u00a0]*$");
    private static final Pattern OPENING_SMALL_WORDS = Pattern.compile("^(?:(?:the|a|an|of|and|his|her|their|The|A|An|His|Her|Their)\\s+)+");
    /** Words that open a noun phrase but are no speaker on their own ("The", "All" before a quoted phrase). */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)the|a|an|all|some|many|most|both|each|every|this|that|these|those|other|others|such|one|there|here|what|which|who"
            + "|it|as|so|and|but|or|if|when|then|now|also|just|only|even|still|never|yet|not|no");
    /** Dates are no speakers ("Friday, the document says"). */
    private static final Set<String> NOT_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Today", "Yesterday", "Tomorrow", "Earlier", "Later", "Last", "This", "Next", "In", "On", "At", "But", "And", "So", "Then",
            "When", "While", "After", "Before", "Asked", "However", "Still", "Also", "Now", "That", "It", "There", "What", "Which",
            // numbers and "Given" open phrases, no names ("Thirteen years earlier, she ...", "Given his past comments, ...")
            "Given", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen",
            "Fifteen", "Twenty", "Thirty", "Hundreds", "Thousands", "Dozens", "Millions");
    /** Words that open a sentence before its subject ("But Cox says", "Later Ms. Reyes said"). */
    private static final Pattern LEADING_WORD = Pattern.compile("(?:But|And|So|Then|Yet|Still|Also|Now|When|While|After|Later|Earlier"
            + "|Meanwhile|However|Instead|Indeed|Finally|Again|Asked|Today|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|Here|There|Thus|Plus|Or|Because|Though|Although|If|As|At|In|On)\\s+");
    /** Words that glue a name to the sentence before it and are not part of the mention ("said Kristen Day", "as Joel Pollak"). */
    private static final Pattern GLUE_WORD = Pattern.compile("(?:said|says|as|and|but|or|like|with|by|told|tells)\\s+");
    /**
     * Lowercase words that a speaker's mention never holds: a preposition or a demonstrative means the words before
     * the verb were a phrase that ends in a name ("in San Bernardino", "on Saturday", "upset after Obama", "smear these
     * Republican"), not the subject.
     */
    private static final Pattern NO_MENTION_WORD = Pattern.compile("(?:^|\\s)(?:in|on|at|after|before|with|to|from|about|against"
            + "|over|into|during|since|than|through|under|these|those|this|that|upon|without|via|has|have|had|will|would|is|are|was"
            + "|were)(?:\\s|$)");
    /** Common nouns that name a speaker: people by role, groups, and documents that speak ("the report says"). */
    private static final Pattern SPEAKER_NOUN = Pattern.compile("(?:official|spokes(?:man|woman|person)|source|aide|adviser|advisor"
            + "|report|statement|poll|survey|study|judge|lawyer|attorney|campaign|candidate|president|senator|governor|mayor|people"
            + "|voter|supporter|critic|analyst|expert|economist|police|officer|witness|resident|leader|member|group|committee|email"
            + "|letter|memo|document|filing|lawsuit|complaint|ad|website|article|editorial|paper|newspaper|network|magazine|author"
            + "|writer|reporter|host|anchor|moderator|chairman|chairwoman|director|secretary|minister|businessman|businesswoman"
            + "|billionaire|nominee|front-?runner|rival|opponent|challenger|democrat|republican|man|woman|mother|father|son|daughter"
            + "|wife|husband|friend|crowd|audience|protester|protestor|some|many|other|both|student|teacher|doctor|nurse|worker"
            + "|employee|manager|executive|ceo|founder|agency|department|ministry|government|administration|court|company|firm"
            + "|organization|organisation|party|prosecutor|investigator|researcher|scientist|professor|strategist|pollster|consultant"
            + "|operative|staffer|insider|observer|commentator|columnist|blogger|activist|advocate|organizer|donor|lawmaker|legislator"
            + "|congressman|congresswoman|representative|diplomat|ambassador|general|commander|soldier|veteran|victim|family|parent"
            + "|neighbor|neighbour|owner|user|fan|citizen|american|immigrant|official|transcript|release|tweet|post|message|note"
            + "|ruling|order|indictment|assessment|review|analysis|guidance|filing|memo|sign|banner|headline|caption|cable|source"
            + "|sheriff|chief|coach|player|actor|actress|star|singer|rapper|comedian|celebrity|pastor|priest|bishop|pope|rabbi|imam"
            + "|commission|council|board|panel|narrator|person|delegate|delegation|host|tycoon|mogul|colleague|nephew|niece|brother"
            + "|sister|cousin|uncle|aunt|spokesperson|representative|publication|outlet|agency|union|association|coalition"
            + "|foundation|institute|center|centre|group|caucus|chair|chairperson|speaker|emcee|ad|commercial|video|book)s?"
            + "|people|men|women|children|staff|media|press|public|everyone|everybody|somebody|someone|nobody|none");
    /** How far back a pronoun looks for the name it stands for. */
    private static final int PRONOUN_REACH = 1500;

    private final String original;
    private final EntityExtractor.Result entities;
    private String lastPerson;
    private String lastOther;
    /** Where the quotation being attributed opens: a pronoun after it does not stand for a name inside it. */
    private int quotationStart = Integer.MAX_VALUE;

    SpeakerResolver(String original, EntityExtractor.Result entities) {
        this.original = original;
        this.entities = entities;
    }

    /** The story's entities the mentions resolve to. */
    EntityExtractor.Result entities() {
        return entities;
    }

    /** A quotation opening at {@code start} in the original is being attributed: a pronoun looks for its name before it. */
    void enterQuotation(int start) {
        quotationStart = start;
    }

    /** No quotation is being attributed any more: a pronoun looks back from where it stands. */
    void leaveQuotation() {
        quotationStart = Integer.MAX_VALUE;
    }

    /** Remembers a quotation's speaker as the last person or the last other speaker, for later pronouns. */
    void saw(String speaker) {
        if (speaker == null) {
            return;
        }
        if (entities.typeOf().get(speaker) == Comparison.EntityType.PERSON) {
            lastPerson = speaker;
        } else {
            lastOther = speaker;
        }
    }

    /** The attribution a match names, mapped to the original; empty when its subject is no speaker. */
    Optional<Attribution> resolve(MappedText text, int offset, Matcher m) {
        String group = group(m, "pronoun") != null ? "pronoun" : "name";
        String said = group(m, group);
        if (said == null) {
            return Optional.empty();
        }
        String mentionText = QuoteExtractor.TRAILING_PUNCTUATION.matcher(said.strip()).replaceFirst("");
        // "But Cox says": the mention starts at the name
        Matcher lead = LEADING_WORD.matcher(mentionText);
        while (lead.lookingAt() && lead.end() < mentionText.length()) {
            mentionText = mentionText.substring(lead.end());
            lead = LEADING_WORD.matcher(mentionText);
        }
        // "said Kristen Day", "as Joel Pollak", "and NBC News": the word before the name is not part of it
        Matcher glue = GLUE_WORD.matcher(mentionText);
        while (glue.lookingAt() && glue.end() < mentionText.length()) {
            mentionText = mentionText.substring(glue.end());
            glue = GLUE_WORD.matcher(mentionText);
        }
        // "the two-term president will say": an auxiliary before the verb is not part of the mention
        Matcher auxiliary = TRAILING_AUXILIARY.matcher(mentionText);
        if (auxiliary.find() && auxiliary.start() > 0) {
            mentionText = mentionText.substring(0, auxiliary.start());
        }
        if (mentionText.isEmpty() || NO_MENTION_WORD.matcher(mentionText).find() || CONJUNCTION_END.matcher(mentionText).find()) {
            return Optional.empty();
        }
        int at = offset + m.start(group) + said.indexOf(mentionText);
        if (objectOfPreposition(text, at) || PREPOSITION_OPENING.matcher(mentionText).lookingAt()) {
            return Optional.empty();
        }
        Span mention = text.toOriginal(at, at + mentionText.length());
        String verb = group(m, "verb");
        Optional<String> cue = Optional.ofNullable(verb).map(v -> v.toLowerCase(Locale.ROOT));
        if (group.equals("pronoun")) {
            Optional<String> who = pronoun(mentionText, mention.start());
            return Optional.of(new Attribution(who, Optional.of(mention), cue));
        }
        if (RELATIVE_PRONOUN.matcher(mentionText).matches()) {
            // "Beck, who said there were 'too many ...'": the mention is "who", the speaker the name it follows
            Matcher named = ANTECEDENT.matcher(original).region(Math.max(0, mention.start() - 120), mention.start());
            return named.find() ? name(named.group("name")).map(w -> new Attribution(Optional.of(w), Optional.of(mention), cue))
                    : Optional.empty();
        }
        Optional<String> who = name(mentionText);
        return who.map(w -> new Attribution(Optional.of(w), Optional.of(mention), cue));
    }

    /** Whether the words at {@code at} follow a preposition, so they are its object and no subject. */
    private static boolean objectOfPreposition(MappedText text, int at) {
        String s = QuoteExtractor.plain(text);
        return PREPOSITION_BEFORE.matcher(s.substring(Math.max(0, at - 30), at)).find();
    }

    /** A mention another finder located (a parse's subject): a pronoun, a name, or a description. */
    Optional<Attribution> mention(MappedText text, int at, String words, Optional<String> cue) {
        String mentionText = QuoteExtractor.TRAILING_PUNCTUATION.matcher(words.strip()).replaceFirst("");
        if (mentionText.isEmpty()) {
            return Optional.empty();
        }
        int start = at + words.indexOf(mentionText);
        Span mention = text.toOriginal(start, start + mentionText.length());
        if (PRONOUN_WORD.matcher(mentionText).matches()) {
            return Optional.of(new Attribution(pronoun(mentionText, mention.start()), Optional.of(mention), cue));
        }
        Optional<String> who = name(mentionText).or(() -> NOT_A_SPEAKER.matcher(mentionText).matches() ? Optional.empty()
                : Optional.of(OPENING_SMALL_WORDS.matcher(mentionText).replaceFirst("")));
        return who.map(w -> new Attribution(Optional.of(w), Optional.of(mention), cue));
    }

    /** A described speaker right after a quotation: the description is the mention, its known name or itself the speaker. */
    Optional<Attribution> described(MappedText text, int offset, Matcher m) {
        String said = m.group("name");
        String mentionText = QuoteExtractor.TRAILING_PUNCTUATION.matcher(said.strip()).replaceFirst("");
        // "a longtime adviser to Trump": the mention is the description up to its preposition
        Matcher preposition = NO_MENTION_WORD.matcher(mentionText);
        if (preposition.find()) {
            mentionText = mentionText.substring(0, preposition.start()).strip();
        }
        String[] words = mentionText.split("\\s+");
        if (words.length < 2 || NOT_A_SPEAKER.matcher(words[words.length - 1]).matches()) {
            return Optional.empty();
        }
        int at = offset + m.start("name") + said.indexOf(mentionText);
        Span mention = text.toOriginal(at, at + mentionText.length());
        Optional<String> cue = Optional.ofNullable(group(m, "verb")).map(v -> v.toLowerCase(Locale.ROOT));
        String description = OPENING_SMALL_WORDS.matcher(mentionText).replaceFirst("");
        Optional<String> who = name(mentionText).or(() -> Optional.of(description));
        return Optional.of(new Attribution(who, Optional.of(mention), cue));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** The nearest compatible name before a pronoun: a person for he and she, an organisation for it and they. */
    private Optional<String> pronoun(String pronoun, int at) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("i") || p.equals("we")) {
            return Optional.empty();
        }
        boolean person = p.equals("he") || p.equals("she");
        int end = Math.min(at, quotationStart);
        int from = Math.max(0, end - PRONOUN_REACH);
        Matcher names = QuoteExtractor.NAME_RUN.matcher(original).region(from, end);
        String nearest = null;
        while (names.find()) {
            // "... press secretary Sarah Sanders." -- the sentence's period is not part of the name
            Optional<String> entity = entities.resolve(QuoteExtractor.TRAILING_PUNCTUATION.matcher(names.group()).replaceFirst(""));
            if (entity.isEmpty()) {
                continue;
            }
            Comparison.EntityType type = entities.typeOf().get(entity.get());
            if (person ? type == Comparison.EntityType.PERSON : type == Comparison.EntityType.ORGANIZATION) {
                nearest = entity.get();
            }
        }
        if (nearest == null) {
            nearest = person ? lastPerson : lastOther;
        }
        return Optional.ofNullable(nearest);
    }

    /** The fullest name in a phrase naming a speaker, or the phrase itself when it names no known entity. */
    private Optional<String> name(String cleaned) {
        // the longest known entity inside the phrase ("press secretary Sarah Sanders" -> Sarah Sanders)
        Matcher parts = CAPITALISED_RUN.matcher(cleaned);
        String best = null;
        while (parts.find()) {
            Optional<String> entity = entities.resolve(parts.group());
            if (entity.isPresent() && (best == null || entity.get().length() > best.length())) {
                best = entity.get();
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        // no known entity: the phrase itself, without the small words that opened it ("of Natural Resources ...")
        String phrase = OPENING_SMALL_WORDS.matcher(cleaned).replaceFirst("");
        if (phrase.isEmpty() || NOT_A_SPEAKER.matcher(phrase).matches() || NOT_NAMES.contains(phrase.split("\\s+")[0])) {
            return Optional.empty();
        }
        // a phrase of common words names a speaker only when it ends in a word for one ("the judge", "a source", "the report")
        boolean named = !phrase.equals(phrase.toLowerCase(Locale.ROOT));
        if (!named) {
            String[] words = phrase.split("\\s+");
            String head = words[words.length - 1].replaceAll("[’']s$", "");
            if (words.length > 3 || !SPEAKER_NOUN.matcher(head).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(phrase);
    }
}
