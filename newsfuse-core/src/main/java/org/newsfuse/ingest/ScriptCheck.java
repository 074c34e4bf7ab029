package org.newsfuse.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells text newsfuse can analyse (English: its sentence model, stemmer and stop words are English)
 * from text in a script it cannot, by the Unicode script of the letters. A script names its language
 * well enough for a message (Han alone is Chinese, Han with kana Japanese, Hangul Korean), with no
 * detector model to ship; Latin-script languages other than English are not told apart and are read
 * with the English rules.
 */
final class ScriptCheck {

    /** Fewer letters than this say too little to judge. */
    private static final int MIN_LETTERS = 20;
    private static final int SAMPLE_CHARS = 200_000;

    private ScriptCheck() {
    }

    /** Why newsfuse cannot analyse {@code text}, naming its language, or empty when it can. */
    static Optional<String> unsupportedLanguage(String text) {
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
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        if (total < MIN_LETTERS || latin * 2 >= total) {
            return Optional.empty();
        }
        return Optional.of("text is " + language(letters) + "; newsfuse analyses English text only");
    }

    private static String language(Map<UnicodeScript, Integer> letters) {
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
        String lower = scriptName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
