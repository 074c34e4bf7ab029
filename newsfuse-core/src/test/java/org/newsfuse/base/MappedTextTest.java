package org.newsfuse.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MappedTextTest {

    @Test
    void mapsCharactersOfJoinedPiecesBackToTheOriginal() {
        String original = "Keep this. (RELATED: drop) And this.";
        MappedText text = MappedText.of(original, List.of(new Span(0, 11), new Span(27, 36)));
        assertEquals("Keep this. And this.", text.text());
        int and = text.text().indexOf("And");
        Span back = text.toOriginal(and, text.length());
        assertEquals("And this.", back.of(original));
        assertEquals("Keep this.", text.toOriginal(0, 10).of(original));
    }

    @Test
    void spanRejectsInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 4));
    }
}
