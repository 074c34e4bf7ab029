package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Lexicon;
import org.newsfuse.analyze.Quotations;
import org.newsfuse.analyze.Sentence;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Article;

/**
 * The person a sentence's opening "He", "She", "His" or "Her" stands for, so that the sentence can be
 * shown alone with the name in brackets in the pronoun's place ("[Tomas Brandt] said the crack ...").
 * Resolved only when it is safe without a coreference model: the sentence just before it in its article
 * names exactly one person and no one by role ("a spokesman", "his lawyer"), that person is known to be
 * a person (somewhere in the story the name says something, is said to, carries a title or an age), no
 * title says the other gender, the sentence itself does not name the same person, and the article
 * writes one full form of the name (two people sharing a surname make it ambiguous). The inserted words
 * are the fullest form the article writes, and {@code from} is where it writes them, nearest before the
 * sentence. Anything else resolves to nothing: a wrong name is worse than a sentence left out. "It" and
 * "They" are not resolved (organisations and groups cannot be told apart reliably from the text), nor
 * are connectives. Computed once per story; immutable.
 */
public final class PronounReferents {

    private static final Pattern PRONOUN = Pattern.compile("^(He|She|His|Her)(?= )");

    private static final String WORD = "(?:[A-Z][a-z]*[a-z](?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)*|[A-Z]\\.)";
    /** A run of capitalised words, with the particles names carry ("de", "van", "bin"). */
    private static final Pattern NAME_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’.-])" + WORD + "(?: (?:(?:de|van|von|bin|al|da|del|la|le|der) )?" + WORD + ")*");
    private static final Pattern SAYING = Pattern.compile(
            "^,? (?:said|says|told|tells|added|adds|wrote|writes|asked|explained|noted|insisted|argued|recalled|testified|"
                    + "pleaded|who)\\b");
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|told|according to)\\s*$");
    private static final Pattern AGE = Pattern.compile("^,? (?:\\d{1,3},|an? \\d{1,3}-year-old\\b)");
    /**
     * A noun phrase in apposition to a name, which describes that person and no one else: "The suspect,
     * Theodore Kaczynski, a former math instructor, is charged ..." (before the name, and between commas after it).
     */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile("(?:^|, )(?:The|the|A|a|An|an) [a-z][\\w' -]{0,40}, $");
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^(?:'s)?, (?:a|an|the|\\d{1,3}, a|\\d{1,3}, the) [^,;]{1,80},");
    private static final Pattern POSSESSIVE = Pattern.compile("^[’']s\\b");
    /** Someone named by role, who the pronoun may stand for as well as the named person. */
    private static final Pattern ROLE = Pattern.compile("\\b(?:spokesman|spokeswoman|spokesperson|official|officials|lawyer|lawyers|"
            + "attorney|attorneys|judge|prosecutor|prosecutors|officer|officers|police|detective|investigator|investigators|"
            + "witness|witnesses|doctor|doctors|minister|president|chairman|chairwoman|leader|man|woman|boy|girl|son|daughter|"
            + "wife|husband|father|mother|brother|sister|friend|friends|colleague|aide|aides|adviser|advisor|governor|senator|"
            + "mayor|chief|director|manager|suspect|victim|source|sources|teacher|player|coach|driver|pilot|soldier|priest|"
            + "owner|king|queen|prince|princess|citizen|resident|neighbor|neighbour|farmer|worker|student)\\b");

    /** Leading words that are capitalised for their place in the sentence, not because they are names. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "For", "With", "By", "From",
            "During", "After", "Before", "As", "If", "When", "While", "Since", "Although", "But", "And", "Or", "So", "Yet",
            "However", "Meanwhile", "Then", "Still", "Also", "Last", "Next", "This", "That", "These", "Those", "Former",
            "Under", "Over", "Despite", "According", "Many", "Some", "Most", "All", "No", "One", "Two", "Both", "Each",
            "Every", "Other", "Police", "Officials", "Authorities", "Now", "Today", "Yesterday", "Here", "There", "It",
            "Its", "He", "She", "His", "Her", "They", "Their", "We", "I", "You", "Our", "My", "Even", "Only", "Such", "Like",
            "Among", "Until", "Without", "Through", "Instead", "Indeed", "Once", "Dear", "Sir", "Madam");
    /** Words that make a capitalised run something other than a person. */
    private static final Set<String> NOT_PEOPLE = Set.of("House", "Office", "Department", "Ministry", "Agency", "Council",
            "Party", "Inc", "Corp", "Company", "University", "Court", "Congress", "Senate", "Administration", "Bank",
            "Committee", "Commission", "Times", "Post", "News", "Press", "Network", "Army", "Navy", "Force", "Police", "Board",
            "Union", "Association", "Institute", "Service", "Authority", "Group", "Foundation", "Organization", "Federation",
            "Bureau", "Journal", "Tribune", "Assembly", "Parliament", "Government", "Street", "Avenue", "Bridge", "River",
            "Island", "County", "City", "State", "States", "Republic", "Kingdom", "Church", "School", "College",
            "Hospital", "Airport", "Center", "Centre", "Club", "Park", "Airlines", "Corporation", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "God", "Internet", "Web", "Prize", "Award",
            "Act", "Law", "Bill", "Games", "Cup", "War", "Day", "Festival", "Valley", "Mountains", "Lake", "Sea", "Bay",
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New", "Los", "San", "Las",
            "American", "Americans", "Democrat", "Democrats", "Republican", "Republicans", "Christian", "Muslim", "Muslims",
            "Jewish", "Islamic", "Catholic", "Communist", "English", "French", "German", "British", "Chinese", "Japanese",
            "Russian", "Israeli", "Palestinian", "Iraqi", "Iranian", "Soviet", "European", "United", "National", "International",
            "Federal", "General", "Supreme", "Associated", "TV", "Radio", "Reuters", "Xinhua", "Eve", "Christmas", "Easter");
    /** The last word of each written-out title ("President" of "Vice President"). */
    private static final Set<String> TITLE_WORDS = java.util.stream.Stream.concat(
            Lexicon.TITLES.stream().map(t -> t.substring(t.lastIndexOf(' ') + 1)),
            java.util.stream.Stream.of("Prosecutor", "Agent", "Brigadier", "Attorney", "Spokesman", "Spokeswoman", "Commander",
                    "Inspector", "Detective", "Deputy", "Premier", "Exchequer", "Coach", "Dr", "Superintendent", "Counsel"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words after a capitalised word that show it is not acting in the sentence ("in Perth in January"). */
    private static final Pattern NOT_A_VERB_AFTER = Pattern.compile(
            "^ (?:in|on|at|of|and|or|to|for|with|by|from|as|last|this|next|that|than|into|over|after|before|during)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("^ [a-z]");
    private static final Pattern MALE_PRONOUN = Pattern.compile("\\b(?:he|his|him|He|His|Him)\\b");
    private static final Pattern FEMALE_PRONOUN = Pattern.compile("\\b(?:she|her|hers|She|Her)\\b");
    private static final Set<String> MALE_TITLES = Set.of("Mr", "King", "Prince", "Sir", "Lord", "Father", "Brother");
    private static final Set<String> FEMALE_TITLES = Set.of("Mrs", "Ms", "Miss", "Queen", "Princess", "Lady", "Sister", "Madam");

    private final Map<Integer, Insertion> resolved;

    private PronounReferents(Map<Integer, Insertion> resolved) {
        this.resolved = Map.copyOf(resolved);
    }

    /** Resolves the opening pronouns of every sentence of the story that leans on the one before it. */
    public static PronounReferents of(AnalyzedStory story) {
        List<Sentence> sentences = story.sentences();
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            mentions.add(mentionsIn(sentence.text()));
        }
        People people = People.of(sentences, mentions);
        Map<Integer, Insertion> resolved = new HashMap<>();
        for (int s = 1; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Matcher pronoun = PRONOUN.matcher(sentence.text());
            if (!pronoun.lookingAt() || sentences.get(s - 1).articleIndex() != sentence.articleIndex()) {
                continue;
            }
            int sentenceIndex = s;
            resolve(story, s, pronoun.group(1), mentions, people).ifPresent(insertion -> resolved.put(sentenceIndex, insertion));
        }
        return new PronounReferents(resolved);
    }

    /** The bracketed name that stands in for sentence {@code s}'s opening pronoun; empty when not safely resolved. */
    public Optional<Insertion> of(int s) {
        return Optional.ofNullable(resolved.get(s));
    }

    private static Optional<Insertion> resolve(AnalyzedStory story, int s, String pronoun, List<List<Mention>> mentions,
                                               People people) {
        Sentence sentence = story.sentences().get(s);
        Sentence before = story.sentences().get(s - 1);
        if (SentenceDependencies.opensWithReference(before.text())) {
            return Optional.empty(); // the sentence before leans further back: who it is about is not named in it
        }
        if (!Quotations.balanced(before.text())) {
            return Optional.empty(); // a piece of a quotation: the pronoun is likely its speaker, named elsewhere
        }
        String context = withoutAppositions(before.text());
        if (ROLE.matcher(withoutNames(context)).find()) {
            return Optional.empty();
        }
        boolean male = pronoun.equals("He") || pronoun.equals("His");
        if ((male ? FEMALE_PRONOUN : MALE_PRONOUN).matcher(context).find()) {
            return Optional.empty(); // someone of the other gender is in that sentence: the person named may be them
        }
        // everyone the sentence before may name: known people, and full names not known to be anything else
        Set<String> named = new LinkedHashSet<>();
        // names inside a quotation are the speaker's subject, not the one the next sentence goes on about
        for (Mention m : mentionsIn(QUOTED.matcher(before.text()).replaceAll("\"\"")))  {
            if (people.isPerson(m.surname()) || m.tokens().size() > 1 || m.acting()) {
                named.add(m.surname());
            }
        }
        if (named.size() != 1 || !people.isPerson(named.iterator().next())) {
            return Optional.empty();
        }
        String surname = named.iterator().next();
        for (Mention m : mentions.get(s)) {
            if (m.surname().equals(surname)) {
                return Optional.empty();
            }
        }
        Boolean gender = people.male(surname);
        if (gender != null && gender != male) {
            return Optional.empty();
        }
        Optional<String> full = people.fullestForm(surname, sentence.articleIndex());
        if (full.isEmpty()) {
            return Optional.empty();
        }
        Article article = story.articleOf(sentence);
        String text = article.text();
        int at = text.lastIndexOf(full.get(), Math.max(0, sentence.span().start() - 1));
        if (at < 0) {
            at = text.indexOf(full.get());
        }
        if (at < 0) {
            return Optional.empty();
        }
        String inserted = pronoun.equals("He") || pronoun.equals("She") ? full.get() : full.get() + "'s";
        return Optional.of(new Insertion(0, inserted, article.id(), new Span(at, at + full.get().length()), pronoun.length()));
    }

    /** The text without the noun phrases in apposition to its names (they describe the named person). */
    private static String withoutAppositions(String text) {
        StringBuilder out = new StringBuilder(text);
        List<int[]> cuts = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            Matcher after = APPOSITION_AFTER.matcher(text).region(m.end(), text.length());
            if (after.lookingAt()) {
                cuts.add(new int[] {m.end(), after.end() - 1});
            }
            Matcher beforeName = APPOSITION_BEFORE.matcher(text).region(0, m.start());
            if (beforeName.find()) {
                cuts.add(new int[] {beforeName.start(), m.start()});
            }
        }
        cuts.sort((a, b) -> Integer.compare(b[0], a[0]));
        int limit = Integer.MAX_VALUE;
        for (int[] cut : cuts) {
            if (cut[1] <= limit) {
                out.delete(cut[0], cut[1]);
                limit = cut[0];
            }
        }
        return out.toString();
    }

    /** The text lower-cased with its capitalised runs taken out, so that a title inside a name is no role. */
    private static String withoutNames(String text) {
        return NAME_RUN.matcher(text).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A capitalised run that may name a person, without a leading title or sentence-initial word.
     *
     * @param tokens   the name's words as written
     * @param title    the title or form of address before it, if any ("Mr", "Mayor")
     * @param evidence the text around it says it is a person: a verb of saying, a title, an age
     * @param initial  it opens its sentence, where any word is capitalised ("Though Emma ...")
     * @param acting   a lone word inside the sentence followed by what may be its verb ("Wang announced"):
     *                 perhaps someone the story does not otherwise show to be a person
     */
    private record Mention(List<String> tokens, String title, boolean evidence, boolean initial, boolean acting) {
        String surname() {
            return tokens.get(tokens.size() - 1);
        }

        String written() {
            return String.join(" ", tokens);
        }
    }

    private static List<Mention> mentionsIn(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            List<String> tokens = new ArrayList<>(List.of(m.group().split(" ")));
            if (tokens.size() == 1 && Lexicon.TITLE_ABBREVIATIONS.contains(tokens.get(0))) {
                continue; // "Mr" of "Mr. Brandt": the name follows
            }
            String title = null;
            boolean initial = text.substring(0, m.start()).matches("[\"“‘'(\\s]*");
            while (!tokens.isEmpty() && NOT_NAMES.contains(tokens.get(0))) {
                tokens.remove(0);
                initial = false;
            }
            String titled = titleInside(tokens);
            if (titled != null) {
                title = titled;
                initial = false;
            } else {
                String abbreviation = abbreviationBefore(text, m.start());
                if (abbreviation != null) {
                    title = abbreviation;
                }
            }
            if (tokens.isEmpty() || tokens.size() > 4 || tokens.stream().anyMatch(NOT_PEOPLE::contains)
                    || tokens.get(tokens.size() - 1).endsWith(".")) {
                continue;
            }
            String after = text.substring(m.end());
            String beforeText = text.substring(0, m.start());
            boolean evidence = title != null || SAYING.matcher(after).find() || AGE.matcher(after).find()
                    || SAID_BEFORE.matcher(beforeText).find();
            if (POSSESSIVE.matcher(after).find()) {
                evidence = false;
            }
            boolean acting = !initial && tokens.size() == 1 && LOWER_WORD_AFTER.matcher(after).find()
                    && !NOT_A_VERB_AFTER.matcher(after).find();
            out.add(new Mention(List.copyOf(tokens), title, evidence, initial, acting));
        }
        return out;
    }

    /**
     * Takes a written-out title and what precedes it off the tokens ("Mayor Dana Whitfield", "Egyptian
     * President Hosni Mubarak", "Environment Minister Ian Campbell"); returns the title's last word, or null.
     */
    private static String titleInside(List<String> tokens) {
        for (int k = tokens.size() - 2; k >= 0; k--) {
            if (TITLE_WORDS.contains(tokens.get(k))) {
                String title = tokens.get(k);
                tokens.subList(0, k + 1).clear();
                return title;
            }
        }
        return null;
    }

    /** The abbreviated title written just before {@code start} ("Mr." in "Mr. Brandt"), or null. */
    private static String abbreviationBefore(String text, int start) {
        int end = start - 1;
        if (end < 2 || text.charAt(end) != ' ' || text.charAt(end - 1) != '.') {
            return null;
        }
        int from = end - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, end - 1);
        return Lexicon.TITLE_ABBREVIATIONS.contains(word) ? word : null;
    }

    /** Who the story's names belong to: which surnames are people's, their gender when a title says it, their full forms. */
    private record People(Set<String> persons, Map<String, Boolean> male, Map<String, Map<String, Boolean>> byArticle) {

        static People of(List<Sentence> sentences, List<List<Mention>> mentions) {
            Set<String> persons = new HashSet<>();
            Map<String, Boolean> male = new HashMap<>();
            Set<String> conflicting = new HashSet<>();
            Map<String, Map<String, Boolean>> byArticle = new HashMap<>();
            Set<String> singleEvidence = new HashSet<>();
            Set<String> inFullNames = new HashSet<>();
            for (int s = 0; s < sentences.size(); s++) {
                for (Mention m : mentions.get(s)) {
                    String surname = m.surname();
                    boolean full = m.tokens().size() > 1;
                    if (full) {
                        inFullNames.add(surname);
                    }
                    // a title says person; so does a full name that speaks, is aged or is "who"; a lone word
                    // that speaks ("Brandt said") only when the story also writes it as a full name
                    if (m.title() != null || (full && m.evidence())) {
                        persons.add(surname);
                    } else if (m.evidence()) {
                        singleEvidence.add(surname);
                    }
                    if (m.title() != null) {
                        String t = m.title().replace(".", "");
                        Boolean g = MALE_TITLES.contains(t) ? Boolean.TRUE : FEMALE_TITLES.contains(t) ? Boolean.FALSE : null;
                        if (g != null && male.containsKey(surname) && !male.get(surname).equals(g)) {
                            conflicting.add(surname);
                        }
                        if (g != null) {
                            male.put(surname, g);
                        }
                    }
                    byArticle.computeIfAbsent(sentences.get(s).articleIndex() + " " + surname, k -> new java.util.LinkedHashMap<>())
                            .merge(m.written(), !m.initial(), Boolean::logicalOr);
                }
            }
            singleEvidence.retainAll(inFullNames);
            persons.addAll(singleEvidence);
            conflicting.forEach(male::remove);
            persons.removeAll(conflicting);
            return new People(persons, male, byArticle);
        }

        boolean isPerson(String surname) {
            return persons.contains(surname);
        }

        /** True for a man, false for a woman, null when no title says. */
        Boolean male(String surname) {
            return male.get(surname);
        }

        /**
         * The fullest form of the name the article writes, when all its forms are one name (each is a
         * tail or the whole of the longest: "Brandt", "Tomas Brandt"); empty when two people share it.
         * A form written only at the start of a sentence may carry a capitalised word that is not part
         * of the name ("Though Emma"), so the fullest is taken from forms written inside a sentence,
         * when there are any.
         */
        Optional<String> fullestForm(String surname, int articleIndex) {
            Map<String, Boolean> forms = byArticle.get(articleIndex + " " + surname);
            if (forms == null) {
                return Optional.empty();
            }
            boolean anyInside = forms.containsValue(Boolean.TRUE);
            String fullest = null;
            for (Map.Entry<String, Boolean> form : forms.entrySet()) {
                if ((form.getValue() || !anyInside)
                        && (fullest == null || form.getKey().split(" ").length > fullest.split(" ").length)) {
                    fullest = form.getKey();
                }
            }
            for (String form : forms.keySet()) {
                if (!fullest.equals(form) && !fullest.endsWith(" " + form) && !consistent(fullest, form)
                        && !(forms.get(form) == Boolean.FALSE && form.endsWith(" " + fullest))) {
                    return Optional.empty();
                }
            }
            return Optional.of(fullest);
        }

        /** "Tomas A. Brandt" and "Tomas Brandt" are one name: same first and last word. */
        private static boolean consistent(String fullest, String form) {
            String[] a = fullest.split(" ");
            String[] b = form.split(" ");
            return a[0].equals(b[0]) && a[a.length - 1].equals(b[b.length - 1]);
        }
    }
}
