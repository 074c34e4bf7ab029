package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    private static final String ONLY_ENGLISH = "; newsfuse analyses English text only";

    @Test
    void englishProseIsRead() {
        String english = "The harbour authority said on Tuesday that the new ferry timetable would start next month, after a winter in which"
                + " three crossings were cancelled by storms. The mayor, who has asked for a second boat since the spring, said the change was"
                + " welcome but that it was not enough for the islanders who travel to the mainland for work and school every day.";
        assertEquals(Optional.empty(), LanguageCheck.unsupportedLanguage(english));
    }

    @Test
    void anEnglishListWithFewFunctionWordsIsStillRead() {
        // Page furniture and tables in English have few of "the", "of", "and": the detector, not the word share, decides.
        String schedule = "Ferry timetable winter season: Monday departures 07:15 harbour, 09:40 north pier, 12:05 harbour, 16:30 north"
                + " pier. Tuesday departures 07:15 harbour, 09:40 north pier, 12:05 harbour, 16:30 north pier. Wednesday departures 07:15"
                + " harbour, 09:40 north pier, 12:05 harbour, 16:30 north pier. Tickets: adult single, adult return, child single, child"
                + " return, bicycle, car with driver, van with driver, season pass, student pass, senior pass.";
        assertEquals(Optional.empty(), LanguageCheck.unsupportedLanguage(schedule));
    }

    @Test
    void latinScriptLanguagesOtherThanEnglishAreNamed() {
        String french = "Le nouveau calendrier des traversées entrera en vigueur le mois prochain, a annoncé mardi l'autorité portuaire,"
                + " après un hiver pendant lequel trois traversées ont été annulées à cause des tempêtes. Le maire, qui réclame un deuxième"
                + " bateau depuis le printemps, estime que ce changement est bienvenu mais qu'il ne suffit pas pour les habitants de l'île"
                + " qui se rendent chaque jour sur le continent pour travailler ou pour étudier.";
        String spanish = "El nuevo horario de los transbordadores entrará en vigor el mes próximo, anunció el martes la autoridad del"
                + " puerto, después de un invierno en el que tres travesías fueron canceladas por las tormentas. La alcaldesa, que pide un"
                + " segundo barco desde la primavera, dijo que el cambio es bienvenido pero que no alcanza para los vecinos de la isla que"
                + " viajan cada día al continente para trabajar o estudiar.";
        String german = "Der neue Fahrplan der Fähren gilt ab dem kommenden Monat, teilte die Hafenbehörde am Dienstag mit, nach einem"
                + " Winter, in dem drei Überfahrten wegen der Stürme ausfielen. Die Bürgermeisterin, die seit dem Frühjahr ein zweites Schiff"
                + " fordert, nannte die Änderung willkommen, aber nicht ausreichend für die Inselbewohner, die jeden Tag zur Arbeit oder zur"
                + " Schule auf das Festland fahren.";
        assertEquals(Optional.of("text is French" + ONLY_ENGLISH), LanguageCheck.unsupportedLanguage(french));
        assertEquals(Optional.of("text is Spanish" + ONLY_ENGLISH), LanguageCheck.unsupportedLanguage(spanish));
        assertEquals(Optional.of("text is German" + ONLY_ENGLISH), LanguageCheck.unsupportedLanguage(german));
    }

    @Test
    void otherScriptsAreNamedWithoutTheDetector() {
        assertEquals(Optional.of("text is Greek" + ONLY_ENGLISH),
                LanguageCheck.unsupportedLanguage("Το νέο πρόγραμμα των πλοίων ξεκινά τον επόμενο μήνα, ανακοίνωσε το λιμεναρχείο."));
    }

    @Test
    void aShortForeignPhraseInsideAnEnglishArticleChangesNothing() {
        String mixed = "The festival's motto, \"la mer pour tous\", was painted on the harbour wall on Saturday. The organisers said that"
                + " more than two thousand visitors had come to the island for the weekend and that the ferries had run an extra crossing"
                + " on Sunday evening to take them home.";
        assertEquals(Optional.empty(), LanguageCheck.unsupportedLanguage(mixed));
    }
}
