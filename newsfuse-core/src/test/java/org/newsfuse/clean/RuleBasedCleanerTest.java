package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.newsfuse.base.Span;
import org.newsfuse.clean.Removal.Reason;
import org.newsfuse.ingest.SourceDocument;

class RuleBasedCleanerTest {

    private final RuleBasedCleaner cleaner = new RuleBasedCleaner();

    private static final String BODY_1 = "The river authority opened the floodgates on Sunday after three days of heavy rain, officials said.";
    private static final String BODY_2 = "Residents of the lower town were told to move their cars to higher ground before nightfall.";

    private Article clean(String text) {
        return cleaner.clean(SourceDocument.of("a.txt", text));
    }

    private static List<Reason> reasons(Article article) {
        return article.removals().stream().map(Removal::reason).toList();
    }

    private static String body(Article article) {
        return article.blocks().stream().map(b -> b.text().text().strip()).collect(Collectors.joining("\n\n"));
    }

    @Test
    void readsTitleBylineOutletAndDateline() {
        Article a = clean("Floodgates opened as river rises\n\nBy Mira Holt and Sam Ode, River Gazette\n\n"
                + "KELLSBURG (River Gazette) -- " + BODY_1 + "\n\n" + BODY_2 + "\n");
        assertEquals(Optional.of("Floodgates opened as river rises"), a.title());
        assertEquals(List.of("Mira Holt", "Sam Ode"), a.authors());
        assertEquals(Optional.of("River Gazette"), a.outlet());
        assertEquals(Optional.of("KELLSBURG (River Gazette) --"), a.dateline());
        assertEquals(BODY_1 + "\n\n" + BODY_2, body(a));
        assertEquals(List.of(Reason.TITLE, Reason.BYLINE, Reason.DATELINE), reasons(a));
    }

    @Test
    void neverTakesAPictureCreditCaptionOrPlayerNoticeForTheTitle() {
        Article a = clean("Image copyright Harbour Lens Agency\nImage caption The ferry Marta Rose waits at her berth in Kellsburg\n\n"
                + "Media playback is unsupported on your device\n\nFerry crossings resume as river falls\n\n" + BODY_1 + "\n\n" + BODY_2);
        assertEquals(Optional.of("Ferry crossings resume as river falls"), a.title());
        assertEquals(List.of(Reason.PHOTO_CREDIT, Reason.CAPTION, Reason.WIDGET, Reason.TITLE), reasons(a));
        assertEquals(BODY_1 + "\n\n" + BODY_2, body(a));
    }

    @Test
    void aCreditAndCaptionRunTogetherOnOneLineIsNoTitle() {
        Article a = clean("Photo credit: Kellsburg Gazette Image caption Sandbags along the quay\n\nGetty Images\n\n"
                + "River authority opens the floodgates\n\n" + BODY_1);
        assertEquals(Optional.of("River authority opens the floodgates"), a.title());
        assertEquals(List.of(Reason.PHOTO_CREDIT, Reason.PHOTO_CREDIT, Reason.TITLE), reasons(a));
    }

    @Test
    void readsSectionLabelAndNameRoleByline() {
        Article a = clean("Weather\n\nRiver rises past flood stage\n\nNoor Castell Senior Weather Correspondent\nFont Size:\n\n" + BODY_1);
        assertEquals(Optional.of("Weather"), a.section());
        assertEquals(Optional.of("River rises past flood stage"), a.title());
        assertEquals(List.of("Noor Castell"), a.authors());
        assertEquals(Optional.of("Senior Weather Correspondent"), a.authorRole());
        assertEquals(Optional.empty(), a.outlet(), "nothing states the outlet, so it stays unknown");
        assertEquals(List.of(Reason.SECTION_LABEL, Reason.TITLE, Reason.BYLINE, Reason.WIDGET), reasons(a));
    }

    @Test
    void userOutletWinsOverTheText() {
        Article a = cleaner.clean(SourceDocument.of("a.txt", "By Mira Holt, River Gazette\n\n" + BODY_1).withOutlet("Gazette Online"));
        assertEquals(Optional.of("Gazette Online"), a.outlet());
    }

    @Test
    void removesCreditsCaptionsAndTheirNearDuplicates() {
        String caption1 = "TOPSHOT - Volunteers stack sandbags along the embankment in Kellsburg on May 3, 2030. - The river rose two metres overnight. (Photo by ANA RUIZ / AFP)";
        String caption2 = "TOPSHOT – Volunteers stack sandbags along the embankment in Kellsburg on May 3, 2030. (Photo by ANA RUIZ / AFP)";
        String caption3 = "A pumping station on the north bank. (Photo by Lee Park/River Gazette)";
        Article a = clean(BODY_1 + "\n\n(Photo by Handout/River Gazette)\n\n" + caption1 + "\n\n" + caption2 + "\n\n" + caption3 + "\n\n" + BODY_2);
        assertEquals(List.of(Reason.PHOTO_CREDIT, Reason.CAPTION, Reason.CAPTION, Reason.CAPTION), reasons(a));
        assertTrue(a.removals().get(2).detail().contains("near-duplicate"), a.removals().get(2).detail());
        assertEquals(BODY_1 + "\n\n" + BODY_2, body(a));
    }

    @Test
    void removesCopyrightShareAndWidgetLines() {
        Article a = clean(BODY_1 + "\n\n" + BODY_2 + "\n\n© 2030 River Gazette Media. All rights reserved.\n\nShare this article:\n\nShare on Facebook");
        assertEquals(List.of(Reason.COPYRIGHT, Reason.SHARE_LINE, Reason.SHARE_LINE), reasons(a));
    }

