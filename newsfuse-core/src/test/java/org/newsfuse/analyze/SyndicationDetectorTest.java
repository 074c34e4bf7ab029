package org.newsfuse.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyndicationDetectorTest {

    private static final String WIRE = "The ferry operator suspended all crossings to the outer islands on Monday after a storm tore "
            + "the mooring lines of two vessels at the harbour, leaving about 400 passengers stranded overnight in the terminal. "
            + "Engineers were inspecting the pier and the company expected to resume a reduced timetable by Wednesday. The island "
            + "council opened its school hall to travellers who could not find rooms, and volunteers served soup until midnight.";

    private static final String OWN_WORDS = "Hundreds of travellers spent the night on benches at the harbour terminal after "
            + "Monday's storm snapped the ropes holding two ferries. Crossings are off until inspectors clear the pier, the operator "
            + "said, perhaps by midweek. Islanders offered spare beds and the council opened a school hall.";

    @Test
    void aCopyJoinsItsOriginalsGroupAndAReportInItsOwnWordsOpensItsOwn() {
        String trimmed = WIRE.substring(0, WIRE.indexOf(" The island council"));
        int[] groups = SyndicationDetector.independentGroups(List.of(WIRE, OWN_WORDS, "Storm strands ferry passengers. " + trimmed));
        assertArrayEquals(new int[] {0, 1, 0}, groups);
    }

    @Test
    void aCopyOfACopyBelongsToTheFirstText() {
        String shorter = WIRE.substring(0, WIRE.indexOf(" The island council"));
        String shortest = WIRE.substring(0, WIRE.indexOf(" Engineers were"));
        assertArrayEquals(new int[] {0, 0, 0}, SyndicationDetector.independentGroups(List.of(WIRE, shorter, shortest)));
    }

    /**
     * Property, over seeded random texts: a regional paper's cut of a wire story (its first 10% to 90%,
     * under a headline of its own) is always found, whatever the share kept, and an unrelated text of
     * the same vocabulary never is. A MinHash of whole texts found a copy of the first fifth about
     * once in forty tries.
     */
    @Test
    void aCopyOfAnyLeadingShareOfAWireStoryIsFoundAndAnUnrelatedTextIsNot() {
        Random random = new Random(20261123);
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 3 + random.nextInt(6); c > 0; c--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = word.toString();
        }
        for (int trial = 0; trial < 200; trial++) {
            String wire = randomText(random, vocabulary, 300 + random.nextInt(900));
            String unrelated = randomText(random, vocabulary, 100 + random.nextInt(900));
            double kept = 0.1 + 0.8 * random.nextDouble();
            String cut = wire.substring(0, (int) (wire.length() * kept));
            String copy = "Local edition: " + randomText(random, vocabulary, 8) + ". " + cut.substring(0, cut.lastIndexOf(' '));
            SyndicationDetector detector = new SyndicationDetector(SyndicationDetector.COPY_CONTAINMENT);
            assertTrue(detector.add(unrelated).isEmpty());
            assertTrue(detector.add(wire).isEmpty(), "trial " + trial + ": the wire story copies nothing");
            Optional<SyndicationDetector.Copy> found = detector.add(copy);
            assertTrue(found.isPresent(), "trial " + trial + ": a copy of the first " + Math.round(kept * 100) + "% was missed");
            assertEquals(1, found.get().original());
        }
    }

    /** Words drawn with a skew, as in prose: a few common, most rare. */
    private static String randomText(Random random, String[] vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 600)]);
            text.append(i % 17 == 16 ? ". " : " ");
        }
        return text.toString().trim();
    }

    @Test
    void containmentIsTheShareOfTheShorterTextsShingles() {
        var whole = SyndicationDetector.shingle(WIRE);
        var half = SyndicationDetector.shingle(WIRE.substring(0, WIRE.length() / 2));
        assertEquals(1.0, SyndicationDetector.containment(half, whole));
        assertEquals(1.0, SyndicationDetector.containment(whole, half));
        assertTrue(SyndicationDetector.containment(whole, SyndicationDetector.shingle(OWN_WORDS)) < 0.1);
    }
}
