package org.newsfuse.nlp4j;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.compare.SpeakerParser;

/**
 * NLP4J 1.1.3's English tagger and dependency parser as a {@link SpeakerParser}. The models load on the first
 * paragraph (about a minute and 3 GB of heap); named-entity recognition is not loaded, since the parse alone gives
 * the subject, and leaving it out spares the 185 MB word-embedding lexicon it needs. Thread-safe: decoding is
 * serialised, the decoder's components keep per-call state.
 */
public final class Nlp4jSpeakerParser implements SpeakerParser {

    /** Tagger and parser with the lexica their features read; no NER, so no word embeddings. */
    private static final String CONFIG = """
            <configuration>
              <lexica>
                <ambiguity_classes field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz</ambiguity_classes>
                <word_clusters field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz</word_clusters>
              </lexica>
              <models>
                <pos>edu/emory/mathcs/nlp/models/en-pos.xz</pos>
                <dep>edu/emory/mathcs/nlp/models/en-dep.xz</dep>
              </models>
            </configuration>
            """;

    private NLPDecoder decoder;

    /** Found through {@link java.util.ServiceLoader}; loads nothing until the first paragraph. */
    public Nlp4jSpeakerParser() {
    }

    @Override
    public Parse parse(String paragraph) {
        List<NLPNode[]> sentences = decode(paragraph);
        return new GoverningVerb(sentences);
    }

    @Override
    public String name() {
        return "NLP4J 1.1.3 (en-pos, en-dep)";
    }

    private synchronized List<NLPNode[]> decode(String paragraph) {
        if (decoder == null) {
            decoder = new NLPDecoder(new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)));
        }
        // one paragraph holds no blank line; NLP4J's tokenizer would take one for a document break
        String text = paragraph.replace('\n', ' ');
        try {
            return new ArrayList<>(decoder.decodeDocument(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
