package org.newsfuse.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsfuse.SharedData;

/**
 * The small inputs the tests write for themselves, from the project's own example story (fictional),
 * its HTML fixture page, and the two seed articles in {@code ../shared/seeds}.
 */
final class TestCorpus {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestCorpus() {
    }

    /** One article: id, outlet (or null), date (or null), text. */
    /** A news page in French (our own words), which newsfuse refuses by its language. */
    private static final String FRENCH = "Le pont du port restera fermé jusqu'à lundi\n\nLe pont du port restera fermé jusqu'à lundi, a"
            + " annoncé vendredi le service des transports de la ville, après la découverte d'une fissure dans une poutre de la travée"
            + " est. Les ingénieurs estiment que les réparations dureront encore trois jours et que la circulation sera déviée par le"
            + " tunnel, ce qui allongera les trajets d'une quarantaine de minutes pour les habitants des quartiers du nord.";

    record Article(String id, String source, String date, String text) {
    }

    /** The bundled example: three fictional outlets on the Harbor Bridge closure. */
    static List<Article> harborBridge() throws IOException {
        Path dir = SharedData.repositoryRoot().resolve("examples/harbor-bridge");
        Map<String, String> outlets = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("outlets.txt"))) {
            if (!line.startsWith("#") && line.contains("=")) {
                outlets.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
            }
        }
        List<Article> out = new ArrayList<>();
        for (String name : List.of("coastline.txt", "courier.txt", "meridian.txt")) {
            out.add(new Article(name, outlets.get(name), "2024-03-05", Files.readString(dir.resolve(name))));
        }
        return out;
    }

    /** The two seed articles (one event, two outlets). */
    static List<Article> seeds() throws IOException {
        Path dir = SharedData.require("seeds");
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                out.add(new Article(file.getFileName().toString(), null, "2019-01-18", Files.readString(file)));
            }
        }
        return out;
    }

    /** A stories JSONL line. */
    static String storyLine(String id, List<Article> articles) {
        ObjectNode story = MAPPER.createObjectNode();
        story.put("id", id);
        ArrayNode documents = story.putArray("documents");
        articles.forEach(a -> documents.add(articleNode(a)));
        return story.toString();
    }

    /** An articles JSONL line. */
    /**
     * A subject that never goes quiet (fictional): a drought report every ten days for half a year, each
     * naming another town, from four outlets.
     */
    static List<Article> droughtEveryTenDays() {
        String[] drought = {
                "The regional water authority declared a drought emergency after reservoirs fell to a third of capacity.",
                "Reservoirs at a third of capacity led the water authority to declare a drought emergency and ban garden watering.",
                "Drought emergency: water authority bans garden watering as reservoirs fall to a third of capacity."};
        String[] towns = {"Alder Creek", "Birchmoor", "Cobble Hill", "Dunmere", "Elmstead", "Fernvale", "Glenrock", "Hollowell",
                "Ivybridge", "Juniper Flats", "Kestrel Bay", "Larkspur", "Millbrook", "Northwick", "Oakhaven", "Pebble Ford", "Quarry End",
                "Rushmoor", "Stonegate"};
        List<Article> out = new java.util.ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.parse("2031-01-01");
        for (int i = 0; i < towns.length; i++) {
            out.add(new Article("d" + i, "Outlet " + i % 4, day.plusDays(10L * i).toString(), drought[i % 3] + " " + drought[(i + 1) % 3]
                    + " In " + towns[i] + ", the council opened a standpipe on the market square and asked residents to report leaking "
                    + "mains to its new hotline number " + (100 + i) + "."));
        }
        return out;
    }

    static String articleLine(Article a) {
        return articleNode(a).toString();
    }

    private static ObjectNode articleNode(Article a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("source", a.source());
        node.put("date", a.date());
        node.put("text", a.text());
        return node;
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** An article as a plain news page: headline, byline paragraph and body paragraphs. */
    static String page(Article a) {
        String[] paragraphs = a.text().strip().split("\n\\s*\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(paragraphs[0])).append("</title>");
        if (a.source() != null) {
            html.append("<meta property=\"og:site_name\" content=\"").append(escape(a.source())).append("\">");
        }
        html.append("</head><body><article><h1>").append(escape(paragraphs[0])).append("</h1>");
        for (int i = 1; i < paragraphs.length; i++) {
            html.append("<p>").append(escape(paragraphs[i].strip())).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A gzipped WARC as a crawler writes one: for each page a request and its response. The pages are
     * the core's HTML fixture page and the example story as pages; then three records that are not
     * articles: a page in French, a PNG image, an empty page, and a page that is only navigation.
     */
    static Path warc(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path fixture = SharedData.repositoryRoot().resolve("newsfuse-core/src/test/resources/html/harbor-bridge-tribune.html");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            // the fixture page is dated 2031-03-06; the example pages carry no date of their own and take the crawl's
            Instant when = Instant.parse("2031-03-06T14:00:00Z");
            response(writer, "https://tribune.example/harbor-bridge", MediaType.HTML_UTF8, Files.readAllBytes(fixture), when);
            for (Article a : harborBridge()) {
                response(writer, "https://" + a.id().replace(".txt", "") + ".example/bridge", MediaType.HTML_UTF8,
                        page(a).getBytes(StandardCharsets.UTF_8), when);
            }
            response(writer, "https://tribune.example/logo.png", MediaType.parse("image/png"),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, when);
            response(writer, "https://tribune.example/fr/pont", MediaType.HTML_UTF8, page(new Article("pont.txt", "La Tribune", "2024-03-05",
                    FRENCH)).getBytes(StandardCharsets.UTF_8), when);
            response(writer, "https://tribune.example/empty", MediaType.HTML_UTF8,
                    "<!DOCTYPE html><html><head><title></title></head><body></body></html>".getBytes(StandardCharsets.UTF_8), when);
        }
        return file;
    }

    private static void response(WarcWriter writer, String url, MediaType type, byte[] body, Instant when) throws IOException {
        writer.write(new WarcRequest.Builder(URI.create(url)).date(when)
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost()).build())
                .build());
        writer.write(new WarcResponse.Builder(URI.create(url)).date(when)
                .body(new HttpResponse.Builder(200, "OK").body(type, body).build()).build());
    }

    static String json(Object value) throws IOException {
        return MAPPER.writeValueAsString(value);
    }
}
