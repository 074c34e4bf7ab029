package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfuse.SharedData;
import org.newsfuse.ingest.SourceDocument;

/** The two seed articles, cleaned, against what a careful reader found in them (../shared/gold/seeds.json). */
class SeedsGoldTest {

    private final RuleBasedCleaner cleaner = new RuleBasedCleaner();

    @Test
    void cleaningMatchesTheGoldReading() throws IOException {
        Path seeds = SharedData.require("seeds");
        JsonNode gold = new ObjectMapper().readTree(SharedData.require("gold/seeds.json").toFile()).get("articles");
        for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) gold::fields) {
            String file = entry.getKey();
            JsonNode expected = entry.getValue();
            String text = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8);
            Article article = cleaner.clean(SourceDocument.of(file, text));

            assertEquals(Optional.of(expected.get("title").asText()), article.title(), file + " title");
            List<String> authors = new ArrayList<>();
            expected.get("authors").forEach(a -> authors.add(a.asText()));
            assertEquals(authors, article.authors(), file + " authors");
            assertEquals(expected.get("outlet").isNull() ? Optional.empty() : Optional.of(expected.get("outlet").asText()),
                    article.outlet(), file + " outlet (unknown when the text never states it)");
            List<String> subheadings = new ArrayList<>();
            if (expected.has("subheadings")) {
                expected.get("subheadings").forEach(s -> subheadings.add(s.asText()));
            }
            assertEquals(subheadings, article.subheadings(), file + " subheadings");

            String body = article.blocks().stream().map(b -> b.text().text()).collect(Collectors.joining("\n"));
            String removed = article.removals().stream().map(Removal::text).collect(Collectors.joining("\n"));
            for (JsonNode notBody : expected.get("not_body")) {
                String item = notBody.asText();
                if (item.startsWith("every paragraph that begins with '")) {
                    String prefix = item.substring("every paragraph that begins with '".length(), item.indexOf('\'', 34));
                    long paragraphs = article.removals().stream()
                            .filter(r -> r.text().startsWith(prefix) && r.reason() == Removal.Reason.CAPTION).count();
                    assertEquals(2, paragraphs, file + ": both copies of the caption beginning " + prefix);
                    assertTrue(!body.contains(prefix), file + ": body still holds " + prefix);
                } else if (item.startsWith("(RELATED:")) {
                    String insert = item.substring(0, item.indexOf(')') + 1);
                    assertTrue(removed.contains(insert), file + ": insert not removed: " + insert);
                    assertTrue(!body.contains("RELATED"), file + ": body still holds the insert");
                    assertTrue(body.contains("which appeared to indicate the impending summit would be canceled."),
                            file + ": the rest of the insert's paragraph must stay");
                } else {
                    assertTrue(removed.contains(item), file + ": not removed: " + item);
                    assertTrue(!body.contains(item), file + ": still in the body: " + item);
                }
            }
        }
    }
}