    @Test
    void cutsInlineRelatedInsertAndKeepsTheRestOfItsParagraph() {
        Article a = clean(BODY_1 + " (RELATED: Ten Photos Of The Great Flood) The water peaked at noon.\n\n" + BODY_2);
        assertEquals(List.of(Reason.RELATED_LINK), reasons(a));
        assertEquals("(RELATED: Ten Photos Of The Great Flood)", a.removals().get(0).text());
        String first = a.blocks().get(0).text().text();
        assertTrue(first.startsWith(BODY_1) && first.endsWith("The water peaked at noon."), first);
        assertFalse(first.contains("RELATED"));
    }

    @Test
    void removesRepeatedParagraphsWithTypographicDifferences() {
        String once = "The mayor’s office said the “emergency plan” – drafted in 2029 – was working as intended.";
        String again = "The mayor's office said the \"emergency plan\" - drafted in 2029 - was working as intended.";
        Article a = clean(BODY_1 + "\n\n" + once + "\n\n" + again + "\n\n" + BODY_2);
        assertEquals(List.of(Reason.DUPLICATE_PARAGRAPH), reasons(a));
        assertEquals(again, a.removals().get(0).text());
    }

    @Test
    void keepsSubheadingsAsStructureNotBody() {
        Article a = clean(BODY_1 + "\n\nSandbags run short\n\n" + BODY_2);
        assertEquals(List.of("Sandbags run short"), a.subheadings());
        assertTrue(a.removals().isEmpty());
    }

    @Test
    void recognisesWireDatelines() {
        assertEquals(Optional.of("(NTV) --"), clean("(NTV) -- " + BODY_1).dateline());
        assertEquals(Optional.of("NTV"), clean("(NTV) -- " + BODY_1).outlet());
        assertEquals(Optional.of("KELLSBURG —"), clean("KELLSBURG — " + BODY_1).dateline());
        assertEquals(Optional.empty(), clean("KELLSBURG — " + BODY_1).outlet());
        // an agency's dateline carries the day of the month
        Article dated = clean("PORT ALDER, March 9 (NTV) -- " + BODY_1);
        assertEquals(Optional.of("PORT ALDER, March 9 (NTV) --"), dated.dateline());
        assertEquals(BODY_1, body(dated));
    }

    @Test
    void findsTheDatelineBelowADateLineAndAHeadline() {
        Article a = clean("* Tuesday, March 9, 2032\n\nRiver closes lower town\n\nKELLSBURG, Vell. (NTV) -- " + BODY_1 + "\n\n" + BODY_2);
        assertEquals(Optional.of("KELLSBURG, Vell. (NTV) --"), a.dateline());
        assertTrue(body(a).endsWith(BODY_1 + "\n\n" + BODY_2), body(a));
    }

    /**
     * Seeded property over random assemblies of body and noise: never throws; every span is in bounds;
     * blocks and removals never overlap and cover every non-blank character; cleaning the cleaned body
     * again removes nothing (idempotent); the input is not modified.
     */
    @RepeatedTest(200)
    void cleaningIsAccountableAndIdempotent(RepetitionInfo repetition) {
        Random random = new Random(104729L * repetition.getCurrentRepetition());
        String[] parts = {BODY_1, BODY_2, "By Mira Holt, River Gazette", "Share this article:", "Font Size:",
                "(Photo by Lee Park/River Gazette)", "© 2030 River Gazette", "Floodgates opened as river rises",
                "A pumping station on the north bank. (Photo by Lee Park/River Gazette)", "Sandbags run short",
                "KELLSBURG (AP) -- The levee held through the night, engineers said on Monday morning in a statement.",
                "Engineers checked the levee again (RELATED: Levee Timeline) and found no new cracks in the wall at all.",
                "", "\u00a0", "x", "\"Quoted,\" he said.", "RELATED: Ten photos of the flood"};
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            text.append(parts[random.nextInt(parts.length)]).append(random.nextInt(4) == 0 ? "\n" : "\n\n");
        }
        String original = text.toString();
        Article a = clean(original);
        assertEquals(original, a.text());

        List<Span> covered = new ArrayList<>();
        a.blocks().forEach(b -> covered.add(b.span()));
        a.removals().forEach(r -> {
            assertEquals(r.span().of(original), r.text());
            covered.add(r.span());
        });
        covered.sort(null);
        for (int i = 0; i < covered.size(); i++) {
            Span s = covered.get(i);
            assertTrue(s.end() <= original.length());
            if (i + 1 < covered.size() && s.overlaps(covered.get(i + 1))) {
                // only an inline insert or dateline may sit inside its own block
                assertTrue(s.contains(covered.get(i + 1)) || covered.get(i + 1).contains(s), () -> "overlap " + covered);
            }
        }
        for (int c = 0; c < original.length(); c++) {
            final int at = c;
            if (!Character.isWhitespace(original.charAt(c))) {
                assertTrue(covered.stream().anyMatch(s -> s.start() <= at && at < s.end()), () -> "char " + at + " lost in " + original);
            }
        }
        String cleanedBody = body(a);
        if (!cleanedBody.isBlank() && a.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.PARAGRAPH)) {
            Article again = cleaner.clean(new SourceDocument("a.txt", "a.txt", cleanedBody, Optional.empty(), Optional.of("Known title"), Optional.empty()));
            assertEquals(cleanedBody, body(again), "cleaning twice changes nothing");
        }
    }
}
