package org.factlint.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report is one self-contained page whose embedded data cannot break out of its script block. */
class HtmlRendererTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"fl-data\">(.*?)</script>", Pattern.DOTALL);
    static String html;

    @BeforeAll
    static void setUp() {
        html = Fixtures.render(new HtmlRenderer(), Fixtures.all());
    }

    static String data(String page) {
        Matcher m = DATA.matcher(page);
        assertTrue(m.find(), "the page has its data block");
        return m.group(1);
    }

    @Test
    void embedsEveryReportWithItsArticleInInputOrder() throws IOException {
        JsonNode items = JSON.readTree(data(html));
        assertEquals(3, items.size());
        assertEquals("factlint-report/1", items.at("/0/report/format").asText());
        assertEquals("facts/a b#1.json", items.at("/0/report/input").asText());
        assertEquals(4, items.at("/0/report/findings").size());
        assertEquals(Fixtures.TEXT, items.at("/0/article/text").asText());
        assertEquals(Fixtures.HEADLINE, items.at("/0/article/headline").asText());
        assertEquals("A standfirst.", items.at("/0/article/standfirst").asText());
        assertEquals("headline", items.at("/0/report/findings/1/evidence/1/source").asText());
        assertEquals(2, items.at("/0/report/summary/suppressed").asInt());
        assertEquals("facts/clean.json", items.at("/1/report/input").asText());
        assertTrue(items.at("/2/article").isMissingNode(), "an unchecked input has no article");
        assertEquals("error", items.at("/2/report/problems/0/severity").asText());
    }

    @Test
    void articleTextCannotCloseTheScriptBlock() {
        String data = data(html);
        assertFalse(data.contains("</"), "no end tag inside the data");
        assertFalse(data.contains("<!--"));
        assertFalse(data.contains("<"));
        // exactly one data block, and the text with its markup is still all there, escaped
        assertEquals(1, html.split("id=\"fl-data\"", -1).length - 1);
        assertTrue(data.contains("\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e"));
    }

    @Test
    void aLoneSurrogateIsEscapedSoThePageIsValidUtf8() throws IOException {
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(html));
        assertEquals(Fixtures.HOSTILE, JSON.readTree(data(html)).at("/0/report/findings/2/message").asText());
    }

    @Test
    void isSelfContained() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("window.FactlintView") || html.contains("FactlintView ="), "the view's script is inlined");
        assertTrue(html.contains(".fl-view"), "the view's style sheet is inlined");
        assertFalse(Pattern.compile("<(script|img|iframe)[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("<link\\b", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(html.contains("@import"));
        assertTrue(html.trim().endsWith("</html>"));
    }

    @Test
    void noInputGivesAnEmptyButValidDataBlock() throws IOException {
        String page = Fixtures.render(new HtmlRenderer(), List.of());
        assertEquals(0, JSON.readTree(data(page)).size());
    }

    @Test
    void scriptSafeKeepsTheJsonMeaning() throws IOException {
        String json = "{\"a\":\"</script><!-- & > \u2028\"}";
        assertEquals(JSON.readTree(json), JSON.readTree(HtmlRenderer.scriptSafe(json)));
    }
}
