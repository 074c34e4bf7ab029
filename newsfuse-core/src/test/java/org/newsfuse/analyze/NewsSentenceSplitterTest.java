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
     * Lower-cased text re-capitalised after every full stop (as the Multi-News copy is) writes a
     * middle initial small and the surname after it big: the name stays in its sentence. Cased text
     * keeps its rules: a capital initial was an initial already, and a lower-case word after a full
     * stop never started a sentence.
     */
    @Test
    void aLowerCasedInitialBeforeARecapitalisedSurnameStaysInItsSentence() {
        assertEquals(List.of("Actor nils j. Berg left the stage.", "Nobody knew why."),
                sentences("Actor nils j. Berg left the stage. Nobody knew why."));
        assertEquals(List.of("Actor Nils J. Berg left the stage.", "Nobody knew why."),
                sentences("Actor Nils J. Berg left the stage. Nobody knew why."));
        // Not (yet) a boundary, on purpose: lower-cased quotation runs stay joined. Splitting them was
        // measured (docs/SUMMARIZER.md, round 5): it lets quotations into the lower-cased summaries and
        // costs ROUGE on the lower-cased tuning proxies. Change this line only with new measurements.
        assertEquals(List.of("The ferry left at noon. \"it was late,\" a sailor said."),
                sentences("The ferry left at noon. \"it was late,\" a sailor said."));
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
