package org.newsfuse.nlp4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsfuse.base.Span;
import org.newsfuse.compare.SpeakerParser;

/**
 * The real models on a paragraph of our own. Loading them takes about a minute and 3 GB of heap, so this runs on
 * request: {@code mvn -B -ntp -pl newsfuse-nlp4j -am verify -Dnlp4j.model=true -Dtest='Nlp4j*Test'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "nlp4j.model", matches = "true")
class Nlp4jSpeakerParserTest {

    @Test
    void theSubjectOfTheSpeechVerbSpeaksTheQuotation() {
        SpeakerParser parser = SpeakerParser.installed().orElseThrow();
        String paragraph = "The levy is “a tax on rain,” Mayor Ada Brandt told the council on Tuesday. Farmers say it will “ruin the valley.”";
        SpeakerParser.Parse parse = parser.parse(paragraph);
        Optional<SpeakerParser.Speech> first = parse.speakerOf(span(paragraph, "a tax on rain,"));
        assertEquals("Mayor Ada Brandt", first.orElseThrow().mention().of(paragraph));
        assertEquals("told", first.orElseThrow().cue().of(paragraph));
        Optional<SpeakerParser.Speech> second = parse.speakerOf(span(paragraph, "ruin the valley."));
        assertEquals("Farmers", second.orElseThrow().mention().of(paragraph));
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }
}
