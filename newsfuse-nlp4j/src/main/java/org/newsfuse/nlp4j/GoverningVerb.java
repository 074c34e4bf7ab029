package org.newsfuse.nlp4j;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsfuse.base.Span;
import org.newsfuse.compare.SpeakerParser;

/**
 * A paragraph's parse, read for speakers: a quotation's cue is the nearest verb outside it that governs its words
 * (going up from them: "she said" over "it was 'a disgrace'"), or, where the quotation is the sentence's main clause,
 * a speech verb attached to it ({@code "...," she said} parsed with "said" under the quotation's verb). The speaker
 * is that verb's subject, or its passive agent ("was asked by X"); a participle or an infinitive without a subject
 * ("..., saying", "went on to say") takes the subject of the verb it hangs from.
 */
final class GoverningVerb implements SpeakerParser.Parse {

    /** Speech verbs, by lemma and by form (NLP4J's lemmas need its morphological analyser, so forms are checked too). */
    private static final Set<String> SPEECH = Set.of("say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added",
            "adds", "adding", "write", "wrote", "writes", "writing", "ask", "asked", "asks", "asking", "state", "stated", "states",
            "explain", "explained", "explains", "continue", "continued", "continues", "note", "noted", "notes", "noting", "insist",
            "insisted", "insists", "declare", "declared", "argue", "argued", "argues", "arguing", "warn", "warned", "warns", "warning",
            "reply", "replied", "replies", "announce", "announced", "acknowledge", "acknowledged", "claim", "claimed", "claims",
            "report", "reported", "reports", "tweet", "tweeted", "tweets", "respond", "responded", "responds", "suggest", "suggested",
            "admit", "admitted", "call", "called", "calls", "calling", "describe", "described", "describing", "predict", "predicted",
            "promise", "promised", "vow", "vowed", "urge", "urged", "joke", "joked", "quip", "quipped", "recall", "recalled",
            "read", "reads", "shout", "shouted", "yell", "yelled", "post", "posted", "accuse", "accused", "praise", "praised",
            "criticize", "criticized", "conclude", "concluded", "remark", "remarked", "testify", "testified", "counter", "countered",
            "label", "labeled", "dub", "dubbed", "thank", "thanked", "pledge", "pledged", "complain", "complained", "chant", "chanted",
            "declares", "answer", "answered", "exclaimed", "cry", "cried", "retort", "retorted");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubjpass", "csubj");
    /** Dependents that stay in a speaker's mention: words before the head in its noun phrase. */
    private static final Set<String> MENTION_PARTS = Set.of("det", "nn", "compound", "amod", "poss", "possessive", "nmod", "num",
            "nummod", "hmod", "hyph", "predet", "advmod", "quantmod");

    private final List<NLPNode[]> sentences;

    GoverningVerb(List<NLPNode[]> sentences) {
        this.sentences = sentences;
    }

    @Override
    public Optional<SpeakerParser.Speech> speakerOf(Span quotation) {
        for (NLPNode[] sentence : sentences) {
            List<NLPNode> inside = new ArrayList<>();
            for (int i = 1; i < sentence.length; i++) {
                NLPNode n = sentence[i];
                if (n.getStartOffset() >= quotation.start() && n.getEndOffset() <= quotation.end() && n.getEndOffset() > n.getStartOffset()) {
                    inside.add(n);
                }
            }
            if (inside.isEmpty()) {
                continue;
            }
            Optional<SpeakerParser.Speech> speech = speakerIn(inside, quotation);
            if (speech.isPresent()) {
                return speech;
            }
        }
        return Optional.empty();
    }

