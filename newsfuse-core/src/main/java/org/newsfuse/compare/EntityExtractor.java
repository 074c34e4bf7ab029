package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.analyze.Lexicon;
import org.newsfuse.analyze.AnalyzedStory;
import org.newsfuse.analyze.Sentence;

/**
 * People, organisations and places, found without a statistical model: runs of capitalised words
 * (sentence-initial function words aside), titles split off ("Secretary of State Mike Pompeo"),
 * organisations by their head words, places by a gazetteer; a person's short forms ("Sanders",
 * "Sarah Huckabee Sanders") merge into one entity when they can only mean one person, and stay apart
 * when they could mean two ("Kim" with Kim Jong Un and Kim Yong Chol both in the story).
 */
final class EntityExtractor {

    /** Entities plus a resolver from any surface form to the entity's name. */
    record Result(List<Comparison.Entity> entities, Map<String, String> nameOf, Map<String, Comparison.EntityType> typeOf) {

        Optional<String> resolve(String mention) {
            String key = normalise(mention);
            return Optional.ofNullable(nameOf.get(key));
        }
    }

    private static final Pattern CAPITALISED = Pattern.compile(
            "(?:[A-Z][\\p{L}'’.-]*|[A-Z]\\.)(?:\\s+(?:of|de|van|von|bin|al|la|the)?\\s*(?:[A-Z][\\p{L}'’.-]*|[A-Z]\\.))*");

    /** Titles split off a name: written out, then abbreviated ("Sen."). */
    private static final List<String> TITLES = java.util.stream.Stream.concat(Lexicon.TITLES.stream(),
            Lexicon.TITLE_ABBREVIATIONS.stream().map(a -> a + ".")).toList();
    /** The same, each with the space that parts it from the name, made once rather than per mention. */
    private static final List<String> TITLES_SPACED = TITLES.stream().map(t -> t + " ").toList();

    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    private static final Pattern TRAILING_POINTS = Pattern.compile("[.,]+$");
    private static final Pattern OPENING_MARKS = Pattern.compile("[\"“‘'(\\s]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> ORGANIZATION_HEADS = Set.of("House", "Office", "Department", "Ministry", "Pentagon",
            "Agency", "Council", "Party", "Inc", "Inc.", "Corp", "Corp.", "Company", "University", "Court", "Congress", "Senate",
            "Administration", "Bank", "Committee", "Commission", "Times", "Post", "News", "Network", "Review", "Army", "Navy",
            "Force", "Police", "Board", "Union", "Association", "Institute", "Service", "Authority", "Group", "Foundation",
            "Organization", "Organisation", "Federation", "Command", "Bureau", "Wire", "Gazette", "Herald", "Daily", "Courier",
            "Journal", "Tribune", "Assembly", "Parliament", "Cabinet", "Ltd", "Ltd.", "Co.", "Airlines", "Hospital", "School",
            "Museum", "Conservancy", "Society", "Alliance", "Coalition", "Partnership", "Initiative", "Fund", "Trust",
            "Corporation", "Industries", "Laboratory", "College", "Academy", "Church", "Club", "Center", "Centre", "Restaurant",
            "Tavern", "Cafe", "Store", "Packing", "Seafood", "Ministries", "Agencies", "Guard", "Marines", "Corps");

    /** Last words of names of events, not of people: "Oyster Festival", "Asian Games", "Tilghman Island Day". */
    private static final Set<String> EVENT_HEADS = Set.of("Festival", "Fest", "Day", "Championship", "Championships",
            "Contest", "Cup", "Games", "Olympics", "Summit", "Conference", "Week", "Fair", "Race", "Roast", "Oysterfest",
            "Marathon", "Tournament", "Award", "Awards", "Prize", "Act", "Bill", "Accord", "Agreement", "Treaty", "War",
            "Statement", "Report", "Plan", "Study", "Strategy", "Policy");

    /** First words of place names: "Gulf of Mexico", "Mount Everest", "St. Louis", "Fort Worth". */
    private static final Set<String> PLACE_OPENINGS = Set.of("Gulf", "Bay", "Sea", "Lake", "Mount", "Mt.", "Cape", "Fort",
            "Isle", "Port", "Strait", "St.", "Saint");

