package org.newsfuse.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.server.NewsService;
import org.newsfuse.server.Problem;
import org.newsfuse.server.ProblemException;
import org.newsfuse.server.ProblemMapper;
import org.newsfuse.server.RouteRegistrar;
import org.newsfuse.server.ingest.IngestOutcome;
import org.newsfuse.server.ingest.IngestReceipt;
import org.newsfuse.server.ingest.InvalidArticle;
import org.newsfuse.server.ingest.ArticleSubmission;

/**
 * Articles in and out: {@code POST /api/articles} (one JSON article or an array), {@code POST
 * /api/articles/batch} (articles JSONL as a stream), {@code GET /api/articles/{id}}.
 */
public final class ArticleRoutes implements RouteRegistrar {

    /** JSONL lines stored per transaction group while a batch streams in. */
    private static final int STREAM_CHUNK = 128;

    @Override
    public void register(RoutesConfig routes, NewsService service) {
        routes.post("/api/articles", ctx -> post(ctx, service));
        routes.post("/api/articles/batch", ctx -> batch(ctx, service));
        routes.get("/api/articles/{id}", ctx -> {
            long id = Params.id(ctx, "id");
            ApiJson.send(ctx, 200, ApiJson.article(service.store().article(id)
                    .orElseThrow(() -> ProblemException.notFound("no article " + id))));
        });
    }

    private static void post(Context ctx, NewsService service) throws JsonProcessingException {
        byte[] body = RequestBodies.read(ctx, service.config().maxBodyBytes());
        boolean array = firstByte(body) == '[';
        List<ArticleJson> articles = ArticleJson.parse(body);
        if (!array) {
            IngestReceipt receipt = service.ingestor().ingest(articles.get(0).toSubmission("", "POST /api/articles"));
            ApiJson.send(ctx, receipt.duplicate() ? 200 : 201, receipt(receipt));
            return;
        }
        if (articles.isEmpty()) {
            throw ProblemException.badRequest(null, "the array is empty");
        }
        // structure first: a field of the wrong kind anywhere rejects the request before anything is stored
        List<ArticleSubmission> submissions = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            submissions.add(articles.get(i).toSubmission("[" + i + "].", "POST /api/articles[" + i + "]"));
        }
        List<IngestOutcome> outcomes = service.ingestor().ingestEach(submissions, false);
        ObjectNode response = ApiJson.MAPPER.createObjectNode();
        ArrayNode results = response.putArray("articles");
        int rejected = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            IngestOutcome outcome = outcomes.get(i);
            if (outcome.receipt().isPresent()) {
                results.add(receipt(outcome.receipt().get()).put("index", i));
            } else {
                rejected++;
                InvalidArticle why = outcome.rejected().orElseThrow();
                ObjectNode r = results.addObject().put("index", i).put("error", why.getMessage());
                String prefix = "[" + i + "].";
                why.field().ifPresent(f -> r.put("field", prefix + f));
            }
        }
        response.put("stored", outcomes.size() - rejected);
        response.put("rejected", rejected);
        ApiJson.send(ctx, rejected == 0 ? 201 : rejected == outcomes.size() ? 422 : 207, response);
    }

    /**
     * Articles JSONL, read as it streams in: every usable line is stored (in groups of
     * {@value #STREAM_CHUNK}), every unusable one is reported with its line number, and the answer
     * comes when the stream ends, after everything in it was committed.
     */
    private static void batch(Context ctx, NewsService service) {
        long maxLine = service.config().maxBodyBytes();
        long maxTotal = service.config().maxBatchBytes();
        if (ctx.req().getContentLengthLong() > maxTotal) {
            throw RequestBodies.tooLarge(maxTotal);
        }
        ObjectNode response = ApiJson.MAPPER.createObjectNode();
        ArrayNode stored = ApiJson.MAPPER.createArrayNode();
        ArrayNode errors = ApiJson.MAPPER.createArrayNode();
        int[] counts = new int[3];
        List<ArticleSubmission> chunk = new ArrayList<>();
        List<Integer> chunkLines = new ArrayList<>();
        try (InputStream in = ctx.req().getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long total = 0;
            int lineNumber = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                total += line.length() + 1;
                if (total > maxTotal) {
                    throw RequestBodies.tooLarge(maxTotal);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > maxLine) {
                    errors.addObject().put("line", lineNumber).put("error", "line longer than " + maxLine + " characters");
                    continue;
                }
                try {
                    ArticleJson article = ArticleJson.ONE.readValue(line);
                    if (article == null) {
                        throw ProblemException.badRequest(null, "null is not an article");
                    }
                    chunk.add(article.toSubmission("", "batch line " + lineNumber));
                    chunkLines.add(lineNumber);
                } catch (JsonProcessingException e) {
                    Problem p = ProblemMapper.malformedJson(e);
                    ObjectNode err = errors.addObject().put("line", lineNumber).put("error", p.detail());
                    p.field().ifPresent(f -> err.put("field", f));
                } catch (ProblemException e) {
                    ObjectNode err = errors.addObject().put("line", lineNumber).put("error", e.problem().detail());
                    e.problem().field().ifPresent(f -> err.put("field", f));
                }
                if (chunk.size() == STREAM_CHUNK) {
                    flush(service, chunk, chunkLines, stored, errors, counts);
                }
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "Bad request", "the request body could not be read to its end; "
                    + counts[0] + " articles were stored before it broke off"));
        }
        flush(service, chunk, chunkLines, stored, errors, counts);
        response.put("stored", counts[0]);
        response.put("duplicates", counts[1]);
        response.put("rejected", errors.size());
        response.set("articles", stored);
        response.set("errors", errors);
        ApiJson.send(ctx, 200, response);
    }

    private static void flush(NewsService service, List<ArticleSubmission> chunk, List<Integer> lines, ArrayNode stored, ArrayNode errors,
                              int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        List<IngestOutcome> outcomes = service.ingestor().ingestEach(chunk, true);
        for (int i = 0; i < outcomes.size(); i++) {
            IngestOutcome o = outcomes.get(i);
            int line = lines.get(i);
            if (o.receipt().isPresent()) {
                IngestReceipt r = o.receipt().get();
                counts[r.duplicate() ? 1 : 0]++;
                stored.add(receipt(r).put("line", line));
            } else {
                InvalidArticle why = o.rejected().orElseThrow();
                ObjectNode err = errors.addObject().put("line", line).put("error", why.getMessage());
                why.field().ifPresent(f -> err.put("field", f));
            }
        }
        chunk.clear();
        lines.clear();
    }

    private static ObjectNode receipt(IngestReceipt r) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("id", r.article());
        o.put("story", r.story());
        o.put("duplicate", r.duplicate());
        o.put("url", "/api/articles/" + r.article());
        return o;
    }

    private static int firstByte(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b;
            }
        }
        return -1;
    }
}
