package org.newsfuse.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void containmentIsTheShareOfTheShorterTextsShingles() {
        var whole = SyndicationDetector.shingle(WIRE);
        var half = SyndicationDetector.shingle(WIRE.substring(0, WIRE.length() / 2));
        assertEquals(1.0, SyndicationDetector.containment(half, whole));
        assertEquals(1.0, SyndicationDetector.containment(whole, half));
        assertTrue(SyndicationDetector.containment(whole, SyndicationDetector.shingle(OWN_WORDS)) < 0.1);
    }
}
