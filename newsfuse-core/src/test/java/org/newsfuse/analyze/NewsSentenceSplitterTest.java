package org.newsfuse.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfuse.base.Span;

class NewsSentenceSplitterTest {

    private static NewsSentenceSplitter splitter;

    @BeforeAll
    static void load() {
        splitter = NewsSentenceSplitter.load();
    }

    private static List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the case OpenNLP and ICU both get wrong, measured
            "U.S. President Ada Moss will speak at 11 a.m. Friday. Reporters may attend.|2",
            "The U.S. Senate voted. The House did not.|2",
            "The talks began Jan. 5 in Geneva. They ended a week later.|2",
            "Dr. Ines Varga and Mr. Paul Ode met Gen. Rivers. Nothing was agreed.|2",
            "President Donald J. Trump met the envoy. The meeting lasted an hour.|2",
            "She arrived at 9 p.m. The hall was empty.|2",
            "Prices rose 3.5 percent in the U.S. economy last year.|1",
            "The firm, Harbor Co. Ltd., denied it. Shares fell.|2",
            "\"We will win,\" she said. \"We always do.\"|2",
            "He told them: \"Go home.\" Then he left.|2",
            "Is it safe? Engineers say no! The bridge is closed.|3",
            "The No. 2 official resigned. A successor was named.|2",
    })
    void splitsNewsText(String text, int expected) {
        assertEquals(expected, sentences(text).size(), () -> String.valueOf(sentences(text)));
    }

    @Test
    void keepsAbbreviationsInsideTheirSentence() {
        List<String> s = sentences("U.S. President Ada Moss will speak at 11 a.m. Friday. Reporters may attend.");
        assertEquals("U.S. President Ada Moss will speak at 11 a.m. Friday.", s.get(0));
        assertEquals("Reporters may attend.", s.get(1));
    }

    @Test
    void endsSentencesInsideClosingQuotes() {
        List<String> s = sentences("He told them: \"Go home.\" Then he left.");
        assertEquals("He told them: \"Go home.\"", s.get(0));
    }

    /**
     * Lower-cased text (Multi-News writes every word small and capitalises only after ". ") gives no
     * capital after a quotation: the run must still split where the cased text does.
     */
    @Test
    void aRunOfQuotationsSplitsAlikeInCasedAndLowerCasedText() {
        String cased = "Mayor Ines Dahl opened the Tarn bridge. \"It took nine years,\" Dahl said. \"But the town never gave up.\""
                + " The crowd cheered. \"Finally!\" \"Now the buses,\" a driver said.";
        List<String> expected = List.of("Mayor Ines Dahl opened the Tarn bridge.", "\"It took nine years,\" Dahl said.",
                "\"But the town never gave up.\"", "The crowd cheered.", "\"Finally!\"", "\"Now the buses,\" a driver said.");
        assertEquals(expected, sentences(cased));
        String lowered = "Mayor ines dahl opened the tarn bridge. \"it took nine years,\" dahl said. \"but the town never gave up.\""
                + " the crowd cheered. \"finally!\" \"now the buses,\" a driver said.";
        assertEquals(expected.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList(),
                sentences(lowered).stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** What follows a quotation mark in small letters does not always start a sentence. */
    @Test
    void aLowerCaseWordAfterAQuotationStaysInItsSentenceWhereCasedTextWouldKeepItThere() {
        assertEquals(List.of("The ferry left at noon.",
                        "\"U.S.\" officials were aboard, and the band played \"Gull Song!\" twice."),
                sentences("The ferry left at noon. \"U.S.\" officials were aboard, and the band played \"Gull Song!\" twice."));
        assertEquals(List.of("the ferry left at noon.",
                        "\"u.s.\" officials were aboard, and the band played \"gull song!\" twice."),
                sentences("the ferry left at noon. \"u.s.\" officials were aboard, and the band played \"gull song!\" twice."));
        // a quotation closed with a full stop where a comma belongs keeps its speaker
        assertEquals(List.of("\"the pier is closed.\" he said.", "\"ask the harbor office.\""),
                sentences("\"the pier is closed.\" he said. \"ask the harbor office.\""));
        // a lower-cased initial before a re-capitalised surname
        assertEquals(List.of("Actor nils j. Berg left the stage.", "Nobody knew why."),
                sentences("Actor nils j. Berg left the stage. Nobody knew why."));
    }

    /** Seeded property: spans are trimmed, ordered, disjoint and in bounds for arbitrary text. */
    @RepeatedTest(50)
    void spansAreWellFormedOnRandomText(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(7919L * repetition.getCurrentRepetition());
        String[] pieces = {"U.S.", "a.m.", "Dr.", "J.", "word", "Word", ".", "!", "?", "\"", "”", " ", " ", "  ", "\n", "3.5", "Jan.", "5"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
        }
        String s = text.toString();
        int previousEnd = 0;
        for (Span span : splitter.split(s)) {
            assertTrue(span.start() >= previousEnd && span.end() <= s.length() && span.length() > 0, span::toString);
            assertTrue(!Character.isWhitespace(s.charAt(span.start())) && !Character.isWhitespace(s.charAt(span.end() - 1)));
            previousEnd = span.end();
        }
        assertEquals(splitter.split(s), splitter.split(s), "deterministic");
    }

    @Test
    void splitsChineseAtItsOwnFullStopsAndApartFromTheEnglishAfterIt() {
        assertEquals(List.of("市议会周二批准了渡轮计划。", "计划连接三个岛屿城镇！", "工程何时开始？"),
                sentences("市议会周二批准了渡轮计划。计划连接三个岛屿城镇！工程何时开始？"));
        assertEquals(List.of("The council approved the ferry plan on Tuesday.", "市议会周二批准了渡轮计划。",
                        "The plan links three island towns."),
                sentences("The council approved the ferry plan on Tuesday. 市议会周二批准了渡轮计划。The plan links three island towns."));
    }

    @Test
    void aNoBreakSpaceAtTheEndIsNotPartOfTheSentence() {
        assertEquals(List.of("The summit would be canceled."), sentences("The summit would be canceled.\u00A0\u00A0"));
    }
}
