package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.Lexicon;
import org.newsfuse.base.MappedText;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;
import org.newsfuse.clean.Block;

/**
 * Direct quotations in an article, whole or partial, with their speaker: the attribution right after
 * the closing mark ({@code ," she added}, {@code ," Sanders said}, {@code ," the Pentagon assessment
 * says}), or before the opening mark ({@code Sanders also characterized the meeting as "...}), or
 * {@code according to ...} in the same sentence; a pronoun is resolved to the last speaker of its kind
 * (he or she: a person; it: an organisation or document). A quotation continued in the next paragraph
 * (no closing mark, next paragraph opening with one) is one quotation. A quotation with no attribution of
 * its own takes the speaker of the quotation before it in its paragraph: news style names a speaker once.
 */
final class QuoteExtractor {

    /** A quotation found in one article. */
    record Found(String text, Span span, Optional<String> speaker) {
    }

    private static final String VERBS = "(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|stated|states|explained"
            + "|continued|noted|insisted|declared|argued|warned|replied|recalled|announced|acknowledged|conceded|predicted"
            + "|characterized|described|called|pledged|promised)";
    private static final String PRONOUN = "(?<pronoun>he|she|they|it|we|I)";
    private static final String NAME = "(?<name>(?:the |a |an )?(?:[A-Z][\\p{L}'’.-]*|[a-z]+)(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*){0,5}"
            + "|(?:the |an? )?[a-z]+(?:\\s+[a-z]+)?\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4}|the [A-Z][\\p{L}]*(?:\\s+[a-zA-Z]+){0,3})";
    private static final Pattern AFTER_SPEAKER_VERB = Pattern.compile("^[\\s,]*(?:" + PRONOUN + "|" + NAME + ")\\s+(?:also\\s+)?" + VERBS + "\\b");
    private static final Pattern AFTER_VERB_SPEAKER = Pattern.compile("^[\\s,]*" + VERBS + "\\s+(?:" + PRONOUN + "|" + NAME + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("according to\\s+(?<name>(?:the |a )?(?:[a-z]+\\s+){0,3}[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,4}|the [a-zA-Z ]{3,40})");
    private static final Pattern BEFORE = Pattern.compile("(?<name>(?:the |a )?[A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*){0,5}|" + PRONOUN + ")"
            + "(?:,[^,]{1,60},)?\\s+(?:also\\s+|explicitly\\s+|has\\s+|had\\s+)?" + VERBS + "\\b[^\"“”]{0,80}$");

    /** A run of capitalised words. */
    private static final Pattern NAME_RUN = Pattern.compile("[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*)*");
    /** A run of capitalised words, "of" allowed inside ("Secretary of State Ana Reyes"). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("[A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’.-]*)*");
    /** The end of a sentence, but not the period of a title or an initial in a name ("Gov. Ed G. Rendell said"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\b(?:" + String.join("|",
            java.util.stream.Stream.of(Lexicon.TITLE_ABBREVIATIONS, Lexicon.PLACE_PREFIXES, Lexicon.NAME_SUFFIXES, List.of("No"))
                    .flatMap(List::stream).map(Pattern::quote).toList()) + ")\\.)(?<!\\b[A-Z]\\.)\\s");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.]+$");
    private static final Pattern QUOTE_END_PUNCTUATION = Pattern.compile("[,.;:]+$");
    private static final Pattern OPENING_SMALL_WORDS = Pattern.compile("^(?:(?:the|a|an|of|and|The|A|An)\\s+)+");
    /** Words that open a noun phrase but are no speaker on their own ("The", "All" before a quoted phrase). */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)the|a|an|all|some|many|most|both|each|every|this|that|these|those|other|others|such|one");

