package org.newsfuse.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.analyze.TermAnalyzer;
import org.newsfuse.ingest.SourceDocument;

class StoryClustererTest {

    private static final String WIRE = "The regional water authority declared a drought emergency on Thursday after reservoirs in the "
            + "northern valley fell to a third of their capacity, the lowest level recorded since 1976. Residents were asked to cut "
            + "household use by a fifth, and garden watering was banned until further notice. Farmers said the restrictions came too "
            + "late for the spring planting season. The authority said it would review the measures every two weeks and could "
            + "extend them to industrial users if the reservoirs kept falling through the summer months.";

    private static SourceDocument article(String id, String outlet, String title, String date, String text) {
        return new SourceDocument(id, id, text, Optional.of(outlet), Optional.of(title), Optional.of(LocalDate.parse(date)));
    }

    private static Clustering cluster(List<SourceDocument> documents) {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            return StoryClusterer.defaults().cluster(documents, analyzer);
        }
    }

    @Test
    void flagsARepublishedCopyWithANewHeadlineAndATrimmedEnding() {
        String trimmed = WIRE.substring(0, WIRE.indexOf(" The authority said"));
        List<SourceDocument> docs = List.of(
                article("wire", "Valley Wire", "Drought emergency declared", "2031-06-05", WIRE),
                article("copy", "Hilltop Herald", "Water rationing starts in the north", "2031-06-06", trimmed),
                article("other", "North Post", "Valley farmers brace for dry summer", "2031-06-06",
                        "Reservoir levels in the northern valley have dropped to about a third, prompting an emergency declaration "
                                + "by water officials on Thursday. Households must use less water, and lawns may no longer be "
                                + "watered. Growers told the Post that the spring crop was already lost and asked for relief funds."));
        Clustering clustering = cluster(docs);
        assertEquals(1, clustering.duplicates().size(), clustering.duplicates().toString());
        Clustering.Duplicate copy = clustering.duplicates().get(0);
        assertEquals(1, copy.article());
        assertEquals(0, copy.duplicateOf());
        assertTrue(copy.similarity() > 0.95);
        assertTrue(clustering.stories().stream().anyMatch(s -> s.articles().containsAll(List.of(0, 1))), "a copy is in its original's story");
    }

    @Test
    void groupsArticlesOfOneEventAndSeparatesAnotherEvent() {
        List<SourceDocument> docs = new ArrayList<>();
        String[] drought = {
                "The regional water authority declared a drought emergency after reservoirs fell to a third of capacity.",
                "Reservoirs at a third of capacity led the water authority to declare a drought emergency and ban garden watering.",
                "Drought emergency: water authority bans garden watering as reservoirs fall to a third of capacity."};
        String[] election = {
                "Voters in the harbour district elected Mara Lind as mayor, ending twelve years of council rule by one party.",
                "Mara Lind won the harbour district mayoral election with a clear majority, the electoral office said.",
                "The electoral office confirmed Mara Lind as the harbour district's new mayor after a record turnout."};
        for (int i = 0; i < 3; i++) {
            docs.add(article("d" + i, "Outlet " + i, "Drought", "2031-06-0" + (5 + i), drought[i] + " " + drought[(i + 1) % 3]));
            docs.add(article("e" + i, "Outlet " + i, "Election", "2031-06-0" + (5 + i), election[i] + " " + election[(i + 1) % 3]));
        }
        Clustering clustering = cluster(docs);
        Set<Set<String>> groups = new HashSet<>();
        for (Clustering.Story story : clustering.stories()) {
            Set<String> ids = new HashSet<>();
            story.articles().forEach(a -> ids.add(docs.get(a).id()));
            groups.add(ids);
        }
        assertEquals(Set.of(Set.of("d0", "d1", "d2"), Set.of("e0", "e1", "e2")), groups);
        assertTrue(clustering.duplicates().isEmpty(), "reports of one event in different words are not copies");
        Clustering.Story first = clustering.stories().get(0);
        assertEquals(Optional.of(LocalDate.parse("2031-06-05")), first.firstSeen());
        assertEquals(Optional.of(LocalDate.parse("2031-06-07")), first.lastSeen());
        assertEquals(List.of("Outlet 0", "Outlet 1", "Outlet 2"), first.outlets());
    }

    @Test
    void aStorySilentForMoreThanAYearIsClosedSoALaterReportOnTheSameSubjectOpensAnother() {
        String[] drought = {
                "The regional water authority declared a drought emergency after reservoirs fell to a third of capacity.",
                "Reservoirs at a third of capacity led the water authority to declare a drought emergency and ban garden watering.",
                "Drought emergency: water authority bans garden watering as reservoirs fall to a third of capacity."};
        List<SourceDocument> docs = List.of(
                article("d0", "Outlet 0", "Drought", "2031-06-05", drought[0] + " " + drought[1]),
                article("d1", "Outlet 1", "Drought", "2031-06-20", drought[1] + " " + drought[2]),
                // the same words two summers later: another drought, not the same story
                article("d2", "Outlet 2", "Drought", "2033-07-02", drought[2] + " " + drought[0]));
        Clustering clustering = cluster(docs);
        assertEquals(List.of(List.of(0, 1), List.of(2)), clustering.stories().stream().map(Clustering.Story::articles).toList());
    }

    private static final String[] DROUGHT = {
            "The regional water authority declared a drought emergency after reservoirs fell to a third of capacity.",
            "Reservoirs at a third of capacity led the water authority to declare a drought emergency and ban garden watering.",
            "Drought emergency: water authority bans garden watering as reservoirs fall to a third of capacity."};
    private static final String[] TOWNS = {"Alder Creek", "Birchmoor", "Cobble Hill", "Dunmere", "Elmstead", "Fernvale", "Glenrock",
            "Hollowell", "Ivybridge", "Juniper Flats", "Kestrel Bay", "Larkspur", "Millbrook", "Northwick", "Oakhaven", "Pebble Ford",
            "Quarry End", "Rushmoor", "Stonegate"};

    /** A subject that never goes quiet: a drought report every ten days for half a year, each naming a town. */
    private static List<SourceDocument> droughtEveryTenDays() {
        List<SourceDocument> docs = new ArrayList<>();
        LocalDate day = LocalDate.parse("2031-01-01");
        for (int i = 0; i < TOWNS.length; i++) {
            docs.add(article("d" + i, "Outlet " + i % 4, "Drought", day.plusDays(10L * i).toString(),
                    DROUGHT[i % 3] + " " + DROUGHT[(i + 1) % 3] + " In " + TOWNS[i] + ", the council opened a standpipe on the market "
                            + "square and asked residents to report leaking mains to its new hotline number " + (100 + i) + "."));
        }
        return docs;
    }

    private static Clustering cluster(List<SourceDocument> documents, ClusterSettings settings) {
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            return new StoryClusterer(settings).cluster(documents, analyzer);
        }
    }

    @Test
    void aSubjectThatNeverGoesQuietIsOneStoryWithoutASpanLimitAndStoriesOfAtMostTheLimitWithIt() {
        List<SourceDocument> docs = droughtEveryTenDays();
        Clustering unlimited = cluster(docs, ClusterSettings.defaults());
        assertEquals(1, unlimited.stories().size(), "no silence of a year, so the default never closes it: " + unlimited.stories());
        assertEquals(180, java.time.temporal.ChronoUnit.DAYS.between(unlimited.stories().get(0).firstSeen().orElseThrow(),
                unlimited.stories().get(0).lastSeen().orElseThrow()));

        Clustering limited = cluster(docs, ClusterSettings.defaults().withMaxSpanDays(30));
        assertTrue(limited.stories().size() >= 180 / 31, "a month at most per story: " + limited.stories());
        List<Integer> all = new ArrayList<>();
        for (Clustering.Story story : limited.stories()) {
            long span = java.time.temporal.ChronoUnit.DAYS.between(story.firstSeen().orElseThrow(), story.lastSeen().orElseThrow());
            assertTrue(span <= 30, story + " spans " + span + " days");
            all.addAll(story.articles());
        }
        all.sort(null);
        assertEquals(java.util.stream.IntStream.range(0, docs.size()).boxed().toList(), all, "every article in exactly one story");
        // consecutive reports still go together: the limit cuts the subject into month-long stories, not single articles
        assertTrue(limited.stories().stream().allMatch(s -> s.articles().size() >= 2), limited.stories()::toString);
    }

    @Test
    void withDecayAReportTwoMonthsAfterTheLastOneOpensANewStoryWithoutDecayItJoins() {
        List<SourceDocument> docs = List.of(
                article("d0", "Outlet 0", "Drought", "2031-06-05", DROUGHT[0] + " " + DROUGHT[1]),
                article("d1", "Outlet 1", "Drought", "2031-06-07", DROUGHT[1] + " " + DROUGHT[2]),
                article("d2", "Outlet 2", "Drought", "2031-08-10", DROUGHT[2] + " " + DROUGHT[0]
                        + " Farmers in the lowlands said the second dry month had cost them the barley harvest."));
        assertEquals(List.of(List.of(0, 1, 2)), cluster(docs, ClusterSettings.defaults()).stories().stream()
                .map(Clustering.Story::articles).toList());
        // 64 days after the story's last article, halved every 7 days: about 1/570 of the similarity is left
        assertEquals(List.of(List.of(0, 1), List.of(2)), cluster(docs, ClusterSettings.defaults().withDecayDays(7)).stories().stream()
                .map(Clustering.Story::articles).toList());
    }

    @Test
    void aCopyRepublishedAfterItsOriginalsStoryReachedItsSpanLimitIsAReportOfANewStoryNotACopy() {
        List<SourceDocument> docs = List.of(
                article("wire", "Valley Wire", "Drought emergency declared", "2031-06-05", WIRE),
                article("again", "Hilltop Herald", "Drought emergency declared", "2031-10-01", WIRE));
        Clustering unlimited = cluster(docs, ClusterSettings.defaults());
        assertEquals(List.of(List.of(0, 1)), unlimited.stories().stream().map(Clustering.Story::articles).toList());
        assertEquals(1, unlimited.duplicates().size());
        Clustering limited = cluster(docs, ClusterSettings.defaults().withMaxSpanDays(90));
        assertEquals(List.of(List.of(0), List.of(1)), limited.stories().stream().map(Clustering.Story::articles).toList());
        assertTrue(limited.duplicates().isEmpty(), limited.duplicates()::toString);
    }

    @Test
    void articlesThatAreAllPageFurnitureStayApartAndAreNotCopies() {
        String notice = "Tweet with a location You can add location information to your Tweets, such as your city or precise "
                + "location, from the web and via third-party applications. You always have the option to delete your Tweet "
                + "location history. Learn more";
        List<SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(new SourceDocument("widget-" + i, "widget-" + i, notice, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        docs.add(article("wire", "Valley Wire", "Drought emergency declared", "2031-06-05", WIRE));
        docs.add(article("herald", "Hilltop Herald", "Drought emergency in the north", "2031-06-05",
                "Reservoirs in the northern valley have fallen to a third of their capacity, and the water authority declared a "
                        + "drought emergency on Thursday. Garden watering is banned and households must cut use by a fifth."));
        Clustering clustering = cluster(docs);
        for (int i = 0; i < 3; i++) {
            int widget = i;
            Clustering.Story story = clustering.stories().stream().filter(s -> s.articles().contains(widget)).findFirst().orElseThrow();
            assertEquals(List.of(widget), story.articles(), "a page-furniture article joins no story: " + clustering.stories());
        }
        assertTrue(clustering.stories().stream().anyMatch(s -> s.articles().containsAll(List.of(3, 4))), clustering.stories()::toString);
        assertTrue(clustering.duplicates().stream().noneMatch(d -> d.article() < 3 || d.duplicateOf() < 3), clustering.duplicates()::toString);
    }

    @Test
    void everyArticleIsInExactlyOneStory() {
        List<SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(SourceDocument.of("a" + i, "Article number " + i + " about topic " + (i % 7) + " with words w" + (i % 5) + " and v" + (i % 3) + "."));
        }
        Clustering clustering = cluster(docs);
        List<Integer> all = new ArrayList<>();
        clustering.stories().forEach(s -> all.addAll(s.articles()));
        all.sort(null);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add(i);
        }
        assertEquals(expected, all);
    }

    @Test
    void aStoryIsTitledByItsMostCentralArticleNotItsFirst() {
        List<SourceDocument> docs = List.of(
                article("roundup", "Valley Wire", "Around the valley this week", "2031-06-04",
                        "The water authority declared a drought emergency as reservoirs fell to a third of capacity. In other news, "
                                + "the county fair opens on Saturday with a new livestock pavilion, and the library extends its "
                                + "summer hours. The harbour ferry timetable changes next month."),
                article("lead", "North Post", "Drought emergency declared as reservoirs fall", "2031-06-05",
                        "The water authority declared a drought emergency after reservoirs fell to a third of capacity, "
                                + "banning garden watering and asking households to cut water use by a fifth."),
                article("follow", "Hilltop Herald", "Garden watering banned in drought emergency", "2031-06-06",
                        "Garden watering is banned under the drought emergency the water authority declared as reservoirs "
                                + "dropped to a third of capacity; households must cut water use by a fifth."));
        Clustering clustering = cluster(docs);
        assertEquals(1, clustering.stories().size(), clustering.stories().toString());
        String title = clustering.stories().get(0).title().orElseThrow();
        assertTrue(!title.equals("Around the valley this week"), "the roundup arrived first but is not what the story is about");
    }
}
