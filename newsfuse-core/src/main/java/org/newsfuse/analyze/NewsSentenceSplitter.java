package org.newsfuse.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.newsfuse.base.Span;

/**
 * Sentence splitting for news text: OpenNLP's English model proposes boundaries, punctuation rules
 * add the ones it misses (a sentence ending inside quotes), and news-abbreviation rules remove the
 * false ones it makes ("U.S. President", "11 a.m. Friday", "Jan. 5", "Dr. Smith", "Donald J. Trump").
 */
public final class NewsSentenceSplitter implements SentenceSplitter {

    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Terminal punctuation, optional closing quotes or brackets, then space and a capital, digit or opening quote. */
    private static final Pattern RULE_BOUNDARY = Pattern.compile("[.!?]+[\"'”’)\\]]*(?=\\s+[\"'“‘(\\[]?[\\p{Lu}\\d])");

    /** Titles and place prefixes before a name: never end a sentence. */
    private static final Set<String> TITLES = Lexicon.abbreviationsBeforeNames();

    private static final Set<String> MONTHS = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.");

    /** Abbreviations that end a sentence only when the next word clearly starts one. */
    private static final Set<String> USUALLY_INSIDE = Set.of("no.", "nos.", "vs.", "v.", "etc.", "e.g.", "i.e.", "approx.",
            "ave.", "blvd.", "rd.", "inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "bros.", "a.m.", "p.m.", "u.s.", "u.n.",
            "u.k.", "e.u.", "d.c.", "calif.", "colo.", "fla.", "ga.", "ill.", "mass.", "mich.", "minn.", "n.y.", "n.j.",
            "pa.", "tenn.", "tex.", "va.", "wash.", "wis.", "ariz.", "conn.", "ky.", "la.", "md.", "mo.", "nev.", "okla.",
            "ore.", "ala.", "ark.", "del.", "kan.", "neb.", "miss.", "vt.", "wyo.", "est.", "dept.", "univ.", "fig.");

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("^(\\p{L}\\.){2,}$");
    /**
     * A single letter and a full stop: an initial ("Michael J. Fox"). Lower-cased too: text lower-cased
     * and re-capitalised after every full stop (Multi-News) writes "michael j. Fox", and no cased text
     * of the tuning sets ends a sentence with a small letter and a full stop before a capital.
     */
    private static final Pattern INITIAL = Pattern.compile("^\\p{L}\\.$");

    /** Capitalised words that begin sentences, not names: after "U.S." they mean a real boundary. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "but", "and", "or", "so", "yet", "in", "on", "at", "this", "that", "these", "those", "there", "his",
            "her", "its", "their", "our", "my", "if", "when", "while", "after", "before", "as", "since", "although",
            "however", "meanwhile", "still", "then", "now", "what", "who", "why", "how", "where", "many", "some",
            "most", "all", "no", "one", "both", "officials", "critics", "for", "with", "by", "from", "during", "because");

    private final SentenceModel model;

    private NewsSentenceSplitter(SentenceModel model) {
        this.model = model;
    }

    /** Loads OpenNLP's English sentence model from the classpath. */
    public static NewsSentenceSplitter load() {
        try (InputStream in = NewsSentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new NewsSentenceSplitter(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
    }

    @Override
    public List<Span> split(String text) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        // SentenceDetectorME keeps per-call state, so each call gets its own (cheap: the model is shared).
        for (opennlp.tools.util.Span s : new SentenceDetectorME(model).sentPosDetect(text)) {
            boundaries.add(s.getEnd());
        }
        Matcher rule = RULE_BOUNDARY.matcher(text);
        while (rule.find()) {
            boundaries.add(rule.end());
        }
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int boundary : boundaries) {
            if (boundary <= start || boundary >= text.length() || isFalseBoundary(text, boundary)) {
                continue;
            }
            addTrimmed(text, start, boundary, sentences);
            start = boundary;
        }
        addTrimmed(text, start, text.length(), sentences);
        return splitWhereEnglishRulesEnd(text, sentences);
    }

    /**
     * Re-splits, with ICU's sentence rules, each sentence holding text the English rules know nothing
     * of: 。！？ end a sentence with no space after them, and a Chinese sentence followed by an English
     * one is two sentences, not one citation.
     */
    private static List<Span> splitWhereEnglishRulesEnd(String text, List<Span> sentences) {
        List<Span> out = null;
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            if (!hasForeignScript(text, sentence)) {
                if (out != null) {
                    out.add(sentence);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sentences.subList(0, i));
            }
            BreakIterator icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
            icu.setText(text.substring(sentence.start(), sentence.end()));
            int from = icu.first();
            for (int to = icu.next(); to != BreakIterator.DONE; from = to, to = icu.next()) {
                addTrimmed(text, sentence.start() + from, sentence.start() + to, out);
            }
        }
        return out == null ? sentences : out;
    }

    private static boolean hasForeignScript(String text, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && (c <= 0x9FFF || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
                    || (c >= 0xFF00 && c <= 0xFFEF))) {
                return true; // CJK ideographs and punctuation, kana, hangul, full-width forms
            }
        }
        return false;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    // no-break spaces too: one left at a sentence's end stretched its span over an insert cleaning had
    // cut after it ("canceled.\u00A0(RELATED: ...)\u00A0")
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isFalseBoundary(String text, int boundary) {
        int next = boundary;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        if (next == boundary) {
            return true; // no space after the candidate: inside a token ("3.5", "U.S.-led")
        }
        int nextEnd = next;
        while (nextEnd < text.length() && !Character.isWhitespace(text.charAt(nextEnd))) {
            nextEnd++;
        }
        String nextWord = text.substring(next, nextEnd).replaceAll("^[\"'“‘(\\[]+", "");
        if (!nextWord.isEmpty() && Character.isLowerCase(nextWord.codePointAt(0))) {
            return true;
        }
        int tokenStart = boundary;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, boundary);
        if (!token.endsWith(".")) {
            return false; // "?", "!", or a closing quote after the period: a real end
        }
        String core = token.replaceAll("^[\"'“‘(\\[]+", "");
        String lower = core.toLowerCase(java.util.Locale.ROOT);
        if (INITIAL.matcher(core).matches() || TITLES.contains(lower)) {
            return true;
        }
        boolean nextIsNumber = !nextWord.isEmpty() && Character.isDigit(nextWord.charAt(0));
        if (MONTHS.contains(lower)) {
            return nextIsNumber;
        }
        if (USUALLY_INSIDE.contains(lower) || DOTTED_ACRONYM.matcher(core).matches()) {
            String bare = nextWord.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
            return !SENTENCE_STARTERS.contains(bare);
        }
        return false;
    }
}
