package org.newsfuse.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    private static final TermAnalyzer TERMS = new TermAnalyzer();

    private static List<String> englishAnalyzer(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (EnglishAnalyzer analyzer = new EnglishAnalyzer(); TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void contentTermsAreExactlyLucenesEnglishAnalysis() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("newsfuse.root", "..")).resolve("examples"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(englishAnalyzer(text), TERMS.terms(text), file.toString());
            assertEquals(TERMS.terms(text), TERMS.wordsAndTerms(text).terms(), file.toString());
            assertEquals(TERMS.words(text), TERMS.wordsAndTerms(text).words(), file.toString());
        }
    }

    @Test
    void wordsKeepStopWordsUnstemmedAndStemTheRest() {
        assertEquals(List.of("the", "bridg", "was", "reopen", "on", "fridai"), TERMS.words("The bridge was reopened on Friday"));
        assertEquals(List.of("bridg", "reopen", "fridai"), TERMS.terms("The bridge was reopened on Friday"));
    }

    @Test
    void aContentWordWhoseStemIsAStopWordStaysAContentTerm() {
        assertEquals(List.of("bridg", "it", "span"), TERMS.terms("The bridge and its span"));
    }

    @Test
    void aLimitStopsTheAnalysisEarly() {
        assertEquals(List.of("bridg", "reopen"), TERMS.terms("The bridge was reopened on Friday", 2));
    }
}