    private static Optional<SpeakerParser.Speech> speakerIn(List<NLPNode> inside, Span quotation) {
        // the verbs outside the quotation that govern its words, nearest first; the nearest speech verb among them
        // speaks ("Cox says Americans don't need '...'" is Cox's), else the nearest verb ("reserved his passion for '...'")
        // the quotation's top word: of the words whose head is outside it, the one nearest the root
        NLPNode top = null;
        for (NLPNode n : inside) {
            NLPNode head = n.getDependencyHead();
            if (head != null && head.getID() > 0 && !within(head, quotation) && (top == null || depth(n) < depth(top))) {
                top = n;
            }
        }
        List<NLPNode> chain = new ArrayList<>();
        for (NLPNode v = top == null ? null : top.getDependencyHead(); v != null && v.getID() > 0 && chain.size() < 8;
             v = v.getDependencyHead()) {
            if (isVerb(v) && !within(v, quotation)) {
                chain.add(v);
            }
        }
        for (NLPNode v : chain) {
            if (isSpeech(v)) {
                Optional<SpeakerParser.Speech> speech = speech(v, quotation);
                if (speech.isPresent()) {
                    return speech;
                }
            }
        }
        if (!chain.isEmpty()) {
            Optional<SpeakerParser.Speech> speech = speech(chain.get(0), quotation);
            if (speech.isPresent()) {
                return speech;
            }
        }
        // the quotation is the main clause: a speech verb outside it hangs from one of its words
        for (NLPNode n : inside) {
            for (NLPNode d : n.getDependentList()) {
                if (!within(d, quotation) && isVerb(d) && isSpeech(d)) {
                    Optional<SpeakerParser.Speech> speech = speech(d, quotation);
                    if (speech.isPresent()) {
                        return speech;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The subject of {@code verb} (or of the verbs it hangs from, for a participle or infinitive), as a speech. */
    private static Optional<SpeakerParser.Speech> speech(NLPNode verb, Span quotation) {
        NLPNode v = verb;
        for (int up = 0; up < 3 && v != null && v.getID() > 0; up++) {
            NLPNode subject = null;
            for (NLPNode d : v.getDependentList()) {
                if (SUBJECTS.contains(d.getDependencyLabel()) && !"nsubjpass".equals(d.getDependencyLabel())) {
                    subject = d;
                }
                if ("agent".equals(d.getDependencyLabel())) {
                    // "was asked by host X": the agent's object
                    for (NLPNode o : d.getDependentList()) {
                        if ("pobj".equals(o.getDependencyLabel())) {
                            subject = o;
                        }
                    }
                }
            }
            if (subject != null && !within(subject, quotation) && isNominal(subject)) {
                return Optional.of(new SpeakerParser.Speech(mention(subject), new Span(verb.getStartOffset(), verb.getEndOffset())));
            }
            if (subject != null) {
                return Optional.empty();
            }
            String label = v.getDependencyLabel();
            if (label == null || !(label.equals("xcomp") || label.equals("advcl") || label.equals("conj") || label.equals("partmod")
                    || label.equals("acl"))) {
                return Optional.empty();
            }
            v = v.getDependencyHead();
        }
        return Optional.empty();
    }

    /** The subject's head with the words of its phrase before it ("Sen. Ana Reyes", "the committee's chairman"). */
    private static Span mention(NLPNode head) {
        int start = head.getStartOffset();
        for (NLPNode d : head.getDependentList()) {
            if (d.getID() < head.getID() && MENTION_PARTS.contains(d.getDependencyLabel())) {
                start = Math.min(start, leftmost(d));
            }
        }
        return new Span(start, head.getEndOffset());
    }

    private static int leftmost(NLPNode n) {
        int start = n.getStartOffset();
        for (NLPNode d : n.getDependentList()) {
            if (d.getID() < n.getID()) {
                start = Math.min(start, leftmost(d));
            }
        }
        return start;
    }

    private static boolean within(NLPNode n, Span span) {
        return n.getStartOffset() >= span.start() && n.getEndOffset() <= span.end();
    }

    private static int depth(NLPNode n) {
        int d = 0;
        for (NLPNode h = n.getDependencyHead(); h != null && d < 100; h = h.getDependencyHead()) {
            d++;
        }
        return d;
    }

    private static boolean isVerb(NLPNode n) {
        String pos = n.getPartOfSpeechTag();
        return pos != null && pos.startsWith("VB");
    }

    private static boolean isNominal(NLPNode n) {
        String pos = n.getPartOfSpeechTag();
        return pos != null && (pos.startsWith("NN") || pos.startsWith("PRP") && !pos.equals("PRP$") || pos.equals("CD") || pos.equals("DT"));
    }

    private static boolean isSpeech(NLPNode n) {
        String lemma = n.getLemma();
        return lemma != null && SPEECH.contains(lemma.toLowerCase(Locale.ROOT)) || SPEECH.contains(n.getWordFormLowercase());
    }
}
