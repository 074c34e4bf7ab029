package org.newsfuse.summarize;

import java.util.List;
import java.util.regex.Pattern;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;

/**
 * Which sentences of a story lean on text before them, so that shown alone they leave the reader
 * without a referent: a sentence that opens with a pronoun or a connective ("She was hoping ...",
 * "But the eviction had not happened ...") depends on the sentence before it in its article, and a
 * quotation that names no speaker outside its quotation marks ({@code "He designed this rifle to defend
 * his country."}) needs its speaker. Computed once per story; immutable.
 */
public final class SentenceDependencies {

    /**
     * Openings whose referent is in an earlier sentence: personal and demonstrative pronouns,
     * connectives, and phrases that count people named before ("The two", "Both").
     */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:He|She|They|It|His|Her|Their|Its|This|These|That|Those|But|However|Still|Also|And|Meanwhile|Instead|Yet|So|Then"
                    + "|The two|Both)\\b");
    /** A verb of saying, or "according (to)": with it, the sentence names who speaks. */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|according|stated|states|explained|explains|noted"
                    + "|notes|insisted|argued|argues|recalled)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b[A-Z][a-z]+\\b");

    private final List<Sentence> sentences;
    private final boolean[] opensWithReference;
    private final boolean[] quoteOnly;

    private SentenceDependencies(List<Sentence> sentences, boolean[] opensWithReference, boolean[] quoteOnly) {
        this.sentences = sentences;
        this.opensWithReference = opensWithReference;
        this.quoteOnly = quoteOnly;
    }

    public static SentenceDependencies of(AnalyzedStory story) {
        List<Sentence> sentences = story.sentences();
        boolean[] opens = new boolean[sentences.size()];
        boolean[] quotes = new boolean[sentences.size()];
        for (int s = 0; s < opens.length; s++) {
            String text = sentences.get(s).text();
            opens[s] = opensWithReference(text);
            quotes[s] = isQuoteOnly(text);
        }
        return new SentenceDependencies(sentences, opens, quotes);
    }

    /** Whether the text opens with a pronoun or connective that refers to what came before it. */
    public static boolean opensWithReference(String text) {
        return OPENER.matcher(text.stripLeading()).lookingAt();
    }

    /**
     * Whether the text opens with a quotation and names no speaker outside the quotation marks: no verb
     * of saying, no "according to", no capitalised name.
     */
    public static boolean isQuoteOnly(String text) {
        String t = text.stripLeading();
        if (t.isEmpty() || (t.charAt(0) != '"' && t.charAt(0) != '“')) {
            return false;
        }
        String outside = QUOTED.matcher(t).replaceAll(" ");
        return !SPEECH.matcher(outside).find() && !CAPITALISED_WORD.matcher(outside).find();
    }

    /** Whether sentence {@code s} opens with a pronoun or connective whose referent is before it. */
    public boolean opensWithReference(int s) {
        return opensWithReference[s];
    }

    /** Whether sentence {@code s} is a quotation without its speaker. */
    public boolean quoteOnly(int s) {
        return quoteOnly[s];
    }

    /** The sentence just before {@code s} in its article, or -1 when {@code s} opens its article. */
    public int predecessor(int s) {
        return s > 0 && sentences.get(s - 1).articleIndex() == sentences.get(s).articleIndex() ? s - 1 : -1;
    }

    /** Whether sentence {@code s} reads on its own only after the sentence before it. */
    public boolean needsPredecessor(int s) {
        return opensWithReference[s] && predecessor(s) >= 0;
    }
}
