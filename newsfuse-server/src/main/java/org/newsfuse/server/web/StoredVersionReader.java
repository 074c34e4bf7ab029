package org.newsfuse.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsfuse.base.Span;
import org.newsfuse.compare.Comparison;
import org.newsfuse.summarize.Citation;

/**
 * Reads a stored story version back: the summary as {@code summarize --format json} writes one story,
 * and the comparison as {@code compare --format json} writes one. Thread-safe.
 */
final class StoredVersionReader {

    private final ObjectMapper json = new ObjectMapper();

    /** A stored summary document read once: its sentences and what cleaning found about each article. */
    record StoredSummary(List<CitedSentence> sentences, Map<String, Cleaned> articles) {
    }

    StoredSummary read(String summaryJson) {
        JsonNode story = story(summaryJson);
        return new StoredSummary(summary(story), articles(story));
    }

    /** The summary's sentences with their citations. */
    private List<CitedSentence> summary(JsonNode story) {
        List<CitedSentence> sentences = new ArrayList<>();
        for (JsonNode s : story.path("summary")) {
            List<Citation> citations = new ArrayList<>();
            for (JsonNode c : s.path("sources")) {
                citations.add(new Citation(c.path("article").asText(), c.path("outlet").asText("unknown"), span(c),
                        c.path("similarity").asDouble()));
            }
            sentences.add(new CitedSentence(s.path("text").asText(), s.path("support").asInt(), citations));
        }
        return sentences;
    }

    /** What cleaning found about each article (outlet, title, authors), by article id. */
    private Map<String, Cleaned> articles(JsonNode story) {
        Map<String, Cleaned> articles = new HashMap<>();
        for (JsonNode a : story.path("articles")) {
            List<String> authors = new ArrayList<>();
            a.path("authors").forEach(n -> authors.add(n.asText()));
            articles.put(a.path("id").asText(), new Cleaned(text(a, "outlet"), text(a, "title"), authors));
        }
        return articles;
    }

    /** The comparison: claims, quotes, entities and timeline. */
    Comparison comparison(String storyId, String comparisonJson) {
        JsonNode root = story(comparisonJson);
        List<Comparison.Claim> claims = new ArrayList<>();
        for (JsonNode c : root.path("claims")) {
            List<Comparison.Value> values = new ArrayList<>();
            for (JsonNode v : c.path("values")) {
                values.add(new Comparison.Value(v.path("article").asText(), v.path("outlet").asText("unknown"), v.path("text").asText()));
            }
            Comparison.Status status = Comparison.Status.valueOf(c.path("status").asText("single-source")
                    .toUpperCase(Locale.ROOT).replace('-', '_'));
            claims.add(new Comparison.Claim(c.path("text").asText(), status, supports(c), values));
        }
        List<Comparison.Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            Comparison.QuoteKind kind = Comparison.QuoteKind.valueOf(q.path("kind").asText("direct").toUpperCase(Locale.ROOT));
            quotes.add(new Comparison.Quote(q.path("text").asText(), kind, text(q, "speaker"), supports(q), List.of()));
        }
        List<Comparison.Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(n -> aliases.add(n.asText()));
            List<String> articles = new ArrayList<>();
            e.path("articles").forEach(n -> articles.add(n.asText()));
            entities.add(new Comparison.Entity(e.path("name").asText(),
                    Comparison.EntityType.valueOf(e.path("type").asText("PERSON").toUpperCase(Locale.ROOT)), aliases, articles));
        }
        List<Comparison.TimelineEvent> timeline = new ArrayList<>();
        for (JsonNode t : root.path("timeline")) {
            timeline.add(new Comparison.TimelineEvent(t.path("when").asText(), t.path("resolved").asBoolean(), t.path("text").asText(),
                    supports(t)));
        }
        return new Comparison(storyId, claims, quotes, entities, timeline);
    }

    /** An article's metadata as cleaning found it. */
    record Cleaned(Optional<String> outlet, Optional<String> title, List<String> authors) {
    }

    private List<Comparison.Support> supports(JsonNode item) {
        List<Comparison.Support> supports = new ArrayList<>();
        for (JsonNode s : item.path("articles")) {
            supports.add(new Comparison.Support(s.path("article").asText(), s.path("outlet").asText("unknown"), span(s)));
        }
        return supports;
    }

    private static Span span(JsonNode node) {
        int start = Math.max(0, node.path("start").asInt());
        return new Span(start, Math.max(start, node.path("end").asInt()));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The one story of a document; a document of several stories ({@code {"stories": [...]}}) gives its first. */
    private JsonNode story(String document) {
        try {
            JsonNode root = json.readTree(document);
            return root.has("stories") ? root.path("stories").path(0) : root;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored story version is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
