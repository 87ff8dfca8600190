package org.factlint.input.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.factlint.Problem;
import org.factlint.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * An HTML page (parsed by jsoup as a browser would): the headline from the article's {@code <h1>}
 * (else the page's first, {@code og:title}, {@code <title>}); the standfirst from an element the
 * page marks as one ({@code class="standfirst"}, {@code dek}, {@code subtitle},
 * {@code itemprop="alternativeHeadline"}); the date from {@code article:published_time}, JSON-LD
 * {@code datePublished}, microdata {@code datePublished} or the article's first
 * {@code <time datetime>}, in that order (one that is not a date is a warning and the next is
 * tried); the URL from {@code <link rel="canonical">} or {@code og:url}. The body is the text of the
 * article (the {@code <article>} with the most paragraph text, else {@code <main>}, else the page),
 * one paragraph per block element, leaving out navigation, scripts, styles, asides, headers,
 * footers, figures and captions, forms and the headline and standfirst themselves. Elements nested
 * deeper than the limit are read flat below it (jsoup's maximum depth), with a warning.
 */
final class HtmlText {

    /** Elements whose text is never part of the article body. */
    private static final Set<String> SKIPPED = Set.of("nav", "script", "style", "aside", "footer", "header", "figure",
            "figcaption", "form", "button", "noscript", "template", "iframe", "svg", "math", "select", "textarea",
            "input", "label", "object", "embed", "canvas", "audio", "video", "picture", "head", "title", "dialog", "menu");
    private static final String STANDFIRST = "[class~=(?i)(^|[-_ ])(standfirst|dek|sub-?headline|subtitle|sub-?title)($|[-_ ])],"
            + " [itemprop=alternativeHeadline]";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(100_000).build())
            .build());

    private HtmlText() {
    }

    static Parsed read(String html, TextLimits limits) {
        Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDepth()).setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        List<Problem> problems = new ArrayList<>();
        if (depth(doc) > limits.maxDepth()) {
            problems.add(Problem.warning("", "the page nests elements more than " + limits.maxDepth()
                    + " deep; what is deeper was read as if it were at that depth"));
        }
        Element root = root(doc);
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        String headline = h1 != null ? text(h1) : null;
        if (headline == null) {
            headline = blankToNull(meta(doc, "meta[property=og:title]"));
        }
        if (headline == null && doc.selectFirst("title") != null) {
            headline = blankToNull(doc.selectFirst("title").text());
        }
        Element standfirstElement = root.selectFirst(STANDFIRST);
        if (standfirstElement == null) {
            standfirstElement = doc.selectFirst(STANDFIRST);
        }
        String standfirst = standfirstElement != null ? text(standfirstElement) : null;
        Parsed.Dated published = published(doc, root, problems);
        String url = blankToNull(doc.selectFirst("link[rel=canonical]") != null
                ? doc.selectFirst("link[rel=canonical]").attr("href") : meta(doc, "meta[property=og:url]"));
        Paragraphs body = body(html, root, h1, standfirstElement);
        return new Parsed(headline, standfirst, published, url, body.text(), body.origins(), problems);
    }

    /** The element that holds the article: the {@code <article>} with the most paragraph text, else {@code <main>}, else the body. */
    private static Element root(Document doc) {
        Element best = null;
        int most = -1;
        for (Element a : doc.select("article")) {
            int n = 0;
            for (Element p : a.select("p")) {
                n += p.text().length();
            }
            if (n > most) {
                most = n;
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    /** The article's paragraphs, each character with its offset in {@code html} where jsoup tracked it. */
    private static Paragraphs body(String html, Element root, Element headline, Element standfirst) {
        Paragraphs out = new Paragraphs();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int[] at = origins(html, t);
                    out.add(t.getWholeText(), at == null ? i -> -1 : i -> at[i]);
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e) {
                    if (e != root && (SKIPPED.contains(e.normalName()) || e == headline || e == standfirst
                            || Asides.boxName(e.className()) || Asides.boxName(e.id()) || e.attr("rel").equalsIgnoreCase("tag")
                            || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.isBlock() || e.normalName().equals("br")) {
                        out.end();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.end();
                }
                return FilterResult.CONTINUE;
            }
        });
        return out;
    }

    /** Where each character of a text node stands in the page: its source, entities and all, aligned with it; null if untracked. */
    private static int[] origins(String html, TextNode t) {
        Range range = t.sourceRange();
        int from = range.start().pos();
        int to = range.end().pos();
        if (!range.isTracked() || from < 0 || to > html.length() || to < from) {
            return null;
        }
        int[] offsets = new int[to - from];
        for (int k = 0; k < offsets.length; k++) {
            offsets[k] = from + k;
        }
        return Paragraphs.align(t.getWholeText(), html.subSequence(from, to), offsets);
    }

    /** The first publication date the page gives that is a date; the ones that are not are warnings. */
    private static Parsed.Dated published(Document doc, Element root, List<Problem> problems) {
        List<Parsed.Dated> candidates = new ArrayList<>();
        for (Element m : doc.select("meta[property=article:published_time]")) {
            candidates.add(dated(m.attr("content"), m, "<meta property=\"article:published_time\">"));
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String value = jsonLdDatePublished(script.data());
            if (value != null) {
                candidates.add(dated(value, script, "JSON-LD datePublished"));
            }
        }
        for (Element m : doc.select("[itemprop=datePublished]")) {
            String value = m.hasAttr("content") ? m.attr("content") : m.hasAttr("datetime") ? m.attr("datetime") : m.text();
            candidates.add(dated(value, m, "itemprop=\"datePublished\""));
        }
        Element time = publishedTime(root);
        if (time != null) {
            candidates.add(dated(time.attr("datetime"), time, "<time datetime>"));
        }
        for (int i = 0; i < candidates.size(); i++) {
            Parsed.Dated d = candidates.get(i);
            if (PublishedDates.iso(d.text()).isPresent()) {
                // ("datePublished": "2025-04-24T00:30:00Z" beside <time datetime="2025-04-23T20:30:00-04:00">:
                // one moment, and the date in the newsroom's own zone is the publication's; black-box trial 50)
                if (PublishedDates.utc(d.text())) {
                    for (Parsed.Dated later : candidates.subList(i + 1, candidates.size())) {
                        if (PublishedDates.iso(later.text()).filter(t -> t.contains("T") && !PublishedDates.utc(t)).isPresent()) {
                            return later;
                        }
                    }
                }
                return d;
            }
            problems.add(new Problem(Severity.WARNING, "", d.line(), d.column(), d.where() + " '" + shorten(d.text())
                    + "' is not a date (" + PublishedDates.EXPECTED + "); ignored"));
        }
        return null;
    }

    /**
     * The page's {@code <time datetime>} of publication: one said "Published" or "Posted" before
     * it; else the first not said "Updated" or "Modified" ("Updated <time> · Published <time>":
     * black-box trial 24); else the first.
     */
    private static Element publishedTime(Element root) {
        List<Element> times = root.select("time[datetime]");
        Element plain = null;
        for (Element t : times) {
            String lead = leadText(t);
            if (lead.contains("publish") || lead.contains("posted")) {
                return t;
            }
            if (plain == null && !lead.contains("updat") && !lead.contains("modif") && !lead.contains("revis")) {
                plain = t;
            }
        }
        return plain != null ? plain : times.isEmpty() ? null : times.get(0);
    }

    /** The few words right before an element, lower case ("Updated " in "Updated <time>"). */
    private static String leadText(Element e) {
        Node prev = e.previousSibling();
        String text = prev instanceof TextNode t ? t.text() : prev instanceof Element p ? p.text() : "";
        text = text.toLowerCase(java.util.Locale.ROOT);
        return text.length() > 30 ? text.substring(text.length() - 30) : text;
    }

    private static Parsed.Dated dated(String value, Element at, String where) {
        Range.Position p = at.sourceRange().start();
        return new Parsed.Dated(value.strip(), p.isTracked() ? p.lineNumber() : null,
                p.isTracked() ? p.columnNumber() : null, where);
    }

    /** The first {@code datePublished} string in a JSON-LD script (objects, arrays and {@code @graph} searched), or null. */
    static String jsonLdDatePublished(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            return null; // a page's broken JSON-LD says nothing
        }
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (tree != null) {
            todo.add(tree);
        }
        while (!todo.isEmpty()) {
            JsonNode n = todo.poll();
            if (n.isObject()) {
                JsonNode d = n.get("datePublished");
                if (d != null && d.isTextual()) {
                    return d.asText();
                }
            }
            if (n.isContainerNode()) {
                n.forEach(todo::add);
            }
        }
        return null;
    }

    private static int depth(Document doc) {
        int[] max = {0};
        doc.traverse((node, depth) -> max[0] = Math.max(max[0], depth));
        return max[0];
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return new Paragraphs().withText(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
