package org.newsfuse.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the article out of a news web page: metadata from JSON-LD ({@code NewsArticle} and kin), Open
 * Graph and {@code article:*} meta tags, {@code <time>} and {@code <link rel=canonical>}; the main text
 * from Readability4J (a port of Mozilla's Readability) after removing the page furniture that
 * Readability tends to keep (figure captions, share and newsletter widgets, related-link lists,
 * comments, paywall notices), falling back to the JSON-LD {@code articleBody} when the page carries one
 * and Readability finds little. Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

    /** Never article text. */
    /** Never article text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg", "form",
            "button", "nav", "aside", "footer", "figure", "figcaption", "img", "picture", "video", "audio", "source", "link", "meta",
            "input", "select", "textarea", "object", "embed", "canvas");
    private static final java.util.regex.Pattern HIDDEN_STYLE = java.util.regex.Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /**
     * Words that, as a token of an element's class (tokens split at spaces, hyphens and underscores),
     * name page furniture; such elements are removed only when small next to the page's text.
     */
    private static final Set<String> FURNITURE_CLASS_WORDS = Set.of("share", "sharing", "social", "newsletter", "related",
            "recommend", "promo", "subscribe", "paywall", "comment", "comments", "outbrain", "taboola", "advert", "ad", "ads",
            "sponsor", "caption", "breadcrumb", "breadcrumbs", "tag", "tags", "signup", "disclaimer", "copyright",
            "author-bio", "read-more", "more-stories", "sign-up");
    /** The same for ids, a narrower list. */
    private static final Set<String> FURNITURE_ID_WORDS = Set.of("share", "social", "newsletter", "related", "recommend",
            "promo", "subscribe", "paywall", "comment", "comments", "outbrain", "taboola", "advert", "sponsor", "tag", "tags");
    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[-_\\s]+");

    /** Whether a class or id value has one of the words as a token (or two adjacent tokens joined by a hyphen). */
    private static boolean namesFurniture(String value, Set<String> words) {
        String[] tokens = NAME_SEPARATORS.split(value.toLowerCase(Locale.ROOT));
        for (int i = 0; i < tokens.length; i++) {
            if (words.contains(tokens[i]) || i + 1 < tokens.length && words.contains(tokens[i] + "-" + tokens[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static final double FURNITURE_SHARE = 0.25;
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr",
            "dd", "dt", "div", "section", "article", "table", "ul", "ol", "br");

    private final ObjectMapper mapper = new ObjectMapper();

    /** Extracts from already-decoded HTML. Never throws for odd markup: the worst case is empty text. */
    public HtmlPage extract(String html, String baseUri) {
        return extract(() -> Jsoup.parse(html, baseUri), baseUri);
    }

    /**
     * Extracts from the page's bytes, honouring a byte-order mark or {@code <meta charset>} and reading
     * UTF-8 otherwise.
     */
    public HtmlPage extract(byte[] bytes, String baseUri) {
        return extract(() -> {
            try {
                return Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, baseUri);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("reading an in-memory page failed", e);
            }
        }, baseUri);
    }

    /** Parses the page (again, in the rare case a second look is needed: cheaper than copying every page). */
    private HtmlPage extract(java.util.function.Supplier<Document> parse, String baseUri) {
        Document document = parse.get();
        Metadata meta = metadata(document);
        String text = readability(mainPart(withoutFurniture(document), baseUri), baseUri);
        String method = "readability";
        if (text.length() < MIN_ARTICLE_CHARS) {
            // the furniture rules took the article with them (or Readability picked a teaser): retry on the whole page
            String retry = readability(parse.get(), baseUri);
            if (retry.length() > text.length()) {
                text = retry;
                method = "readability-whole-page";
            }
        }
        text = trimEdges(text, meta.title);
        if (meta.articleBody != null && meta.articleBody.length() > Math.max(200, text.length() * 1.2)) {
            text = meta.articleBody.strip().replaceAll("\\s*\\n\\s*", "\n\n");
            method = "json-ld";
        }
        return new HtmlPage(text, Optional.ofNullable(meta.title), meta.authors, Optional.ofNullable(meta.published),
                Optional.ofNullable(meta.siteName), Optional.ofNullable(meta.canonical), Optional.ofNullable(meta.language), method);
    }

    /**
     * The text of an element, one block per paragraph, blank lines between; paragraphs that are mostly
     * link text (menus, "read more" lists, tag clouds) are left out.
     */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        Paragraph current = new Paragraph();
        // iterative, so that thousands of nested elements cannot overflow the stack
        int[] openLinks = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(collapseWhitespace(t.getWholeText()), openLinks[0] > 0);
                } else if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        current.flushInto(out);
                    }
                    if (e.normalName().equals("a")) {
                        openLinks[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        openLinks[0]--;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        current.flushInto(out);
                    }
                }
            }
        }, root);
        current.flushInto(out);
        return out.toString().strip();
    }

    /** The paragraph being assembled, and how much of it is link text. */
    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        int linked;

        void append(String s, boolean inLink) {
            if (text.length() == 0) {
                s = s.stripLeading();
            }
            text.append(s);
            if (inLink) {
                linked += s.strip().length();
            }
        }

        void flushInto(StringBuilder out) {
            String paragraph = text.toString().strip();
            boolean mostlyLinks = paragraph.length() > 0 && linked > MAX_LINK_SHARE * paragraph.length();
            if (!paragraph.isEmpty() && !mostlyLinks) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(paragraph);
            }
            text.setLength(0);
            linked = 0;
        }
    }

    private static final double MAX_LINK_SHARE = 0.6;
    /** Runs of whitespace (non-breaking spaces included) as one space. */
    private static String collapseWhitespace(String s) {
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || c == '\u00A0';
            if (isSpace && (space || c != ' ') && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !(isSpace && space)) {
                out.append(isSpace ? ' ' : c);
            }
            space = isSpace;
        }
        return out == null ? s : out.toString();
    }

    private static final int MIN_ARTICLE_CHARS = 300;

    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "(?i)^(published|updated|posted|last updated)?[:\\s]*((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?"
                    + "([a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+[a-z]{3,9}\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
                    + "([\\s,/|-]+(at\\s+)?\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*[a-z]{0,4})?\\s*$");
    /** "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ...": page metadata printed inside the article. */
    private static final java.util.regex.Pattern PUBLISHED_LINE = java.util.regex.Pattern.compile(
            "(?i)^(published|updated|posted|last updated|first published)\\b.{0,120}\\b(19|20)\\d\\d\\b.*");
    private static final java.util.regex.Pattern TRAILING_FURNITURE = java.util.regex.Pattern.compile(
            "(?i)^(follow (us|@?\\w+) on|share this|comments?$|related:).*");

    /**
     * Drops what Readability keeps at the edges of an article: the headline repeated, a bare URL, a
     * date line, a short label ("Highlights", "Text size"), leaked script text; and at the end,
     * follow-us and share lines and one- or two-word leftovers. (Copyright lines stay: the benchmark's
     * truth keeps them as often as not, and the cleaning stage removes them with a report anyway.)
     */
    static String trimEdges(String text, String title) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        paragraphs.removeIf(p -> p.length() < 160 && PUBLISHED_LINE.matcher(p.strip()).matches());
        String normalisedTitle = title == null ? null : title.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        while (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0).strip();
            String lower = first.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            boolean headline = normalisedTitle != null && (lower.equals(normalisedTitle) || normalisedTitle.startsWith(lower) && lower.length() > 20);
            boolean label = first.length() < 30 && first.split("\\s+").length <= 3 && !first.matches(".*[.!?\"”。！？]$");
            if (headline || label || first.matches("(?i)^https?://\\S+$") || DATE_LINE.matcher(first).matches() || first.startsWith("/*")) {
                paragraphs.remove(0);
            } else {
                break;
            }
        }
        while (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1).strip();
            if (TRAILING_FURNITURE.matcher(last).matches()
                    || last.length() < 20 && last.split("\\s+").length <= 2 && !last.matches(".*[.!?\"”。！？]$")) {
                paragraphs.remove(paragraphs.size() - 1);
            } else {
                break;
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** The page's body after pruning, and the elements that may hold the whole article. */
    private record Pruned(Document page, List<Element> articles, List<Element> articleBodies, int textLength) {
    }

    /**
     * One pass over the body: removes what is never article text (by tag, or hidden), and what class or
     * id names as furniture when it is small next to the page's text; remembers {@code <article>} and
     * {@code itemprop=articleBody} elements for {@link #mainPart}.
     */
    private static Pruned withoutFurniture(Document page) {
        List<Element> articles = new ArrayList<>();
        List<Element> bodies = new ArrayList<>();
        if (page.body() == null) {
            return new Pruned(page, articles, bodies, 0);
        }
        List<Element> furniture = new ArrayList<>();
        List<Element> likely = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            String tag = e.normalName();
            if (FURNITURE_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                furniture.add(e);
                continue;
            }
            String className = e.attr("class");
            String id = e.attr("id");
            if (!className.isEmpty() && namesFurniture(className, FURNITURE_CLASS_WORDS)
                    || !id.isEmpty() && namesFurniture(id, FURNITURE_ID_WORDS)) {
                likely.add(e);
            }
            if (tag.equals("article")) {
                articles.add(e);
            }
            if ("articleBody".equals(e.attr("itemprop"))) {
                bodies.add(e);
            }
        }
        furniture.forEach(Element::remove);
        int pageText = textLength(page.body());
        for (Element candidate : likely) {
            if (candidate.parent() != null && textLength(candidate) < FURNITURE_SHARE * pageText) {
                candidate.remove();
            }
        }
        articles.removeIf(e -> !isAttached(e, page));
        bodies.removeIf(e -> !isAttached(e, page));
        return new Pruned(page, articles, bodies, textLength(page.body()));
    }

    private static boolean isAttached(Element e, Document page) {
        Element at = e;
        while (at.parent() != null) {
            at = at.parent();
        }
        return at == page;
    }

    /** Characters of text under an element, counted without building the string. */
    private static int textLength(Element element) {
        int[] length = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                length[0] += t.getWholeText().length();
            }
        }, element);
        return length[0];
    }

    /**
     * When one {@code <article>} (or element marked as the article body, or else the parent of the
     * element whose paragraphs hold the most text) holds most of the page's text, only it goes to
     * Readability: the same result for a fraction of the work.
     */
    private static Document mainPart(Pruned pruned, String baseUri) {
        Document page = pruned.page();
        if (page.body() == null) {
            return page;
        }
        List<Element> marked = pruned.articleBodies().size() == 1 ? pruned.articleBodies() : pruned.articles();
        if (marked.size() != 1) {
            // no marked article: the block whose paragraphs hold the most text, with its parent for headings
            Element densest = densestParagraphContainer(page.body());
            marked = densest == null ? List.of() : List.of(densest.parent() != null && densest.parent() != page.body() ? densest.parent() : densest);
        }
        if (marked.size() == 1 && textLength(marked.get(0)) >= MAIN_PART_SHARE * pruned.textLength()) {
            Document part = Document.createShell(baseUri);
            part.title(page.title());
            part.body().appendChild(marked.get(0));
            return part;
        }
        return page;
    }

    private static final double MAIN_PART_SHARE = 0.6;

    /** The element whose own {@code <p>} children hold the most text. */
    private static Element densestParagraphContainer(Element body) {
        java.util.Map<Element, Integer> text = new java.util.IdentityHashMap<>();
        for (Element p : body.getElementsByTag("p")) {
            Element parent = p.parent();
            if (parent != null) {
                text.merge(parent, textLength(p), Integer::sum);
            }
        }
        return text.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /**
     * Readability4J recurses once per level of nesting and edits the page as it goes. A stack overflow
     * half-way through leaves the page mangled, and whether it overflows at all depends on the JIT, so
     * pages nested deeper than this are never handed to it: their paragraphs are read directly.
     */
    private static final int MAX_READABILITY_DEPTH = 256;

    private static int nestingDepth(Element root) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0];
    }

    private static String readability(Document page, String baseUri) {
        if (page.body() != null && nestingDepth(page.body()) > MAX_READABILITY_DEPTH) {
            return paragraphs(page.body());
        }
        try {
            Element content = new Readability4J(baseUri, page).parse().getArticleContent();
            return content == null ? "" : paragraphs(content);
        } catch (RuntimeException e) {
            // Readability4J can fail on pathological markup; the caller falls back. A stack overflow that a
            // library wrapped on its way out is deep nesting all the same: read the paragraphs without it
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof StackOverflowError) {
                    return page.body() == null ? "" : paragraphs(page.body());
                }
            }
            return "";
        } catch (StackOverflowError e) {
            // Readability4J recurses once per level of nesting, and a few thousand nested elements overflow
            // the stack: the stack has unwound here, so fall back to reading the paragraphs without it
            return page.body() == null ? "" : paragraphs(page.body());
        }
    }

    /** Page metadata, most specific source first. */
    private static final class Metadata {
        String title;
        final List<String> authors = new ArrayList<>();
        String published;
        String siteName;
        String canonical;
        String language;
        String articleBody;
    }

    private static final Set<String> METADATA_TAGS = Set.of("meta", "script", "time", "link", "h1");

    private Metadata metadata(Document document) {
        Metadata meta = new Metadata();
        // one pass over the page for every tag the metadata comes from
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        List<String> metaAuthors = new ArrayList<>();
        String time = null;
        String canonical = null;
        String h1 = null;
        List<Element> elements = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el && METADATA_TAGS.contains(el.normalName())) {
                elements.add(el);
            }
        }, document);
        for (Element e : elements) {
            switch (e.normalName()) {
                case "meta" -> {
                    String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                            : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
                    String content = e.attr("content").strip();
                    if (!key.isEmpty() && !content.isEmpty()) {
                        tags.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                        if ((key.equals("author") || key.equals("article:author")) && !content.startsWith("http")
                                && !metaAuthors.contains(content)) {
                            metaAuthors.add(content);
                        }
                    }
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        try {
                            readJsonLd(mapper.readTree(e.data().strip()), meta);
                        } catch (Exception malformed) {
                            // malformed JSON-LD is common; the other sources still apply
                        }
                    }
                }
                case "time" -> time = time == null && e.hasAttr("datetime") ? e.attr("datetime") : time;
                case "link" -> canonical = canonical == null && e.attr("rel").equalsIgnoreCase("canonical") ? e.attr("abs:href") : canonical;
                case "h1" -> h1 = h1 == null ? e.text().strip() : h1;
                default -> { }
            }
        }
        meta.title = first(meta.title, tags.get("og:title"), tags.get("twitter:title"), h1, document.title());
        if (meta.authors.isEmpty()) {
            meta.authors.addAll(metaAuthors);
        }
        meta.published = first(meta.published, tags.get("article:published_time"), tags.get("pubdate"),
                tags.get("parsely-pub-date"), tags.get("date"), tags.get("datepublished"), time);
        meta.siteName = first(meta.siteName, tags.get("og:site_name"), tags.get("application-name"));
        meta.canonical = first(canonical, tags.get("og:url"));
        Element html = document.selectFirst("html");
        meta.language = first(meta.language, html == null ? null : html.attr("lang"), tags.get("content-language"));
        return meta;
    }

    private void readJsonLd(JsonNode node, Metadata meta) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> readJsonLd(n, meta));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            readJsonLd(node.get("@graph"), meta);
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
        if (!type.toLowerCase(Locale.ROOT).contains("article") && !type.contains("BlogPosting") && !type.contains("Report")) {
            return;
        }
        meta.title = first(meta.title, textOf(node.get("headline")));
        meta.published = first(meta.published, textOf(node.get("datePublished")));
        meta.language = first(meta.language, textOf(node.get("inLanguage")));
        JsonNode publisher = node.get("publisher");
        if (publisher != null) {
            meta.siteName = first(meta.siteName, publisher.isObject() ? textOf(publisher.get("name")) : textOf(publisher));
        }
        JsonNode author = node.get("author");
        if (author != null && meta.authors.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            (author.isArray() ? author : mapper.createArrayNode().add(author)).forEach(a -> {
                String name = a.isObject() ? textOf(a.get("name")) : textOf(a);
                if (name != null && !name.isBlank() && !name.startsWith("http")) {
                    names.add(name.strip());
                }
            });
            meta.authors.addAll(names);
        }
        String body = textOf(node.get("articleBody"));
        if (body != null && (meta.articleBody == null || body.length() > meta.articleBody.length())) {
            // some publishers put (entity-escaped) HTML in articleBody
            String unescaped = org.jsoup.parser.Parser.unescapeEntities(body, false);
            if (unescaped.matches("(?s).*<\\s*[a-zA-Z][^>]*>.*")) {
                Document fragment = Jsoup.parseBodyFragment(unescaped);
                fragment.body().getAllElements().stream().filter(x -> FURNITURE_TAGS.contains(x.normalName())).toList()
                        .forEach(Element::remove);
                unescaped = paragraphs(fragment.body());
            }
            meta.articleBody = unescaped;
        }
    }

    private static String textOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : textOf(node.get(0));
        }
        return node.isValueNode() ? node.asText() : null;
    }

    @SafeVarargs
    private static <T extends String> String first(T... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
