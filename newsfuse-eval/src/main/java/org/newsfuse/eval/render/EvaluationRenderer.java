package org.newsfuse.eval.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.newsfuse.eval.cluster.ClusterEvaluation;
import org.newsfuse.eval.rouge.RougeEvaluation;
import org.newsfuse.eval.rouge.RougeOptions;
import org.newsfuse.eval.rouge.RougeScore;
import org.newsfuse.eval.run.AlgorithmResult;
import org.newsfuse.eval.run.DatasetEvaluation;
import org.newsfuse.eval.run.Protocol;
import org.newsfuse.render.Format;
import org.newsfuse.render.Html;

/**
 * Writes evaluation results, the one writer of each kind: summarizer scores on a dataset, clustering
 * scores, and ROUGE (in ROUGE-1.5.5's own layout, CSV or JSON). Stateless and thread-safe.
 */
public final class EvaluationRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** ROUGE's layouts: as ROUGE-1.5.5 prints, one CSV row per score, or JSON. */
    public enum RougeLayout {
        TEXT, CSV, JSON
    }

    private EvaluationRenderer() {
    }

    /** Each algorithm's scores on a dataset: a table (text, Markdown, HTML) or JSON with every ROUGE measure. */
    public static String summaries(DatasetEvaluation.Result result, Protocol protocol, Format format) {
        return switch (format) {
            case TEXT -> table(result, protocol);
            case JSON -> json(result);
            case MARKDOWN -> markdown(result, protocol);
            case HTML -> html(result, protocol);
        };
    }

    private static String table(DatasetEvaluation.Result result, Protocol protocol) {
        StringBuilder out = new StringBuilder();
        String measure = protocol.recall() ? "recall" : "F";
        out.append(String.format(Locale.ROOT, "%nprotocol %s (ROUGE %s x100)%n", protocol.name(), measure));
        out.append(String.format(Locale.ROOT, "%-14s", "algorithm"));
        for (String metric : protocol.headline()) {
            out.append(String.format(Locale.ROOT, "%10s", metric.replace("ROUGE-", "R-")));
        }
        out.append(String.format(Locale.ROOT, "%9s%9s%11s%n", "stories", "seconds", "stories/s"));
        for (AlgorithmResult r : result.results()) {
            out.append(String.format(Locale.ROOT, "%-14s", r.algorithm()));
            for (String metric : protocol.headline()) {
                out.append(String.format(Locale.ROOT, "%10.2f", headline(r, metric, protocol)));
            }
            out.append(String.format(Locale.ROOT, "%9d%9.1f%11.1f%n", r.stories(), r.seconds(), r.storiesPerSecond()));
        }
        return out.toString();
    }

    private static double headline(AlgorithmResult r, String metric, Protocol protocol) {
        RougeScore s = r.metric(metric);
        return 100 * (protocol.recall() ? s.recall() : s.f());
    }

    private static String markdown(DatasetEvaluation.Result result, Protocol protocol) {
        StringBuilder out = new StringBuilder();
        out.append("Protocol ").append(protocol.name()).append(" (ROUGE ").append(protocol.recall() ? "recall" : "F").append(" x100)\n\n");
        out.append("| algorithm |");
        protocol.headline().forEach(m -> out.append(' ').append(m).append(" |"));
        out.append(" stories | seconds | stories/s |\n|---|");
        protocol.headline().forEach(m -> out.append("---:|"));
        out.append("---:|---:|---:|\n");
        for (AlgorithmResult r : result.results()) {
            out.append("| ").append(r.algorithm()).append(" |");
            protocol.headline().forEach(m -> out.append(String.format(Locale.ROOT, " %.2f |", headline(r, m, protocol))));
            out.append(String.format(Locale.ROOT, " %d | %.1f | %.1f |%n", r.stories(), r.seconds(), r.storiesPerSecond()));
        }
        return out.toString();
    }

    private static String html(DatasetEvaluation.Result result, Protocol protocol) {
        StringBuilder out = new StringBuilder(Html.open("newsfuse evaluation"));
        out.append("<h1>Protocol ").append(Html.escape(protocol.name())).append("</h1>\n<table>\n<tr><th>algorithm</th>");
        protocol.headline().forEach(m -> out.append("<th>").append(Html.escape(m)).append("</th>"));
        out.append("<th>stories</th><th>seconds</th><th>stories/s</th></tr>\n");
        for (AlgorithmResult r : result.results()) {
            out.append("<tr><td>").append(Html.escape(r.algorithm())).append("</td>");
            protocol.headline().forEach(m -> out.append(String.format(Locale.ROOT, "<td>%.2f</td>", headline(r, m, protocol))));
            out.append(String.format(Locale.ROOT, "<td>%d</td><td>%.1f</td><td>%.1f</td></tr>%n", r.stories(), r.seconds(),
                    r.storiesPerSecond()));
        }
        return out.append("</table>\n").append(Html.close()).toString();
    }

    private static String json(DatasetEvaluation.Result result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        for (AlgorithmResult r : result.results()) {
            ObjectNode node = results.addObject();
            node.put("algorithm", r.algorithm());
            node.put("protocol", r.protocol());
            node.put("stories", r.stories());
            node.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            node.put("stories_per_second", Math.round(r.storiesPerSecond() * 10) / 10.0);
            ObjectNode rouge = node.putObject("rouge");
            for (RougeScore s : r.rouge()) {
                ObjectNode m = rouge.putObject(s.metric());
                m.put("recall", s.recall());
                m.put("precision", s.precision());
                m.put("f", s.f());
            }
        }
        root.put("lines_read", result.linesRead());
        root.put("lines_skipped", result.linesRejected());
        ArrayNode diagnostics = root.putArray("diagnostics");
        result.diagnostics().forEach(d -> diagnostics.add(d.toLine()));
        return write(root) + "\n";
    }

    /** Clustering scores: B-cubed and pairwise precision, recall and F1, copies flagged, speed. */
    public static String clusters(ClusterEvaluation.Result r, Format format) {
        return switch (format) {
            case JSON -> String.format(Locale.ROOT, "{\"articles\": %d, \"true_stories\": %d, \"found_stories\": %d, \"bcubed\": "
                    + "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}, \"pairwise\": {\"precision\": %.4f, \"recall\": %.4f, "
                    + "\"f1\": %.4f}, \"duplicates\": %d, \"seconds\": %.3f, \"articles_per_second\": %.1f}%n", r.articles(),
                    r.trueStories(), r.foundStories(), r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1(), r.pairPrecision(),
                    r.pairRecall(), r.pairF1(), r.duplicates(), r.seconds(), r.articlesPerSecond());
            case TEXT -> String.format(Locale.ROOT, "articles %d, true stories %d, found %d%n", r.articles(), r.trueStories(),
                    r.foundStories())
                    + String.format(Locale.ROOT, "B-cubed   P %.4f  R %.4f  F1 %.4f%n", r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1())
                    + String.format(Locale.ROOT, "pairwise  P %.4f  R %.4f  F1 %.4f%n", r.pairPrecision(), r.pairRecall(), r.pairF1())
                    + String.format(Locale.ROOT, "syndicated copies flagged %d; %.0f articles/second (clustering only)%n",
                    r.duplicates(), r.articlesPerSecond());
            case MARKDOWN -> String.format(Locale.ROOT, "%d articles, %d true stories, %d found%n%n| measure | P | R | F1 |%n"
                    + "|---|---:|---:|---:|%n| B-cubed | %.4f | %.4f | %.4f |%n| pairwise | %.4f | %.4f | %.4f |%n%n"
                    + "%d syndicated copies flagged; %.0f articles/second (clustering only)%n", r.articles(), r.trueStories(),
                    r.foundStories(), r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1(), r.pairPrecision(), r.pairRecall(),
                    r.pairF1(), r.duplicates(), r.articlesPerSecond());
            case HTML -> Html.open("newsfuse clustering") + String.format(Locale.ROOT, "<p>%d articles, %d true stories, %d found</p>%n"
                    + "<table>%n<tr><th>measure</th><th>P</th><th>R</th><th>F1</th></tr>%n"
                    + "<tr><td>B-cubed</td><td>%.4f</td><td>%.4f</td><td>%.4f</td></tr>%n"
                    + "<tr><td>pairwise</td><td>%.4f</td><td>%.4f</td><td>%.4f</td></tr>%n</table>%n"
                    + "<p>%d syndicated copies flagged; %.0f articles/second (clustering only)</p>%n", r.articles(), r.trueStories(),
                    r.foundStories(), r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1(), r.pairPrecision(), r.pairRecall(),
                    r.pairF1(), r.duplicates(), r.articlesPerSecond()) + Html.close();
        };
    }

    /** ROUGE averages per system and metric (and, with {@code perTopic}, every summary's scores). */
    public static String rouge(RougeEvaluation.Result result, RougeOptions options, RougeLayout layout, boolean perTopic) {
        return switch (layout) {
            case CSV -> rougeCsv(result, perTopic);
            case JSON -> rougeJson(result, options, perTopic);
            case TEXT -> rougeText(result, options, perTopic);
        };
    }

    private static String rougeCsv(RougeEvaluation.Result result, boolean perTopic) {
        StringBuilder out = new StringBuilder("system,topic,metric,recall,precision,f\n");
        if (perTopic) {
            for (RougeEvaluation.TopicResult t : result.topics()) {
                for (RougeScore s : t.scores()) {
                    out.append(String.join(",", t.system(), t.topic(), s.metric(), d5(s.recall()), d5(s.precision()), d5(s.f()))).append('\n');
                }
            }
        } else {
            for (RougeEvaluation.Average a : result.averages()) {
                out.append(String.join(",", a.system(), "average", a.metric(), d5(a.recall()), d5(a.precision()), d5(a.f()))).append('\n');
            }
        }
        return out.toString();
    }

    private static String rougeText(RougeEvaluation.Result result, RougeOptions options, boolean perTopic) {
        StringBuilder out = new StringBuilder();
        String level = String.format(Locale.ROOT, "%s%%", trim(options.confidence()));
        for (RougeEvaluation.Average a : result.averages()) {
            out.append("---------------------------------------------\n");
            out.append(String.format(Locale.ROOT, "%s %s Average_R: %s (%s-conf.int. %s - %s)%n", a.system(), a.metric(), d5(a.recall()),
                    level, d5(a.recallInterval()[0]), d5(a.recallInterval()[1])));
            out.append(String.format(Locale.ROOT, "%s %s Average_P: %s (%s-conf.int. %s - %s)%n", a.system(), a.metric(),
                    d5(a.precision()), level, d5(a.precisionInterval()[0]), d5(a.precisionInterval()[1])));
            out.append(String.format(Locale.ROOT, "%s %s Average_F: %s (%s-conf.int. %s - %s)%n", a.system(), a.metric(), d5(a.f()), level,
                    d5(a.fInterval()[0]), d5(a.fInterval()[1])));
            if (perTopic) {
                out.append(".............................................\n");
                for (RougeEvaluation.TopicResult t : result.topics()) {
                    if (t.system().equals(a.system())) {
                        RougeScore s = t.scores().stream().filter(x -> x.metric().equals(a.metric())).findFirst().orElseThrow();
                        out.append(String.format(Locale.ROOT, "%s %s Eval %s R:%s P:%s F:%s%n", a.system(), a.metric(), t.topic(),
                                d5(s.recall()), d5(s.precision()), d5(s.f())));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String rougeJson(RougeEvaluation.Result result, RougeOptions options, boolean perTopic) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putPOJO("options", options);
        ArrayNode systems = root.putArray("systems");
        String current = null;
        ObjectNode rouge = null;
        for (RougeEvaluation.Average a : result.averages()) {
            if (!a.system().equals(current)) {
                current = a.system();
                ObjectNode system = systems.addObject();
                system.put("system", a.system());
                system.put("topics", a.topics());
                rouge = system.putObject("rouge");
            }
            ObjectNode m = rouge.putObject(a.metric());
            m.put("recall", a.recall());
            m.put("precision", a.precision());
            m.put("f", a.f());
            m.putPOJO("recall_ci", a.recallInterval());
            m.putPOJO("precision_ci", a.precisionInterval());
            m.putPOJO("f_ci", a.fInterval());
        }
        if (perTopic) {
            ArrayNode topics = root.putArray("per_topic");
            for (RougeEvaluation.TopicResult t : result.topics()) {
                for (RougeScore s : t.scores()) {
                    ObjectNode row = topics.addObject();
                    row.put("system", t.system());
                    row.put("topic", t.topic());
                    row.put("metric", s.metric());
                    row.put("recall", s.recall());
                    row.put("precision", s.precision());
                    row.put("f", s.f());
                }
            }
        }
        return write(root) + "\n";
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A score as ROUGE-1.5.5 prints it: five decimals, {@code nan} when undefined. */
    public static String d5(double value) {
        return Double.isNaN(value) ? "nan" : String.format(Locale.ROOT, "%.5f", value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
