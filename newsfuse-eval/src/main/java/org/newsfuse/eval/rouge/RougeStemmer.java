package org.newsfuse.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1.5.5's {@code -m}: a token is looked up in WordNet's irregular-form exception lists and
 * otherwise stemmed with the Porter stemmer as ROUGE ships it (Porter's Perl release, with the
 * modification its author made in 2004: step 4 tries "-ment" and "-ent" after the other suffixes,
 * not instead of them). Lucene's Porter stemmer differs from it on words such as "fundamental", so it
 * cannot stand in. Thread-safe; memoises stems.
 */
public final class RougeStemmer {

    private static final String C_ = "[^aeiou]";
    private static final String V_ = "[aeiouy]";
    private static final String CS = C_ + "[^aeiouy]*";
    private static final String VS = V_ + "[aeiou]*";
    private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
    private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V_);
    private static final Pattern CVC = Pattern.compile("^" + CS + V_ + "[^aeiouwxy]$");

    private static final Pattern STEP1A_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_ATBLIZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation"
            + "|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 = Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");
    private static final Pattern STEP5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_SUFFIXES = Map.ofEntries(Map.entry("ational", "ate"),
            Map.entry("tional", "tion"), Map.entry("enci", "ence"), Map.entry("anci", "ance"), Map.entry("izer", "ize"),
            Map.entry("bli", "ble"), Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"), Map.entry("ator", "ate"),
            Map.entry("alism", "al"), Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_SUFFIXES = Map.of("icate", "ic", "ative", "", "alize", "al",
            "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private static final String WORDNET_DIR = "/net/sf/extjwnl/data/wordnet/wn30/";

    /**
     * The order ROUGE's database builder read the lists in; where a word is in two lists, the later
     * wins. Adverbs before adjectives is what ROUGE-1.5.5's scores imply: "best" and "better" become
     * "good", not "well" (the DUC 2004 vectors differ on 27 rows otherwise).
     */
    static final List<String> LIST_ORDER = List.of("adv", "adj", "noun", "verb");

    private final Map<String, String> exceptions;
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    private RougeStemmer(Map<String, String> exceptions) {
        this.exceptions = exceptions;
    }

    /** Loads WordNet's exception lists; where a word is in two lists the later one wins, as in ROUGE's database. */
    public static RougeStemmer load() {
        return load(LIST_ORDER);
    }

    /** Loads the lists in the given order (tests show why the order matters). */
    static RougeStemmer load(List<String> order) {
        Map<String, String> exceptions = new HashMap<>();
        for (String list : order) {
            String resource = WORDNET_DIR + list + ".exc";
            try (InputStream in = RougeStemmer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("WordNet exception list " + resource + " is not on the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] fields = line.strip().split("\\s+");
                    if (fields.length >= 2) {
                        exceptions.put(fields[0], fields[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new RougeStemmer(exceptions);
    }

    /** ROUGE's MorphStem: the exception list's base form if the token has one, else its Porter stem. */
    public String morphStem(String token) {
        return memo.computeIfAbsent(token, t -> {
            String lower = asciiLower(t);
            String base = exceptions.get(lower);
            return base != null ? base : porter(lower);
        });
    }

    /** The Porter stem as ROUGE-1.5.5 computes it. */
    static String porter(String word) {
        String w = word;
        if (w.length() < 3) {
            return w;
        }
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = 'Y' + w.substring(1);
        }
        Matcher m;
        // Step 1a
        if ((m = STEP1A_IES.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = STEP1A_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }
        // Step 1b
        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (MGR0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (STEP1B_ATBLIZ.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        // Step 1c
        if ((m = STEP1C.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        // Step 2
        if ((m = STEP2.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR0.matcher(stem).find()) {
                w = stem + STEP2_SUFFIXES.get(m.group(1));
            }
        }
        // Step 3
        if ((m = STEP3.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR0.matcher(stem).find()) {
                w = stem + STEP3_SUFFIXES.get(m.group(1));
            }
        }
        // Step 4, with ROUGE's 2004 change: the rules run in sequence
        if ((m = STEP4.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        if ((m = STEP4_MENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        if ((m = STEP4_ENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        } else if ((m = STEP4_ION.matcher(w)).find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        // Step 5
        if ((m = STEP5_E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP5_LL.matcher(w).find() && MGR1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        if (initialY) {
            w = 'y' + w.substring(1);
        }
        return w;
    }

    static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }
}
