package org.newsfuse.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fictional articles for tests, written from a few invented events: each article takes its event's
 * names and several of its sentences, in an order and wording of its own, so articles of one event
 * share words and articles of different events share few. Deterministic for a seed.
 */
public final class SyntheticArticles {

    private static final String[] PLACES = {"Port Alder", "Linden Falls", "Marrow Bay", "Quarry Hill", "Tessel Point", "Oakmere",
            "Brindle Cove", "Saltgate", "Fernholm", "Corvin Ridge", "Ashby Marsh", "Wrenfield"};
    private static final String[] PEOPLE = {"Dana Whitfield", "Tomas Brandt", "Ilse Moreno", "Kofi Adjei", "Mara Lindqvist",
            "Owen Castillo", "Priya Natarajan", "Lena Okafor", "Rafael Stern", "Yuki Haldane", "Nadia Petrov", "Elias Grove"};
    private static final String[] EVENTS = {"closed the {p} ferry terminal after a fuel leak",
            "opened a flood shelter in {p} as the river rose", "approved a new tram line through {p}",
            "evacuated the {p} library after a roof collapse", "postponed the {p} harvest festival over storms",
            "recalled tap water in {p} after a contamination alarm", "reopened the {p} hospital wing after repairs",
            "cancelled school buses in {p} during a snowstorm", "announced a strike at the {p} port",
            "found a rare orchid colony near {p}", "fined the {p} cannery for river pollution", "launched a night market in {p}"};
    private static final String[] DETAILS = {"Officials said the decision followed an inspection on {d}.",
            "{n} told reporters that safety came first and that residents would be kept informed.",
            "The council estimated the cost at {x} thousand dollars.", "About {x} residents were affected, according to {n}.",
            "Crews worked through the night in {p}, {n} said.", "A public meeting is planned in {p} next week.",
            "{n} said the town had prepared for this for months.", "Local businesses in {p} reported fewer customers.",
            "The regional authority will review the case, {n} added.", "Volunteers from {p} offered help at the town hall."};

    private SyntheticArticles() {
    }

    /** An article: its URL (unique), outlet, title and text, and the event it reports. */
    public record Item(String url, String outlet, String title, String text, int event) {
    }

    public static List<Item> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(count);
        String[] outlets = {"Coastline Daily", "Alder Valley Courier", "Meridian Wire", "The Harbor Times", "Northern Ledger"};
        for (int i = 0; i < count; i++) {
            int event = random.nextInt(EVENTS.length);
            String place = PLACES[event];
            String person = PEOPLE[event];
            String what = EVENTS[event].replace("{p}", place);
            StringBuilder text = new StringBuilder();
            text.append(place.toUpperCase()).append(" -- Authorities ").append(what).append(", ").append(person).append(" said.\n\n");
            List<String> details = new ArrayList<>(List.of(DETAILS));
            java.util.Collections.shuffle(details, random);
            for (int k = 0; k < 4 + random.nextInt(4); k++) {
                text.append(details.get(k).replace("{p}", place).replace("{n}", person).replace("{x}", Integer.toString(10 + random.nextInt(90)))
                        .replace("{d}", "March " + (1 + random.nextInt(27)))).append(k % 2 == 1 ? "\n\n" : " ");
            }
            String title = "Authorities " + what + " (report " + i + ")";
            items.add(new Item("https://news.example/" + seed + "/" + i, outlets[random.nextInt(outlets.length)], title, text.toString(), event));
        }
        return items;
    }
}
