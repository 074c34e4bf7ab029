package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfuse.Pipeline;
import org.newsfuse.base.Span;
import org.newsfuse.compare.Comparison.QuoteKind;
import org.newsfuse.ingest.SourceDocument;
import org.newsfuse.ingest.StoryInput;

/**
 * Where the optional speaker parser is asked ({@link QuoteExtractor#parserAsked}): where the rules found no speaker,
 * and for a mixed quotation whose rules' speaker stands in another paragraph or far before its report. Parses are
 * written by hand, as in the nlp4j module's GoverningVerbTest.
 */
class ParserArbitrationTest {

    private static final String TEXT = """
            Mayor Ines Calder spoke for an hour on Monday about the harbour budget and the winter timetable of the ferries.

            "We will rebuild the pier by spring," Calder said. Board chair Nadia Ostrova has fought the levy for two years.

            Calder, who met the board twice this month and walked the old pier with Tomas Brandt on Friday, thinks the plan "will hold for a decade."
            """;

    private static QuoteExtractor.Found found(QuoteKind kind, Span report, Span mention) {
        return new QuoteExtractor.Found("words", report, kind, report, Optional.of("Ines Calder"), Optional.of(mention), Optional.of("said"));
    }

    @Test
    void theParserIsAskedWithoutASpeakerAndForAMixedQuotationWhoseSpeakerStandsFarOrInAnotherParagraph() {
        String text = "Ines Calder spoke.\n\nShe thinks the plan \"will hold\" and, after a long tour of the old pier on Friday, says it is \"sound.\"";
        int thinks = text.indexOf("thinks");
        int says = text.indexOf("says");
        Span she = new Span(text.indexOf("She"), text.indexOf("She") + 3);
        Span ines = new Span(0, 11);
        QuoteExtractor.Found none = new QuoteExtractor.Found("words", new Span(thinks, thinks + 5), QuoteKind.MIXED, new Span(thinks, thinks + 5),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertAll(
                () -> assertTrue(QuoteExtractor.parserAsked(none, text), "no speaker"),
                () -> assertFalse(QuoteExtractor.parserAsked(found(QuoteKind.MIXED, new Span(thinks, text.length()), she), text),
                        "a mixed quotation's speaker right before its report"),
                () -> assertTrue(QuoteExtractor.parserAsked(found(QuoteKind.MIXED, new Span(says, text.length()), she), text),
                        "a mixed quotation's speaker 60 or more characters before its report"),
                () -> assertTrue(QuoteExtractor.parserAsked(found(QuoteKind.MIXED, new Span(thinks, text.length()), ines), text),
                        "a mixed quotation's speaker in the paragraph before"),
                () -> assertFalse(QuoteExtractor.parserAsked(found(QuoteKind.DIRECT, new Span(says, text.length()), ines), text),
                        "a direct quotation with a speaker"));
    }

    @Test
    void aMixedQuotationWhoseRulesSpeakerStandsFarBeforeTakesTheParsesWhileANearAttributionStands() {
        // the hand-written parse gives every quotation to the name it finds in the paragraph, to show which quotations it is asked about
        SpeakerParser parser = new SpeakerParser() {
            @Override
            public Parse parse(String paragraph) {
                return quotation -> {
                    int at = paragraph.indexOf("Tomas Brandt");
                    return at < 0 ? Optional.empty() : Optional.of(new Speech(new Span(at, at + "Tomas Brandt".length()), new Span(0, 1)));
                };
            }

            @Override
            public String name() {
                return "parses written by hand";
            }
        };
        Pipeline pipeline = Pipeline.load();
        SourceDocument doc = SourceDocument.of("ferry.txt", TEXT);
        Comparison rules = pipeline.compare(pipeline.analyze(StoryInput.of("ferry", List.of(doc))));
        Comparison parsed = pipeline.withSpeakerParser(Optional.of(parser)).compare(pipeline.analyze(StoryInput.of("ferry", List.of(doc))));
        assertAll(
                () -> assertEquals("Calder", mention(rules, "will hold")),
                () -> assertEquals("Tomas Brandt", mention(parsed, "will hold")),
                () -> assertEquals("Calder", mention(rules, "We will rebuild")),
                () -> assertEquals("Calder", mention(parsed, "We will rebuild")));
    }

    private static String mention(Comparison c, String start) {
        Comparison.Quote quote = c.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + c.quotes()));
        Comparison.Attribution a = quote.attributions().get(0);
        return a.speaker().map(s -> s.of(TEXT)).orElse("none");
    }
}
