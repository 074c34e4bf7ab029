package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells text newsfuse can analyse (English: its sentence model, stemmer and stop words are English)
 * from text it cannot, in two steps.
 * <ol>
 * <li>By the Unicode script of the letters. A script names its language well enough for a message (Han
 * alone is Chinese, Han with kana Japanese, Hangul Korean), with no model.</li>
 * <li>Latin-script text in which English's commonest words ("the", "of", "and", ...) are rare is given
 * to OpenNLP's language detector, and refused only when the detector is sure it is another language.
 * English prose has about 30% of its words from that list and lists, tables and page furniture in
 * English fall to about 5%, so the word share alone cannot refuse; the detector, which never sees
 * ordinary English, tells a French article from an English list of names. It is loaded on the first
 * such text, so English-only runs never load it.</li>
 * </ol>
 */
public final class LanguageCheck {

    /** Fewer letters than this say too little to judge the script. */
    private static final int MIN_LETTERS = 20;
    /** Fewer words than this say too little to judge a Latin-script language. */
    private static final int MIN_WORDS = 40;
    private static final int SAMPLE_CHARS = 200_000;
    /** The share of English words is judged on this much of the text (some 3,000 words). */
    private static final int WORD_SAMPLE_CHARS = 20_000;
    /** The detector reads this much; more adds time, not certainty. */
    private static final int DETECTOR_SAMPLE_CHARS = 3_000;
    /** English prose stays far above this share of {@link #ENGLISH_FUNCTION_WORDS}. */
    private static final double ENGLISH_SHARE_FLOOR = 0.10;
    /** An article is refused only when the detector gives English at most this probability... */
    private static final double MAX_ENGLISH_CONFIDENCE = 0.02;
    /** ...and its best guess at least this one, to name it. */
    private static final double MIN_NAMING_CONFIDENCE = 0.50;
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with",
            "was", "on", "as", "he", "she", "by", "at", "from", "his", "her", "be", "have", "has", "are", "were", "said", "this", "which",
            "they", "not", "but", "an", "will", "would");
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");

    private LanguageCheck() {
    }

    /** Why newsfuse cannot analyse {@code text}, naming its language, or empty when it can. */
    public static Optional<String> unsupportedLanguage(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        int n = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters.merge(UnicodeScript.of(cp), 1, Integer::sum);
                total++;
            }
        }
        if (total < MIN_LETTERS) {
            return Optional.empty();
        }
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        Optional<String> language = latin * 2 < total ? Optional.of(scriptLanguage(letters)) : latinLanguage(text);
        return language.map(name -> "text is " + name + "; newsfuse analyses English text only");
    }

    /** The name of the language a Latin-script text is written in, when it is surely not English. */
    private static Optional<String> latinLanguage(String text) {
        // The share is read from the opening words, in place (no copy): this runs on every article read.
        Matcher words = WORD.matcher(text).region(0, Math.min(text.length(), WORD_SAMPLE_CHARS));
        int all = 0;
        int english = 0;
        while (words.find()) {
            all++;
            if (ENGLISH_FUNCTION_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (all < MIN_WORDS || english >= ENGLISH_SHARE_FLOOR * all) {
            return Optional.empty();
        }
        // A detector per call: LanguageDetectorME is a thin view over the shared, immutable model.
        Language[] ranked = new LanguageDetectorME(Detector.MODEL).predictLanguages(text.substring(0, Math.min(text.length(),
                DETECTOR_SAMPLE_CHARS)));
        Language best = ranked[0];
        double englishProbability = Arrays.stream(ranked).filter(l -> l.getLang().equals("eng")).mapToDouble(Language::getConfidence).findFirst()
                .orElse(0);
        // Refused only when English is all but ruled out; the best guess need only be good enough to name
        // (close languages such as Dutch and Afrikaans share the rest).
        if (best.getLang().equals("eng") || englishProbability > MAX_ENGLISH_CONFIDENCE || best.getConfidence() < MIN_NAMING_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(Detector.NAMES.getOrDefault(best.getLang(), "in the language coded '" + best.getLang() + "'"));
    }

    /** The detector's model and English names of its ISO 639-3 codes, loaded on first use (immutable). */
    private static final class Detector {
        static final LanguageDetectorModel MODEL = load();
        static final Map<String, String> NAMES = names();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageCheck.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("the language model langdetect-183.bin is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language model langdetect-183.bin", e);
            }
        }

        private static Map<String, String> names() {
            Map<String, String> names = new HashMap<>();
            for (String code : Locale.getISOLanguages()) {
                Locale language = new Locale(code);
                names.put(language.getISO3Language(), language.getDisplayLanguage(Locale.ENGLISH));
            }
            return Map.copyOf(names);
        }
    }

    private static String scriptLanguage(Map<UnicodeScript, Integer> letters) {
        int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        if (kana > 0) {
            return "Japanese";
        }
        if (letters.getOrDefault(UnicodeScript.HANGUL, 0) > 0) {
            return "Korean";
        }
        UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return switch (main) {
            case HAN -> "Chinese";
            case ARABIC -> "in Arabic script (Arabic, Persian or Urdu)";
            case CYRILLIC -> "in Cyrillic script (Russian, Ukrainian or another Cyrillic-script language)";
            case GREEK -> "Greek";
            case HEBREW -> "Hebrew";
            case THAI -> "Thai";
            case DEVANAGARI -> "in Devanagari script (Hindi, Marathi or Nepali)";
            default -> "in " + capitalized(main.name()) + " script";
        };
    }

    private static String capitalized(String scriptName) {
        String lower = scriptName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