    private static final Set<String> ORGANIZATIONS = Set.of("Pentagon", "Congress", "NATO", "UN", "EU", "CNN", "FBI", "CIA",
            "Reuters", "AP", "AFP", "BBC", "Kremlin", "Senate", "Parliament", "IAEA", "WHO", "IMF", "OPEC");

    private static final Set<String> PLACE_HEADS = Set.of("Airport", "Island", "Islands", "Peninsula", "County", "City",
            "Province", "River", "Street", "Avenue", "Bridge", "Valley", "Mountains", "Sea", "Ocean", "Bay", "Harbor", "Harbour",
            "Lake", "Park", "Square", "District", "Region", "Hotel", "Coast", "Gulf", "Strait", "Canal", "Desert", "Port",
            "Narrows", "Shore", "Creek", "Beach", "Point", "Sound", "Reservoir", "Falls", "Canyon", "Hill", "Hills", "Heights",
            "Forest", "Road", "Highway", "Route", "Boulevard", "Lane", "Township", "Village", "Mountain", "Glacier", "Volcano",
            "Peak", "Station", "Plaza", "Stadium", "Arena", "Basin", "Inn", "St", "Way", "Drive", "Hollow", "Sands", "Hall", "Delta", "Plain", "Plains", "Watershed", "Estuary");

    private static final Set<String> PLACES = Set.of("Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia",
            "Austria", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Britain", "Bulgaria", "Cambodia", "Canada",
            "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Egypt", "England", "Estonia",
            "Ethiopia", "Europe", "Asia", "Africa", "Finland", "France", "Georgia", "Germany", "Greece", "Haiti", "Hungary", "Iceland",
            "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kenya", "Korea", "North Korea",
            "South Korea", "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya", "Lithuania", "Malaysia", "Mexico", "Mongolia",
            "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Nigeria", "Norway", "Pakistan", "Palestine", "Panama",
            "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland",
            "Serbia", "Singapore", "Slovakia", "Somalia", "South Africa", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland",
            "Syria", "Taiwan", "Thailand", "Tibet", "Turkey", "Uganda", "Ukraine", "United Kingdom", "United States", "U.S.", "US",
            "America", "Uruguay", "Venezuela", "Vietnam", "Wales", "Yemen", "Zimbabwe", "Washington", "New York", "London", "Paris",
            "Beijing", "Moscow", "Tokyo", "Seoul", "Pyongyang", "Berlin", "Rome", "Madrid", "Geneva", "Brussels", "Jerusalem",
            "Baghdad", "Kabul", "Tehran", "Cairo", "Delhi", "New Delhi", "Hong Kong", "Sydney", "Toronto", "Chicago", "Los Angeles",
            "San Francisco", "Boston", "Miami", "Texas", "California", "Florida", "Virginia", "Ohio", "Michigan", "Colorado",
            "Arizona", "Alaska", "Hawaii", "Sentosa", "Phnom Penh", "Hanoi", "Manila", "Jakarta", "Bangkok", "Kyiv", "Kiev",
            "Warsaw", "Vienna", "Athens", "Lisbon", "Dublin", "Oslo", "Stockholm", "Helsinki", "Copenhagen", "Amsterdam",
            "North America", "South America", "Central America", "Latin America", "Middle East", "Antarctica", "Caribbean",
            "Atlantic", "Pacific", "Alabama", "Arkansas", "Connecticut", "Delaware", "Idaho", "Illinois", "Indiana", "Iowa",
            "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Minnesota", "Mississippi", "Missouri",
            "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
            "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Utah",
            "Vermont", "West Virginia", "Wisconsin", "Wyoming");

