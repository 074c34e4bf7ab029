package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougeStemmerTest {

    @ParameterizedTest
    @CsvSource({
            "caresses, caress", "ponies, poni", "agreed, agre", "hopping, hop", "filing, file", "happy, happi",
            "relational, relat", "generalization, gener", "hopefulness, hope", "adjustment, adjust",
            // ROUGE's 2004 change: "-ment" and "-ent" are tried after the other step-4 suffixes
            "fundamental, fundam", "replacement, replac", "yelling, yell", "youth, youth"})
    void stemsAsRouge155(String word, String stem) {
        assertEquals(stem, RougeStemmer.porter(word));
    }

    @Test
    void exceptionListsComeFirstAndAdjectivesWinOverAdverbs() {
        RougeStemmer stemmer = RougeStemmer.load();
        assertEquals("good", stemmer.morphStem("best"));
        assertEquals("good", stemmer.morphStem("better"));
        assertEquals("say", stemmer.morphStem("said"));
        assertEquals("child", stemmer.morphStem("children"));
        assertEquals("well", RougeStemmer.load(List.of("adj", "adv", "noun", "verb")).morphStem("best"));
    }
}
