package org.newsfuse.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Quotations;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.base.Span;

/**
 * Sentences that lean on the one before them only through an opening discourse link ("But", "However",
 * "Still,", "Also,", "And", "Yet", "Meanwhile"), so that they can be shown alone with the link taken out
 * and the next letter capitalised as an editorial change: "But the expected eviction had not happened."
 * reads "[T]he expected eviction had not happened." The link says how the sentence relates to the one
 * before it, which the reader does not see; what it states stays true without it.
 *
 * <p>Not taken out: "So", "Then", "Instead" (and "Therefore"-like words, which {@link SentenceDependencies}
 * does not list): they say the sentence follows from, comes after or replaces what the sentence before it
 * said, so without that sentence the reader would take a consequence or a substitute for a plain fact
 * ("Instead, the council voted to close the bridge" is a choice made against something unseen); and
 * "So" also opens phrases that are no link at all ("So far, ..."). "Still" and "Also" only with a comma
 * after them: without one they are usually adverbs of the sentence ("Still missing are ...", "Also
 * killed was ..."), whose rest is no sentence.
 *
 * <p>Only when the rest is a whole sentence on its own: it opens with a word that can open a clause (not
 * a verb form, not a word that itself points back, such as "another" or a pronoun {@link
 * SentenceDependencies} would count), has at least {@value #MIN_REST_WORDS} words, and is not inside a
 * quotation (a sentence that continues a quotation opened before it, or whose quotation marks do not
 * pair up, keeps its link and its pair), and holds no pronoun ahead of anything it could stand for and
 * no speaker given only as "he said". Computed once per story; immutable.
 */
public final class ConnectiveOpeners {

    /** The links that may go, with the comma or space after them; "Still" and "Also" only with a comma. */
    private static final Pattern LINK = Pattern.compile("^(?:(?:But|However|And|Yet|Meanwhile),?|(?:Still|Also),) +");
    /** At least this many words must remain: a shorter rest is seldom a statement of its own. */
    static final int MIN_REST_WORDS = 4;
    /** The rest opens with a letter of a word (not a quotation mark, a digit's sign or a bracket). */
    private static final Pattern REST_START = Pattern.compile("^([A-Za-z])([A-Za-z'’-]*)");
    /**
     * Words that cannot open a sentence that stands alone: verb forms (the link opened an inverted or
     * elliptical sentence, "But was it ..."), and words that point back themselves.
     */
    private static final Set<String> NOT_OPENING = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "no",
            "so", "too", "then", "also", "still", "yet", "even", "again", "another", "more", "less", "other", "others", "such",
            "as", "than", "that", "which", "who", "whom", "whose", "what", "why", "how", "or", "nor", "and", "but", "if",
            "unless", "though", "although", "because", "only", "rather", "instead", "therefore", "thus", "hence", "later",
            "earlier", "before", "after", "afterwards", "now", "there", "here", "neither", "either", "both", "same", "much", "likewise",
            "similarly", "furthermore", "moreover", "besides", "meanwhile", "however", "nevertheless", "nonetheless");

    /**
     * A third-person pronoun before anything in the rest it could stand for (a capitalised word, or a noun
     * phrase opened by an article): "But while he is not under indictment ..." or
     * "But critics say it also suggests ..." still lean on the sentence before.
     */
    private static final Pattern PRONOUN_FIRST = Pattern.compile(
            "^(?:(?![A-Z]|(?:the|a|an) )[^ ]* +)*?(?:he|she|him|his|her|hers|they|them|their|it|its)\\b");
    /** A speaker given only as a pronoun ("..., he said."): who it is is in the sentences before. */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "\\b(?:he|she|they) (?:said|says|added|told|noted|wrote|asked)\\b");

    private final Map<Integer, Insertion> dropped;

    private ConnectiveOpeners(Map<Integer, Insertion> dropped) {
        this.dropped = Map.copyOf(dropped);
    }

    /** Finds every sentence of the story whose opening link may be taken out. */
    public static ConnectiveOpeners of(AnalyzedStory story) {
        List<Sentence> sentences = story.sentences();
        boolean[] continuing = Quotations.continuing(story);
        Map<Integer, Insertion> dropped = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (continuing[s] || !Quotations.balanced(sentence.text())) {
                continue;
            }
            int sentenceIndex = s;
            linkDropped(sentence.text()).ifPresent(at -> dropped.put(sentenceIndex, new Insertion(0,
                    sentence.text().substring(at, at + 1).toUpperCase(java.util.Locale.ROOT),
                    story.articles().get(sentence.articleIndex()).id(),
                    new Span(sentence.span().start() + at, sentence.span().start() + at + 1), at + 1)));
        }
        return new ConnectiveOpeners(dropped);
    }

    /**
     * Where the rest of {@code text} begins once its opening link is taken out; empty when it opens with
     * none that may go or the rest is no sentence of its own.
     */
    static Optional<Integer> linkDropped(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.lookingAt()) {
            return Optional.empty();
        }
        String rest = text.substring(link.end());
        Matcher first = REST_START.matcher(rest);
        if (!first.lookingAt() || SentenceDependencies.opensWithReference(capitalised(rest))
                || NOT_OPENING.contains(first.group().toLowerCase(java.util.Locale.ROOT))
                || first.group().toLowerCase(java.util.Locale.ROOT).endsWith("ing") && Character.isLowerCase(rest.charAt(0))
                || rest.strip().split("\\s+").length < MIN_REST_WORDS
                || PRONOUN_FIRST.matcher(rest).lookingAt()
                || PRONOUN_SPEAKER.matcher(rest).find()) {
            return Optional.empty();
        }
        return Optional.of(link.end());
    }

    private static String capitalised(String rest) {
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /**
     * The change that shows sentence {@code s} without its opening link: the rest's first letter,
     * capitalised, in place of the link and that letter; empty when its link may not go.
     */
    public Optional<Insertion> of(int s) {
        return Optional.ofNullable(dropped.get(s));
    }
}
