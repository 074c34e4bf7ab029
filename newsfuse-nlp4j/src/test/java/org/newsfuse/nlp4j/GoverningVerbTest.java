package org.newsfuse.nlp4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.component.template.node.FeatMap;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfuse.base.Span;
import org.newsfuse.compare.SpeakerParser;

/** The speaker read off a parse, on parses written by hand (no model needed): what the parser's trees look like. */
class GoverningVerbTest {

    /** A parsed sentence: tokens "form/POS/head/label" joined by single spaces, offsets as in that text. */
    private record Parsed(String text, NLPNode[] nodes) {
    }

    private static Parsed parse(String... tokens) {
        NLPNode[] nodes = new NLPNode[tokens.length + 1];
        nodes[0] = new NLPNode(0, "@#r$%", "@#r$%", "@#r$%", new FeatMap());
        StringBuilder text = new StringBuilder();
        String[][] parts = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            parts[i] = tokens[i].split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            NLPNode n = new NLPNode(i + 1, parts[i][0], parts[i][0].toLowerCase(), parts[i][1], new FeatMap());
            n.setStartOffset(text.length());
            text.append(parts[i][0]);
            n.setEndOffset(text.length());
            nodes[i + 1] = n;
        }
        for (int i = 0; i < tokens.length; i++) {
            nodes[i + 1].setDependencyHead(nodes[Integer.parseInt(parts[i][2])], parts[i][3]);
        }
        return new Parsed(text.toString(), nodes);
    }

    private static String speakerOf(Parsed p, String quoted) {
        int start = p.text().indexOf(quoted);
        Optional<SpeakerParser.Speech> s = new GoverningVerb(List.<NLPNode[]>of(p.nodes())).speakerOf(new Span(start, start + quoted.length()));
        return s.map(x -> x.mention().of(p.text()) + " <" + x.cue().of(p.text()) + ">").orElse("none");
    }

    @Test
    void aQuotationBeforeItsAttributionIsTheSubjectsOfTheSpeechVerbHangingFromIt() {
        // “ The levy is a tax on rain , ” Mayor Ada Brandt said .
        Parsed p = parse("“/``/4/punct", "The/DT/3/det", "levy/NN/4/nsubj", "is/VBZ/13/ccomp", "a/DT/6/det", "tax/NN/4/attr",
                "on/IN/6/prep", "rain/NN/7/pobj", ",/,/4/punct", "Mayor/NNP/12/nn", "Ada/NNP/12/nn", "Brandt/NNP/13/nsubj",
                "said/VBD/0/root", "././13/punct");
        assertEquals("Mayor Ada Brandt <said>", speakerOf(p, "The levy is a tax on rain ,"));
    }

    @Test
    void aFragmentInReportedSpeechIsTheOuterSpeakersNotTheEmbeddedSubjects() {
        // Reyes says farmers want " fair water prices " .
        Parsed p = parse("Reyes/NNP/2/nsubj", "says/VBZ/0/root", "farmers/NNS/4/nsubj", "want/VBP/2/ccomp", "fair/JJ/7/amod",
                "water/NN/7/nn", "prices/NNS/4/dobj");
        assertEquals("Reyes <says>", speakerOf(p, "fair water prices"));
    }

    @Test
    void aParticipleTakesTheSubjectOfTheVerbItHangsFrom() {
        // The council rejected the plan , calling it " a tax on rain "
        Parsed p = parse("The/DT/2/det", "council/NN/3/nsubj", "rejected/VBD/0/root", "the/DT/5/det", "plan/NN/3/dobj", ",/,/3/punct",
                "calling/VBG/3/advcl", "it/PRP/7/dobj", "a/DT/10/det", "tax/NN/7/oprd");
        assertEquals("The council <calling>", speakerOf(p, "a tax"));
    }

    @Test
    void aQuotationNoVerbGovernsHasNoSpeaker() {
        // " Rain " .
        Parsed p = parse("Rain/NN/0/root", "././1/punct");
        assertTrue(speakerOf(p, "Rain").equals("none"));
    }
}