    List<Found> extract(Article article, EntityExtractor.Result entities) {
        List<Found> found = new ArrayList<>();
        String lastPerson = null;
        String lastOther = null;
        List<Block> blocks = article.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).toList();
        for (int b = 0; b < blocks.size(); b++) {
            MappedText text = blocks.get(b).text();
            String s = text.text();
            // news style names a speaker once per paragraph: "A," Bond said. "B." -- B is Bond's too
            Optional<String> paragraphSpeaker = Optional.empty();
            int i = 0;
            while (i < s.length()) {
                int open = nextOpening(s, i);
                if (open < 0) {
                    break;
                }
                int close = closing(s, open);
                String inner;
                Span span;
                String after;
                if (close < 0) {
                    // runs on into the next paragraph if that one opens with a quotation mark
                    StringBuilder joined = new StringBuilder(s.substring(open + 1).strip());
                    int startOriginal = text.toOriginal(open + 1, open + 2).start();
                    int endOriginal = text.toOriginal(open + 1, s.length()).end();
                    after = "";
                    int next = b + 1;
                    while (next < blocks.size() && startsWithQuote(blocks.get(next).text().text())) {
                        String nt = blocks.get(next).text().text().strip();
                        int nClose = closing(nt, 0);
                        MappedText ntext = blocks.get(next).text();
                        int offset = ntext.text().indexOf(nt);
                        if (nClose < 0) {
                            joined.append(' ').append(nt.substring(1).strip());
                            endOriginal = ntext.toOriginal(offset, offset + nt.length()).end();
                            next++;
                            continue;
                        }
                        joined.append(' ').append(nt, 1, nClose);
                        endOriginal = ntext.toOriginal(offset + nClose - 1, offset + nClose).end();
                        after = nt.substring(nClose + 1);
                        next++;
                        break;
                    }
                    inner = joined.toString();
                    span = new Span(startOriginal, Math.max(startOriginal, endOriginal));
                    b = next - 1;
                    i = s.length();
                } else {
                    inner = s.substring(open + 1, close);
                    span = text.toOriginal(open + 1, close);
                    after = s.substring(close + 1);
                    i = close + 1;
                }
                String quote = QUOTE_END_PUNCTUATION.matcher(inner.strip()).replaceFirst("").strip();
                if (quote.isEmpty()) {
                    continue;
                }
                String before = sentenceBefore(s, open);
                Optional<String> speaker = attribute(before, after, entities, lastPerson, lastOther);
                if (speaker.isEmpty()) {
                    speaker = paragraphSpeaker;
                }
                paragraphSpeaker = speaker;
                if (speaker.isPresent()) {
                    if (entities.typeOf().get(speaker.get()) == Comparison.EntityType.PERSON) {
                        lastPerson = speaker.get();
                    } else {
                        lastOther = speaker.get();
                    }
                }
                found.add(new Found(quote, tighten(article.text(), span), speaker));
            }
        }
        return found;
    }

    private static Optional<String> attribute(String before, String after, EntityExtractor.Result entities, String lastPerson,
                                              String lastOther) {
        String afterSentence = SENTENCE_END.split(after, 2)[0];
        Matcher m = AFTER_SPEAKER_VERB.matcher(afterSentence);
        if (!m.find()) {
            m = AFTER_VERB_SPEAKER.matcher(afterSentence);
            if (!m.find()) {
                m = null;
            }
        }
        if (m != null) {
            return resolve(m.group("pronoun"), m.group("name"), entities, lastPerson, lastOther);
        }
        Matcher according = ACCORDING_TO.matcher(afterSentence);
        if (according.find()) {
            return resolve(null, according.group("name"), entities, lastPerson, lastOther);
        }
        according = ACCORDING_TO.matcher(before);
        if (according.find()) {
            return resolve(null, according.group("name"), entities, lastPerson, lastOther);
        }
        Matcher b = BEFORE.matcher(before);
        if (b.find()) {
            return resolve(b.group("pronoun"), b.group("name"), entities, lastPerson, lastOther);
        }
        // the nearest person named earlier in the sentence ("a commitment from the North Korean leader to ...")
        String nearest = null;
        Matcher names = NAME_RUN.matcher(before);
        while (names.find()) {
            Optional<String> entity = entities.resolve(names.group());
            if (entity.isPresent() && entities.typeOf().get(entity.get()) == Comparison.EntityType.PERSON) {
                nearest = entity.get();
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static Optional<String> resolve(String pronoun, String name, EntityExtractor.Result entities, String lastPerson,
                                            String lastOther) {
        if (pronoun != null) {
            return switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
                case "he", "she" -> Optional.ofNullable(lastPerson);
                case "it" -> Optional.ofNullable(lastOther);
                default -> Optional.empty();
            };
        }
        if (name == null) {
            return Optional.empty();
        }
        String cleaned = TRAILING_PUNCTUATION.matcher(name.strip()).replaceFirst("");
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
        if (phrase.isEmpty() || NOT_A_SPEAKER.matcher(phrase).matches()) {
            return Optional.empty();
        }
        // a long phrase of common words is a description, not a speaker
        boolean named = !phrase.equals(phrase.toLowerCase(java.util.Locale.ROOT));
        return !named && phrase.split(" ").length > 3 ? Optional.empty() : Optional.of(phrase);
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

    private static String sentenceBefore(String s, int open) {
        String head = s.substring(0, open);
        Matcher end = SENTENCE_END.matcher(head);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return head.substring(start);
    }

    private static boolean startsWithQuote(String s) {
        String t = s.strip();
        return !t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '“');
    }

    private static int nextOpening(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || (c == '"' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))))) {
                return i;
            }
        }
        return -1;
    }

    private static int closing(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '”' || (c == '"' && s.charAt(open) == '"') || (c == '"' && s.charAt(open) == '“')) {
                return i;
            }
        }
        return -1;
    }
}
