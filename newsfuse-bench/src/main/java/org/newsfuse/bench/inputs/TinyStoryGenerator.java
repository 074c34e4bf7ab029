package org.newsfuse.bench.inputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * One story of many tiny fictional articles, as a stories JSONL line: the input of the "compare at scale"
 * benchmark (issue 14). Each article is two or three sentences about one of six fictional towns, five
 * fictional officials, five public works and six actions, with a cost and a duration that vary between
 * articles, so the comparison finds corroborated claims, conflicting figures and indirect quotations at
 * every size. No outlet, no title: every article is an outlet of its own. Seeded: the same arguments
 * always write the same bytes.
 *
 * <p>{@code TinyStoryGenerator ARTICLES SEED OUT.jsonl}, e.g. {@code 10000 14 tiny10k.jsonl}.
 */
public final class TinyStoryGenerator {

    private static final List<String> PLACES = List.of("Millbrook", "Eastbrook", "Port Alder", "Corran", "Westhaven", "Lake Ives");
    private static final List<String> ACTIONS = List.of("funded", "reopened", "repaired", "closed", "delayed", "inspected");
    private static final List<String> WORKS = List.of("ferry pier", "rail crossing", "harbor wall", "river road", "bridge");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Friday");
    private static final List<String> PEOPLE = List.of("Oren Castellano", "Tomas Brandt", "Hana Oduya", "Dana Whitfield", "Ida Marsh");
    private static final List<String> MONTHS = List.of("March", "June", "October");

    private TinyStoryGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TinyStoryGenerator ARTICLES SEED OUT.jsonl");
            System.exit(64);
        }
        int articles = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            write(articles, seed, out);
        }
    }

    /** Writes the story as one JSONL line. */
    static void write(int articles, long seed, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(seed);
        ObjectNode story = mapper.createObjectNode();
        story.put("id", "tiny");
        ArrayNode documents = story.putArray("documents");
        for (int i = 0; i < articles; i++) {
            ObjectNode document = documents.addObject();
            document.put("id", "a" + i);
            document.putNull("source");
            document.putNull("title");
            document.put("date", "2024-05-0" + (1 + random.nextInt(9)));
            document.put("text", article(random));
        }
        out.write(mapper.writeValueAsString(story));
        out.write('\n');
    }

    private static String article(Random random) {
        String place = pick(random, PLACES);
        String work = pick(random, WORKS);
        StringBuilder text = new StringBuilder()
                .append("Officials in ").append(place).append(' ').append(pick(random, ACTIONS)).append(" the ").append(work)
                .append(" on ").append(pick(random, DAYS)).append(", ").append(pick(random, PEOPLE)).append(" said.")
                .append(" The work will cost about ").append(1 + random.nextInt(9)).append(" million dollars and take ")
                .append(2 + random.nextInt(11)).append(" weeks.");
        if (random.nextBoolean()) {
            String detour = pick(random, WORKS);
            while (detour.equals(work)) {
                detour = pick(random, WORKS);
            }
            text.append(" Residents of ").append(place).append(" were told to use the ").append(detour).append(" until ")
                    .append(pick(random, MONTHS)).append('.');
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
