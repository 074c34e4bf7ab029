package org.newsfuse.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * English titles and the abbreviations written before a name, in one place: the sentence splitter
 * (a title's period never ends a sentence), the entity extractor (a title is split off a name) and the
 * quote extractor (a title's period inside an attribution is no sentence end) all read them here.
 */
public final class Lexicon {

    /** Titles written out, before a name; longer titles first where one begins another ("Vice President", "President"). */
    public static final List<String> TITLES = List.of("Vice President", "President", "Secretary of State", "Secretary",
            "Press Secretary", "Chairman", "Chairwoman", "Prime Minister", "Minister", "Foreign Minister", "Senator",
            "Representative", "Governor", "Mayor", "General", "King", "Queen", "Prince", "Princess", "Pope", "Judge", "Justice",
            "Chief", "Councilmember", "Councilman", "Councilwoman", "Engineer", "Officer", "Commissioner", "Ambassador", "Speaker",
            "Leader", "Director", "Sheriff", "Attorney General", "Chancellor", "Emperor", "Archbishop", "Bishop", "Captain",
            "Lieutenant", "Colonel", "Sergeant", "Professor");

    /** Abbreviated titles and forms of address, without their period ("Gov." is {@code Gov}). */
    public static final List<String> TITLE_ABBREVIATIONS = List.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov",
            "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Messrs",
            "Sens", "Reps", "Gens", "Lt.Gov", "Brig", "Cpl", "Pvt");

    /** Abbreviations that begin a place's name ("St. Louis", "Mt. Hood", "Ft. Worth"), without their period. */
    public static final List<String> PLACE_PREFIXES = List.of("St", "Mt", "Ft");

    /** Abbreviations that follow a name ("Jr.", "Sr."), without their period. */
    public static final List<String> NAME_SUFFIXES = List.of("Jr", "Sr");

    private Lexicon() {
    }

    /** Every abbreviation that stands before a name, a title or a place prefix, lower case with its period ("gov."). */
    public static Set<String> abbreviationsBeforeNames() {
        return Stream.concat(TITLE_ABBREVIATIONS.stream(), PLACE_PREFIXES.stream()).map(a -> a.toLowerCase(Locale.ROOT) + ".")
                .collect(Collectors.toUnmodifiableSet());
    }
}
