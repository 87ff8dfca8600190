package org.factlint.report.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.Checker;
import org.factlint.Finding;
import org.factlint.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser (Debian's headless chromium; skipped where there is none):
 * scripts/html-report-check.js, injected into the page, checks that every quote that can be placed
 * is highlighted and that clicking a finding and a highlight links them, and says so on the body.
 */
class HtmlReportBrowserTest {

    static final Pattern VERDICT = Pattern.compile("<body[^>]*data-check=\"([^\"]*)\"");

    @Test
    void everyQuoteIsHighlightedAndClicksLinkFindingsAndHighlights(@TempDir Path dir) throws Exception {
        String chromium = browser();
        assumeTrue(chromium != null, "no chromium on this machine (apt-get install -y chromium)");
        Checker checker = Checker.builder().rules(Path.of("rules")).build();
        List<Report> reports = new ArrayList<>();
        reports.add(checker.check(Files.readAllBytes(Path.of("src/test/resources/reports/demo-article.json")), "demo-article.json"));
        reports.addAll(Fixtures.all());
        // Chromium's --dump-dom crashes when the DOM holds a lone surrogate (drawing the page is
        // fine), so the fixtures' lone surrogate is swapped for U+FFFD here.
        String html = Fixtures.render(new HtmlRenderer(), reports).replace("\\ud800", "\\ufffd");
        String check = Files.readString(Path.of("scripts/html-report-check.js"));
        int end = html.lastIndexOf("</body>");
        Path page = dir.resolve("report.html");
        Files.writeString(page, html.substring(0, end) + "<script>\n" + check + "\n</script>\n" + html.substring(end));

        String dom = dumpDom(chromium, page, dir.resolve("profile"));
        Matcher m = VERDICT.matcher(dom);
        assertTrue(m.find(), "the check ran: " + dom.substring(0, Math.min(500, dom.length())));
        assertTrue(m.group(1).startsWith("ok "), m.group(1));
        // the demo article's four findings and the fixtures' placeable quotes were all checked
        int quotes = Integer.parseInt(m.group(1).replaceAll("\\D+", ""));
        assertTrue(quotes >= 10, m.group(1));
    }

    @Test
    void evidenceShowsItsPlaceInTheFileAndAnAssumedDateIsSaid(@TempDir Path dir) throws Exception {
        String chromium = browser();
        assumeTrue(chromium != null, "no chromium on this machine (apt-get install -y chromium)");
        Report r = Fixtures.withFindings();
        Finding first = r.findings().get(0);
        List<Finding.Evidence> placed = new ArrayList<>();
        for (Finding.Evidence e : first.evidence()) {
            placed.add(new Finding.Evidence(e.fact(), e.quote(), e.start(), e.end(), e.source(), e.sentence(), null, null,
                    new Finding.Place(10 + placed.size(), 3, 10 + placed.size(), 3 + e.quote().length())));
        }
        Report.Article a = r.article();
        Report.Article undated = new Report.Article(a.id(), a.headline(), a.standfirst(), "2026-12-04", null, null, null,
                a.text(), true);
        Report fromFile = new Report("articles/a.txt", undated, r.summary(), List.of(new Finding(first.rule(), first.category(),
                first.severity(), first.message(), first.facts(), first.entities(), placed, first.suggestion(),
                first.fingerprint())), List.of());
        Report clean = new Report("articles/b.txt", undated, Fixtures.clean().summary(), List.of(), List.of());
        Path page = dir.resolve("report.html");
        Files.writeString(page, Fixtures.render(new HtmlRenderer(), List.of(fromFile, clean)));
        String dom = dumpDom(chromium, page, dir.resolve("profile"));
        assertTrue(dom.contains("<span class=\"fl-where\">10:3</span>"), "the place in the file, not the body's 1:1");
        assertTrue(dom.contains("<span class=\"fl-where\">11:3</span>"), dom);
        assertTrue(dom.contains("Published date not given: today, 2026-12-04, assumed."), "said above the findings");
        assertTrue(dom.contains("\u2714 No contradictions found (published date not given: today, 2026-12-04, assumed)."),
                "said in the clean verdict");
    }

    static String browser() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    static String dumpDom(String chromium, Path page, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 60 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
