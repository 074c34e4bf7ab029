package org.newsfuse.eval.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lint's two counts on hand-written summaries. */
class SummaryLintTest {

    private final SummaryLint lint = new SummaryLint();

    private static String sentence(String text, String article, int start, int end) {
        return "{\"text\": \"" + text.replace("\"", "\\\"") + "\", \"sources\": [{\"article\": \"" + article + "\", \"start\": " + start
                + ", \"end\": " + end + "}]}";
    }

    @Test
    void anOpenerCountsUnlessTheSentenceBeforeItInItsArticleIsShownRightBeforeIt() {
        String json = "{\"stories\": [{\"summary\": ["
                + sentence("The council closed the bridge on Monday.", "a", 0, 40) + ","
                + sentence("It will stay shut for a month.", "a", 41, 71) + ","          // follows: not counted
                + sentence("But repairs have not started.", "b", 200, 229) + ","         // b's previous sentence not shown
                + sentence("They met again on Friday.", "a", 120, 145) + ","             // a, but not right after 71
                + sentence("Theirs was the last ferry.", "a", 146, 172)                  // not an opener word
                + "]}]}";
        SummaryLint.Result result = lint.lint(json);
        assertEquals(5, result.sentences());
        assertEquals(2, result.openers());
        assertEquals(0.4, result.openerRate(), 1e-9);
        assertEquals(1, result.storiesWithEither());
    }

    @Test
    void aQuotationNeedsASayingVerbOrANameOutsideItsMarks() {
        String json = "{\"summary\": ["
                + sentence("\"We will rebuild every house.\"", "a", 0, 30) + ","                     // counted
                + sentence("“It is too early to tell,” she warned.", "a", 31, 70) + ","              // counted: no name, no listed verb
                + sentence("\"We will rebuild,\" the mayor said.", "a", 71, 105) + ","
                + sentence("\"We will rebuild,\" vowed Varga.", "a", 106, 138) + ","
                + sentence("[Ilse Varga:] \"We will rebuild.\"", "a", 139, 160)                      // an insertion names the speaker
                + "]}";
        SummaryLint.Result result = lint.lint(json);
        assertEquals(1, result.stories());
        assertEquals(2, result.quoteOnly());
        assertEquals(0, result.openers());
    }
}
