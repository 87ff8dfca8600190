package org.factlint.input.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.input.Suggestions;

/**
 * The metadata block at the top of a text or Markdown file, between two {@code ---} lines, as
 * static-site generators write it: {@code key: value} lines (a YAML subset: quoted values,
 * {@code |} and {@code >} blocks, comments). factlint reads {@code headline} ({@code title}),
 * {@code standfirst} ({@code description}, {@code subtitle}, {@code dek}), {@code published}
 * ({@code publishDate}, {@code pubDate}, or {@code date}, the day the page was made, when none of
 * those is given), {@code id} and {@code url}; the keys generators write of the page itself
 * ({@code draft}, {@code tags}, {@code lastmod}, ...) are ignored, any other key is a warning and ignored.
 *
 * @param values    the keys read (by their factlint name) and their values with where they stand
 * @param bodyStart offset in the text of the first character after the block (0 without a block)
 * @param problems  what was wrong, with line numbers
 */
record FrontMatter(Map<String, Value> values, int bodyStart, List<Problem> problems) {

    /** A value and its 1-based line and column in the file, for messages. */
    record Value(String text, int line, int column) {
    }

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("headline", "headline"), Map.entry("title", "headline"),
            Map.entry("standfirst", "standfirst"), Map.entry("description", "standfirst"),
            Map.entry("subtitle", "standfirst"), Map.entry("dek", "standfirst"),
            Map.entry("published", "published"), Map.entry("date", "published"),
            // Hugo's and other generators' own words for the publication date, before "date" (when
            // the page was made; black-box trial 50)
            Map.entry("publishdate", "published"), Map.entry("pubdate", "published"), Map.entry("published_at", "published"),
            Map.entry("datepublished", "published"),
            Map.entry("id", "id"), Map.entry("url", "url"));
    /** Keys that say when the page was made, which a publication date of its own overrides. */
    private static final Set<String> WEAK_DATES = Set.of("date");
    /** Keys static-site generators write that say nothing of the article's facts: ignored without a warning. */
    private static final Set<String> QUIET = Set.of("draft", "tags", "categories", "category", "lastmod", "author", "authors",
            "slug", "aliases", "weight", "layout", "image", "images", "keywords", "type", "series", "toc", "expirydate",
            "updated", "modified", "lang", "language", "permalink", "featured_image", "thumbnail");
    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)[ \\t]*:(?:[ \\t]+(.*))?");
    private static final Pattern DELIMITER = Pattern.compile("---[ \\t]*");

    /** The block at the start of {@code text} (line ends already {@code \n}), or no values and bodyStart 0. */
    static FrontMatter read(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!DELIMITER.matcher(text.substring(0, firstEnd)).matches()) {
            return new FrontMatter(Map.of(), 0, List.of());
        }
        List<String> lines = new ArrayList<>();
        int pos = Math.min(firstEnd + 1, text.length());
        int bodyStart = -1;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            pos = Math.min(end + 1, text.length());
            if (DELIMITER.matcher(line).matches() || line.stripTrailing().equals("...")) {
                bodyStart = pos;
                break;
            }
            lines.add(line);
        }
        if (bodyStart < 0) {
            return new FrontMatter(Map.of(), 0, List.of(new Problem(Severity.ERROR, "", 1, 1,
                    "the front matter opened by '---' on line 1 is never closed; expected a line '---' after its "
                            + "key: value lines")));
        }
        return parse(lines, bodyStart);
    }

    private static FrontMatter parse(List<String> lines, int bodyStart) {
        Map<String, Value> values = new LinkedHashMap<>();
        boolean publishedWeak = false; // the published date so far is a page's "date", which "publishDate" overrides
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 2; // the opening '---' is line 1
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#") || Character.isWhitespace(line.charAt(0))) {
                continue; // blank, comment, or part of a value nested under another key
            }
            Matcher m = KEY_LINE.matcher(line.stripTrailing());
            if (!m.matches()) {
                problems.add(new Problem(Severity.WARNING, "", lineNo, 1,
                        "front matter line is not 'key: value'; ignored"));
                continue;
            }
            String key = m.group(1);
            String raw = m.group(2) == null ? "" : m.group(2).strip();
            int column = m.group(2) == null ? line.length() + 1 : m.start(2) + 1;
            List<String> more = new ArrayList<>();
            while (i + 1 < lines.size() && (lines.get(i + 1).isEmpty() || Character.isWhitespace(lines.get(i + 1).charAt(0)))) {
                more.add(lines.get(++i));
            }
            String name = KEYS.get(key.toLowerCase(Locale.ROOT));
            if (name == null && QUIET.contains(key.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (name == null) {
                problems.add(new Problem(Severity.WARNING, "", lineNo, 1, "front matter key '" + key + "' ignored"
                        + Suggestions.didYouMean(key.toLowerCase(Locale.ROOT), KEYS.keySet())
                        + "; factlint reads headline (or title), standfirst (or description), published (or date), id and url"));
                continue;
            }
            // ("date: 2025-04-22" and "publishDate: 2025-04-23": the publication date, in either order)
            boolean weak = WEAK_DATES.contains(key.toLowerCase(Locale.ROOT));
            if (values.containsKey(name) && name.equals("published") && (weak || publishedWeak)) {
                if (weak) {
                    continue;
                }
                values.remove(name);
            }
            if (values.containsKey(name)) {
                problems.add(new Problem(Severity.WARNING, "", lineNo, 1, "front matter gives the " + name
                        + " again (as '" + key + "'); the first, on line " + values.get(name).line() + ", is used"));
                continue;
            }
            String value = value(raw, more);
            if (value == null) {
                problems.add(new Problem(Severity.WARNING, "", lineNo, column, "front matter key '" + key
                        + "' has no single value (a list or a map?); ignored"));
                continue;
            }
            if (!value.isBlank()) {
                values.put(name, new Value(value, lineNo, column));
                publishedWeak = name.equals("published") ? weak : publishedWeak;
            }
        }
        return new FrontMatter(values, bodyStart, problems);
    }

    /** A value as YAML reads the simple cases: quoted, a {@code |} or {@code >} block, or plain (folded); null for a list or map. */
    private static String value(String raw, List<String> more) {
        List<String> continued = new ArrayList<>();
        for (String l : more) {
            continued.add(l.strip());
        }
        while (!continued.isEmpty() && continued.get(continued.size() - 1).isEmpty()) {
            continued.remove(continued.size() - 1);
        }
        if (raw.matches("[|>][+-]?")) {
            return String.join(raw.startsWith("|") ? "\n" : " ", continued).strip();
        }
        if (raw.isEmpty()) {
            if (continued.isEmpty()) {
                return "";
            }
            if (continued.get(0).startsWith("- ") || continued.get(0).equals("-") || continued.get(0).contains(": ")) {
                return null;
            }
        }
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return unescapeDouble(raw.substring(1, raw.length() - 1));
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        StringBuilder folded = new StringBuilder(raw);
        for (String c : continued) {
            if (!c.isEmpty()) {
                folded.append(folded.length() > 0 ? " " : "").append(c);
            }
        }
        return folded.toString();
    }

    private static String unescapeDouble(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
