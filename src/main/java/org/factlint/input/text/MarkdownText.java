package org.factlint.input.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown article (CommonMark, by commonmark-java): a first line {@code # Title} (or a title
 * underlined with {@code ===}) is the headline and not part of the body; without one, the first line
 * is the headline unless one is given. The body is the text of each paragraph, heading, list item
 * and block quote paragraph, with the markup removed (links keep their words; images, code and
 * raw HTML are left out), one paragraph each. The tree is walked without recursion, and nesting is
 * bounded by the limits, so no input can exhaust the stack.
 */
final class MarkdownText {

    private static final Pattern ATX_TITLE = Pattern.compile("#[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT_TITLE = Pattern.compile("=+[ \\t]*");

    private MarkdownText() {
    }

    static Parsed read(String text, boolean takeHeadline, TextLimits limits) {
        Parser parser = Parser.builder().maxOpenBlockParsers(limits.maxDepth()).maxInlineNesting(limits.maxDepth())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            if (!text.substring(start, end).isBlank()) {
                break;
            }
            start = Math.min(end + 1, text.length());
        }
        String headline = null;
        int firstEnd = lineEnd(text, start);
        String first = text.substring(start, firstEnd);
        int secondEnd = lineEnd(text, Math.min(firstEnd + 1, text.length()));
        String second = firstEnd < text.length() ? text.substring(firstEnd + 1, secondEnd) : "";
        Matcher atx = ATX_TITLE.matcher(first);
        if (atx.matches()) {
            headline = plain(parser.parse(atx.group(1)));
            start = Math.min(firstEnd + 1, text.length());
        } else if (!first.isBlank() && SETEXT_TITLE.matcher(second).matches()) {
            headline = plain(parser.parse(first));
            start = Math.min(secondEnd + 1, text.length());
        } else if (takeHeadline && !first.isBlank()) {
            headline = plain(parser.parse(first));
            start = Math.min(firstEnd + 1, text.length());
        }
        String source = text.substring(start);
        Paragraphs body = paragraphs(parser.parse(source), source, start);
        return new Parsed(takeHeadline ? headline : null, null, null, null, body.text(), body.origins(), List.of());
    }

    /** The text of a parsed document, one paragraph per leaf block. */
    private static String plain(Node document) {
        return paragraphs(document, null, 0).text();
    }

    /**
     * The paragraphs of a parsed document, one per leaf block; where {@code source} (the text parsed,
     * with source spans) is given, each character keeps its offset in it plus {@code base}.
     */
    private static Paragraphs paragraphs(Node document, String source, int base) {
        Paragraphs out = new Paragraphs();
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Boolean> leaving = new ArrayDeque<>();
        // "## Related" and what follows it, up to the next heading as high: another story's box
        for (Node c = document.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof Heading h && Asides.label(plainText(h))) {
                while (next != null && !(next instanceof Heading g && g.getLevel() <= h.getLevel())) {
                    Node after = next.getNext();
                    next.unlink();
                    next = after;
                }
                c.unlink();
            }
            c = next;
        }
        stack.push(document);
        leaving.push(false);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            boolean exit = leaving.pop();
            if (exit) {
                out.end();
                continue;
            }
            if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock
                    || n instanceof HtmlInline || n instanceof Image) {
                continue;
            }
            if (n instanceof Text || n instanceof Code) {
                String literal = n instanceof Text t ? t.getLiteral() : ((Code) n).getLiteral();
                int[] at = source == null ? null : origins(literal, n.getSourceSpans(), source, base);
                out.add(literal, at == null ? i -> -1 : i -> at[i]);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.add(" ");
            }
            if (n instanceof Paragraph || n instanceof Heading) {
                out.end();
                stack.push(n);
                leaving.push(true);
            }
            // children in reverse, so that the first is taken first
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                stack.push(c);
                leaving.push(false);
            }
        }
        return out;
    }

    /** The text of a node's Text children, run together ("Related" of "## Related"). */
    private static String plainText(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                b.append(t.getLiteral());
            }
        }
        return b.toString();
    }

    /** Where each character of a node's literal stands: its source spans' text, aligned with it; null without spans. */
    private static int[] origins(String literal, List<SourceSpan> spans, String source, int base) {
        if (spans.isEmpty()) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        int[] offsets = new int[spans.stream().mapToInt(SourceSpan::getLength).sum()];
        for (SourceSpan span : spans) {
            for (int k = 0; k < span.getLength(); k++) {
                offsets[chars.length()] = base + span.getInputIndex() + k;
                chars.append(source.charAt(span.getInputIndex() + k));
            }
        }
        return Paragraphs.align(literal, chars, offsets);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
