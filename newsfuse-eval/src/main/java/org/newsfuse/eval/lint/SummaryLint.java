package org.newsfuse.eval.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts the sentences of {@code summarize --format json} output that a reader cannot follow on their
 * own, by the same two definitions as the shared summary lint, written independently of the summarizer's
 * own rules (a check that reused them would pass whatever they got wrong):
 * <ul>
 *   <li><b>opener</b>: the sentence begins with a pronoun or a connective (He, It, This, But, However,
 *   The two, ...) and the summary sentence shown before it is not the sentence just before it in the
 *   same article (their source spans are 0 to 3 characters apart);</li>
 *   <li><b>quote-only</b>: the sentence begins with a quotation mark and, outside its quotations, has
 *   neither a verb of saying ("said", "told", "according", ...) nor a capitalised word.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SummaryLint {

    private static final Pattern OPENS_WITH_REFERENCE = Pattern.compile(
            "^(?:He|She|They|It|His|Her|Their|Its|This|These|That|Those|But|However|Still|Also|And|Meanwhile|Instead|Yet|So"
                    + "|Then|The two|Both)\\b");
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks"
            + "|according|stated|states|explained|explains|noted|notes|insisted|argued|argues|recalled)\\b");
    private static final Pattern QUOTATION = Pattern.compile("[\"“][^\"”]*[\"”]");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");
    private static final Pattern OPENS_WITH_QUOTATION_MARK = Pattern.compile("^\\s*[\"“]");
    /** Spans this far apart or closer are consecutive sentences (a space or a paragraph break between). */
    private static final int MAX_GAP = 3;

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The counts.
     *
     * @param stories           stories read
     * @param sentences         summary sentences read
     * @param openers           sentences with an opener whose referent is not on the page
     * @param quoteOnly         quotations without a speaker
     * @param storiesWithEither stories with at least one of either
     * @param examples          the first few offending sentences
     */
    public record Result(int stories, int sentences, int openers, int quoteOnly, int storiesWithEither, List<String> examples) {

        public Result {
            examples = List.copyOf(examples);
        }

        public double openerRate() {
            return sentences == 0 ? 0 : (double) openers / sentences;
        }

        public double quoteOnlyRate() {
            return sentences == 0 ? 0 : (double) quoteOnly / sentences;
        }
    }

    /** Lints one story object or a {@code {"stories": [...]}} document. */
    public Result lint(String json) {
        try {
            return lint(mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    public Result lint(JsonNode document) {
        List<JsonNode> stories = new ArrayList<>();
        if (document.has("stories")) {
            document.get("stories").forEach(stories::add);
        } else {
            stories.add(document);
        }
        int sentences = 0;
        int openers = 0;
        int quoteOnly = 0;
        int storiesWithEither = 0;
        List<String> examples = new ArrayList<>();
        for (JsonNode story : stories) {
            boolean flagged = false;
            JsonNode previous = null;
            for (JsonNode sentence : story.path("summary")) {
                sentences++;
                String text = sentence.path("text").asText().strip();
                JsonNode own = sentence.path("sources").path(0);
                if (OPENS_WITH_REFERENCE.matcher(text).lookingAt() && !follows(previous, own)) {
                    openers++;
                    flagged = true;
                    example(examples, text);
                }
                if (isQuoteOnly(text)) {
                    quoteOnly++;
                    flagged = true;
                    example(examples, text);
                }
                previous = own;
            }
            storiesWithEither += flagged ? 1 : 0;
        }
        return new Result(stories.size(), sentences, openers, quoteOnly, storiesWithEither, examples);
    }

    /** Whether {@code own} is the sentence right after {@code previous} in the same article. */
    private static boolean follows(JsonNode previous, JsonNode own) {
        if (previous == null || !previous.path("article").asText("\0").equals(own.path("article").asText("\1"))) {
            return false;
        }
        long gap = own.path("start").asLong(-1) - previous.path("end").asLong(Long.MIN_VALUE / 2);
        return gap >= 0 && gap <= MAX_GAP;
    }

    private static boolean isQuoteOnly(String text) {
        if (!OPENS_WITH_QUOTATION_MARK.matcher(text).lookingAt()) {
            return false;
        }
        String outside = QUOTATION.matcher(text).replaceAll(" ");
        return !SAYING.matcher(outside).find() && !CAPITALISED.matcher(outside).find();
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 10) {
            examples.add(text);
        }
    }
}