    private static final Set<String> DEMONYMS = Set.of("American", "Americans", "North Korean", "North Koreans", "South Korean",
            "Korean", "Koreans", "Chinese", "Japanese", "Russian", "Russians", "British", "French", "German", "Germans", "Iranian",
            "Iraqi", "Israeli", "Palestinian", "Syrian", "Afghan", "Pakistani", "Indian", "Mexican", "Canadian", "European",
            "Asian", "African", "Democrat", "Democrats", "Republican", "Republicans", "Western", "Eastern", "Northern", "Southern");

    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His",
            "Her", "Its", "Their", "Our", "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On",
            "At", "For", "With", "By", "From", "During", "After", "Before", "As", "If", "When", "While", "Since", "Although",
            "However", "Meanwhile", "Many", "Some", "Most", "All", "No", "One", "Both", "Shortly", "Seven", "Trump's", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Over", "Under", "What", "Who", "Why",
            "How", "Where", "Officials", "Critics", "Residents", "Drivers", "Passengers", "City", "State", "Half", "About", "TOPSHOT",
            "Past", "Across", "Along", "Near", "Inside", "Outside", "Through", "Between", "Among", "Around", "Into", "Until",
            "Without", "Despite", "Like", "Unlike", "Nearby", "Farther", "Further", "Here", "Now", "Today", "Yesterday", "Also",
            "Then", "Still", "Even", "Just", "Indeed", "Nonetheless", "Instead", "Once", "Every", "Each", "Such", "Other");

    Result extract(AnalyzedStory story) {
        Map<String, Mention> mentions = new LinkedHashMap<>();
        for (Sentence sentence : story.sentences()) {
            String articleId = story.articleOf(sentence).id();
            Matcher m = CAPITALISED.matcher(sentence.text());
            while (m.find()) {
                String phrase = TRAILING_POINTS.matcher(POSSESSIVE.matcher(m.group()).replaceAll("")).replaceAll("");
                boolean initial = m.start() == 0 || OPENING_MARKS.matcher(sentence.text()).region(0, m.start()).matches();
                addMention(phrase, initial, articleId, mentions);
            }
        }
        return merge(mentions);
    }

    /** One surface form: how it was written, the bare name, its title, and where. */
    private static final class Mention {
        final String bare;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        Comparison.EntityType type;
        boolean titled;
        int count;

        Mention(String bare) {
            this.bare = bare;
        }
    }

    private void addMention(String phrase, boolean sentenceInitial, String articleId, Map<String, Mention> mentions) {
        String bare = phrase;
        String title = null;
        for (int k = 0; k < TITLES.size(); k++) {
            String t = TITLES.get(k);
            if (bare.startsWith(TITLES_SPACED.get(k)) && bare.length() > t.length() + 1) {
                title = t;
                bare = bare.substring(t.length() + 1).strip();
                break;
            }
        }
        String[] tokens = SPACES.split(bare);
        if (sentenceInitial && title == null) {
            // drop a sentence-initial function word: "The White House" -> "White House"
            while (tokens.length > 0 && (NOT_NAMES.contains(tokens[0]) || tokens[0].equals("the"))) {
                bare = bare.substring(tokens[0].length()).strip();
                tokens = bare.isEmpty() ? new String[0] : SPACES.split(bare);
            }
        }
        if (bare.isEmpty() || NOT_NAMES.contains(bare) || DEMONYMS.contains(bare) || bare.length() < 2
                || bare.chars().noneMatch(Character::isLowerCase) && bare.length() > 5 && !ORGANIZATIONS.contains(bare)) {
            return;
        }
        if (tokens.length > 0 && (DEMONYMS.contains(tokens[0]) || DEMONYMS.contains(tokens[0] + " " + (tokens.length > 1 ? tokens[1] : "")))) {
            return;
        }
        Comparison.EntityType type = classify(bare, tokens, title != null);
        if (type == null) {
            return;
        }
        String name = bare;
        Mention mention = mentions.computeIfAbsent(type + ":" + name, k -> new Mention(name));
        mention.type = type;
        mention.titled |= title != null;
        // the form as written, less a sentence-initial word that is not part of it ("But Maryland")
        mention.forms.add(title == null ? bare : phrase);
        mention.articles.add(articleId);
        mention.count++;
    }

    private static Comparison.EntityType classify(String bare, String[] tokens, boolean titled) {
        String last = tokens[tokens.length - 1];
        if (PLACES.contains(bare)) {
            return Comparison.EntityType.PLACE;
        }
        if (tokens.length == 1 && ORGANIZATION_HEADS.contains(bare) && !ORGANIZATIONS.contains(bare)) {
            return null; // "Company", "House" alone name nothing in particular
        }
        if (ORGANIZATIONS.contains(bare) || ORGANIZATION_HEADS.contains(last) || ORGANIZATIONS.contains(tokens[0])) {
            return Comparison.EntityType.ORGANIZATION;
        }
        if (PLACE_HEADS.contains(last) || PLACES.contains(tokens[0]) && tokens.length > 1 && PLACE_HEADS.contains(last)) {
            return Comparison.EntityType.PLACE;
        }
        if (tokens.length > 1 && EVENT_HEADS.contains(last)) {
            return null; // an event or a law, neither a person nor an organisation nor a place
        }
        if (tokens.length > 1 && PLACE_OPENINGS.contains(tokens[0])) {
            return Comparison.EntityType.PLACE;
        }
        int of = bare.indexOf(" of ");
        if (of > 0) {
            // "Army Corps of Engineers", "University of Maryland": the head before "of" says what it is
            String[] head = bare.substring(0, of).split("\\s+");
            if (ORGANIZATION_HEADS.contains(head[head.length - 1]) || head[head.length - 1].equals("Corps")) {
                return Comparison.EntityType.ORGANIZATION;
            }
        }
        if (tokens.length >= 2 && tokens.length <= 4 || titled) {
            return Comparison.EntityType.PERSON;
        }
        // a single capitalised word: a person's short name, decided when merging
        return tokens.length == 1 ? Comparison.EntityType.PERSON : null;
    }

    private Result merge(Map<String, Mention> mentions) {
        List<Mention> full = new ArrayList<>();
        List<Mention> single = new ArrayList<>();
        for (Mention m : mentions.values()) {
            (m.type == Comparison.EntityType.PERSON && m.bare.split("\\s+").length == 1 ? single : full).add(m);
        }
        // people: merge forms with the same first and last word ("Sarah Sanders", "Sarah Huckabee Sanders")
        Map<String, List<Mention>> people = new LinkedHashMap<>();
        List<List<Mention>> groups = new ArrayList<>();
        for (Mention m : full) {
            if (m.type != Comparison.EntityType.PERSON) {
                groups.add(new ArrayList<>(List.of(m)));
                continue;
            }
            String[] t = m.bare.split("\\s+");
            String key = t[0] + " " + t[t.length - 1];
            List<Mention> group = people.get(key);
            if (group == null) {
                group = new ArrayList<>();
                people.put(key, group);
                groups.add(group);
            }
            group.add(m);
        }
        // single words: a person's last name if exactly one person has it; else ambiguous and left out
        for (Mention s : single) {
            List<List<Mention>> owners = new ArrayList<>();
            for (List<Mention> group : people.values()) {
                String[] t = group.get(0).bare.split("\\s+");
                if (t[t.length - 1].equals(s.bare)) {
                    owners.add(group);
                }
            }
            if (owners.size() == 1) {
                owners.get(0).add(s);
            }
        }
        List<Comparison.Entity> entities = new ArrayList<>();
        Map<String, String> nameOf = new HashMap<>();
        Map<String, Comparison.EntityType> typeOf = new HashMap<>();
        for (List<Mention> group : groups) {
            Mention name = group.get(0);
            for (Mention m : group) {
                int words = m.bare.split("\\s+").length;
                int nameWords = name.bare.split("\\s+").length;
                if (words >= 2 && (nameWords < 2 || m.count > name.count || (m.count == name.count && m.bare.length() < name.bare.length()))) {
                    name = m;
                }
            }
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> articles = new LinkedHashSet<>();
            for (Mention m : group) {
                aliases.add(m.bare);
                aliases.addAll(m.forms);
                articles.addAll(m.articles);
            }
            aliases.remove(name.bare);
            if (name.type == Comparison.EntityType.PERSON && name.bare.split("\\s+").length < 2 && !name.titled) {
                continue;
            }
            entities.add(new Comparison.Entity(name.bare, name.type, new ArrayList<>(aliases), new ArrayList<>(articles)));
            nameOf.put(normalise(name.bare), name.bare);
            typeOf.put(name.bare, name.type);
            for (String alias : aliases) {
                nameOf.put(normalise(alias), name.bare);
            }
        }
        return new Result(entities, nameOf, typeOf);
    }

    static String normalise(String mention) {
        return SPACES.matcher(POSSESSIVE.matcher(mention).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
