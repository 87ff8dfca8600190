package org.factlint.server;

import static org.factlint.server.Http.CONTRADICTION;
import static org.factlint.server.Http.EXAMPLE;
import static org.factlint.server.Http.SEED;
import static org.factlint.server.Http.json;
import static org.factlint.server.Http.postJson;
import static org.factlint.server.Http.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's page in a real headless Chromium: it renders the report of the example (every
 * severity, thanks to the test-only rules) with highlights, links findings and highlights both
 * ways on real mouse clicks, checks pasted and chosen files, and shows the service's problems.
 * Skipped when no Chromium is installed, unless FACTLINT_REQUIRE_BROWSER is set (as .ci/run does).
 * Leaves target/screenshots/editor-page.png for a person to look at.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorPageBrowserTest {

    static final Path SCREENSHOT = Path.of("target/screenshots/editor-page.png");

    @TempDir
    static Path temp;

    static FactlintServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        String binary = Chromium.binary();
        if (System.getenv("FACTLINT_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(binary != null, "no chromium installed (apt-get install chromium)");
        }
        assertTrue(binary != null, "FACTLINT_REQUIRE_BROWSER is set but no chromium is installed");
        ServerConfig config = ServerConfig.defaults().withRules(Http.rulesWithTestRules(temp.resolve("rules")), null)
                .withLimits(2, 64, 1 << 20, 1000, 10, Duration.ofSeconds(60));
        server = Http.start(config, null);
        browser = new Chromium(binary, Files.createDirectories(temp.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
    }

    static JsonNode reportOf(Path doc) {
        return json(postJson(server, "/v1/check", read(doc)));
    }

    @Test
    @Order(1)
    void theExampleIsShownWithHighlightsAndFindingsGroupedBySeverity() throws Exception {
        browser.navigate(server.uri() + "?example");
        browser.waitFor("document.body.getAttribute('data-state') === 'done'", 60);
        JsonNode report = reportOf(EXAMPLE);
        JsonNode findings = report.get("findings");

        assertEquals(findings.size(), browser.eval("document.querySelectorAll('.fl-finding').length").asInt());
        List<String> severities = new ArrayList<>();
        findings.forEach(f -> {
            if (!severities.contains(f.get("severity").asText())) {
                severities.add(f.get("severity").asText());
            }
        });
        assertEquals(List.of("error", "warning", "info"), severities, "the example shows every severity");
        assertEquals(severities.toString(), browser.eval("'[' + [...document.querySelectorAll('.fl-group')]"
                + ".map(g => g.dataset.severity).join(', ') + ']'").asText());
        for (String s : severities) {
            long n = 0;
            for (JsonNode f : findings) {
                n += f.get("severity").asText().equals(s) ? 1 : 0;
            }
            assertEquals(n, browser.eval("document.querySelectorAll('.fl-group-" + s + " .fl-finding').length").asLong(), s);
            assertTrue(browser.eval("document.querySelector('.fl-group-" + s + " .fl-group-title').textContent").asText()
                    .endsWith("(" + n + ")"));
        }

        // Every finding has highlights: its primary evidence solid, and its marks hold each of its quotes.
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            String marks = "[...document.querySelectorAll('mark.fl-hl[data-findings~=\"" + i + "\"]')]";
            assertTrue(browser.eval(marks + ".length").asInt() > 0, "finding " + i + " has highlights");
            assertTrue(browser.eval(marks + ".some(m => m.classList.contains('fl-hl-primary'))").asBoolean(),
                    "finding " + i + " has its primary evidence highlighted");
            String text = browser.eval(marks + ".map(m => m.textContent).join('')").asText();
            for (JsonNode e : f.get("evidence")) {
                assertTrue(text.contains(e.get("quote").asText()), "finding " + i + " highlights \"" + e.get("quote").asText() + "\"");
            }
            if (f.get("facts").size() > 1) {
                assertTrue(browser.eval(marks + ".some(m => m.classList.contains('fl-hl-related'))").asBoolean()
                        || browser.eval(marks + ".length").asInt() > 1, "finding " + i + " shows its related evidence");
            }
        }
        assertTrue(browser.eval("document.querySelectorAll('.fl-headline mark.fl-hl').length").asInt() > 0,
                "headline evidence is highlighted in the headline");
        browser.screenshot(SCREENSHOT);
    }

    @Test
    @Order(2)
    void clickingAFindingSelectsItsHighlightsAndClickingAHighlightSelectsItsFindings() throws Exception {
        browser.click(".fl-group-error .fl-finding:nth-of-type(2)");
        JsonNode selected = browser.eval("(() => { const card = document.querySelector('.fl-finding.fl-active');"
                + " const i = card.dataset.finding; const mine = [...document.querySelectorAll('mark.fl-hl[data-findings~=\"' + i + '\"]')];"
                + " const active = [...document.querySelectorAll('mark.fl-active')];"
                + " return {cards: document.querySelectorAll('.fl-finding.fl-active').length, index: i,"
                + " mine: mine.length, allMineActive: mine.every(m => m.classList.contains('fl-active')),"
                + " flashed: mine.some(m => m.classList.contains('fl-flash')),"
                + " othersActive: active.filter(m => !mine.includes(m)).length}; })()");
        assertEquals(1, selected.get("cards").asInt(), selected.toString());
        assertEquals("1", selected.get("index").asText(), "the second error card is finding 1 (findings are in report order)");
        assertTrue(selected.get("mine").asInt() > 0 && selected.get("allMineActive").asBoolean(), selected.toString());
        assertTrue(selected.get("flashed").asBoolean(), selected.toString());
        assertEquals(0, selected.get("othersActive").asInt(), selected.toString());

        // A highlight shared by several findings selects all of them.
        String shared = "mark.fl-hl[data-findings*=\" \"]";
        assertTrue(browser.eval("!!document.querySelector('" + shared + "')").asBoolean(), "the example has overlapping evidence");
        List<String> ids = List.of(browser.eval("document.querySelector('" + shared + "').dataset.findings").asText().split(" "));
        browser.click(shared);
        List<String> active = new ArrayList<>();
        browser.eval("[...document.querySelectorAll('.fl-finding.fl-active')].map(c => c.dataset.finding)").forEach(n -> active.add(n.asText()));
        assertEquals(ids, active);
    }

    @Test
    @Order(3)
    void aPastedDocumentIsCheckedWithTheCheckButton() throws Exception {
        String doc = new String(read(CONTRADICTION), java.nio.charset.StandardCharsets.UTF_8);
        browser.eval("document.getElementById('source').value = " + Http.JSON.writeValueAsString(doc) + "; true");
        browser.eval("document.body.setAttribute('data-state', 'idle'); true");
        browser.click("#check");
        browser.waitFor("document.body.getAttribute('data-state') === 'done'", 60);
        assertEquals(reportOf(CONTRADICTION).get("findings").size(), browser.eval("document.querySelectorAll('.fl-finding').length").asInt());
        assertEquals("attendance.attended-and-absent", browser.eval("document.querySelector('.fl-finding .fl-rule').textContent").asText());
    }

    @Test
    @Order(4)
    void aChosenFileIsChecked() throws Exception {
        browser.eval("document.body.setAttribute('data-state', 'idle'); true");
        browser.setFile("#file", SEED);
        browser.waitFor("document.body.getAttribute('data-state') === 'done'", 60);
        JsonNode report = reportOf(SEED);
        assertEquals(0, report.at("/summary/errors").asInt(), "the seed article has no error");
        assertEquals(report.get("findings").size(), browser.eval("document.querySelectorAll('.fl-finding').length").asInt());
        assertEquals(0, browser.eval("document.querySelectorAll('.fl-group-error').length").asInt());
        assertTrue(browser.eval("document.querySelector('.fl-article').textContent").asText()
                .contains("The United Kingdom's attempt to help broker"), "the article text is shown");
    }

    @Test
    @Order(5)
    void theServicesProblemsAreShownWhenADocumentCannotBeChecked() throws Exception {
        browser.eval("document.getElementById('source').value = '{\\n  \"format\": \"factlint-facts/1\",\\n  \"article\": {,\\n}'; true");
        browser.click("#check");
        browser.waitFor("document.body.getAttribute('data-state') === 'error'", 60);
        String problem = browser.eval("document.querySelector('.answer-problem').textContent").asText();
        assertTrue(problem.contains("Invalid JSON") && problem.contains("line 3"), problem);
        assertEquals(0, browser.eval("document.querySelectorAll('.fl-finding').length").asInt(), "no stale report is left");
        assertFalse(problem.contains("Exception"));
    }

    @Test
    @Order(6)
    void aPastedArticleIsReadCheckedAndItsFactsListedWithTheirEvidence() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("articles/2025-04-23-london-ukraine-talks.txt"))
                .replace("Keith Kellogg, Washington's Ukraine envoy, attended", "Marco Rubio attended");
        browser.eval("document.getElementById('published').value = '2025-04-23'; true");
        browser.eval("document.getElementById('source').value = " + Http.JSON.writeValueAsString(text) + "; true");
        browser.eval("document.body.setAttribute('data-state', 'idle'); true");
        browser.click("#check");
        browser.waitFor("document.body.getAttribute('data-state') === 'done'", 60);
        assertEquals("attendance.attended-and-absent",
                browser.eval("document.querySelector('.fl-group-error .fl-finding .fl-rule').textContent").asText());
        assertTrue(browser.eval("document.querySelector('.fl-article').textContent").asText()
                .contains("Marco Rubio attended Wednesday's talks"), "the article's text is shown");
        int facts = browser.eval("document.querySelectorAll('#facts li').length").asInt();
        assertTrue(facts > 20, "the extracted facts are listed: " + facts);
        // a fact's evidence shows when it has the focus
        browser.eval("document.querySelector('#facts li').focus(); true");
        assertFalse(browser.eval("document.querySelector('#facts li .quote').hidden").asBoolean(), "evidence shown on focus");
        assertTrue(browser.eval("document.querySelector('#extractor-choice').hidden").asBoolean(),
                "with one extractor there is no choice to make");
    }
}
