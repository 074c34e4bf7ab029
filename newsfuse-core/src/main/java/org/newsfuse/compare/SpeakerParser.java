package org.newsfuse.compare;

import java.util.Optional;
import java.util.ServiceLoader;
import org.newsfuse.base.Span;

/**
 * Finds who said a quotation from a syntactic parse: the subject of the verb that governs the quoted words.
 * Optional and off by default: {@code compare} attributes quotations by rules, and an installed parser (the
 * {@code newsfuse-nlp4j} module, found through {@link ServiceLoader}) is used only when asked for
 * ({@code CompareOptions.withSpeakerParser(true)}, {@code eval-quotes --speaker-parser}), and then only for the
 * quotations the rules leave without a speaker and the mixed ones they attribute from afar (see
 * {@code QuoteExtractor.parserAsked}). Implementations are thread-safe.
 */
public interface SpeakerParser {

    /**
     * A speaker the parse found, offsets in the paragraph.
     *
     * @param mention the words naming the speaker (the subject's head with the words before it in its phrase)
     * @param cue     the governing verb
     */
    record Speech(Span mention, Span cue) {
    }

    /** One paragraph, parsed. */
    interface Parse {
        /** The speaker of the quoted words at {@code quotation} (offsets in the paragraph), if the parse shows one. */
        Optional<Speech> speakerOf(Span quotation);
    }

    /** Parses one paragraph (no blank lines in it). */
    Parse parse(String paragraph);

    /** The parser and model, as reports name them. */
    String name();

    /** The parser on the class path, if any; it loads its model on first use. */
    static Optional<SpeakerParser> installed() {
        return ServiceLoader.load(SpeakerParser.class).findFirst();
    }
}
