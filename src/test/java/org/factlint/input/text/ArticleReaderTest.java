package org.factlint.input.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.extract.ArticleText;
import org.factlint.input.Read;
import org.factlint.model.SourceMap;
import org.junit.jupiter.api.Test;

/** The article readers: metadata from where each format keeps it, bodies as plain paragraphs, and bad text as clear problems. */
class ArticleReaderTest {

    static final ArticleReader READER = new ArticleReader(TextLimits.DEFAULT);

    static Read<ArticleText> read(String text, TextFormat format) {
        return READER.read(text.getBytes(StandardCharsets.UTF_8), format, ArticleMeta.NONE, ArticleMeta.NONE);
    }

    static ArticleText ok(String text, TextFormat format) {
        Read<ArticleText> r = read(text, format);
        assertTrue(r.ok(), () -> r.problems().toString());
        return r.value();
    }

    static Problem only(Read<ArticleText> r, Severity severity) {
        List<Problem> matching = r.problems().stream().filter(p -> p.severity() == severity).toList();
        assertEquals(1, matching.size(), r.problems().toString());
        return matching.get(0);
    }

    // --- plain text

    @Test
    void aTextsFirstLineIsItsHeadlineAndEachLineAParagraph() {
        ArticleText a = ok("Rubio skips London talks\n\nMarco Rubio pulled out.\nThe talks went on.\n", TextFormat.PLAIN);
        assertEquals("Rubio skips London talks", a.headline());
        assertNull(a.standfirst());
        assertEquals("Marco Rubio pulled out.\n\nThe talks went on.", a.text());
        assertNull(a.published(), "no date given: the check decides");
        assertEquals("article", a.id());
    }

    @Test
    void aShortSecondLineBeforeABlankLineIsTheStandfirst() {
        ArticleText a = ok("Headline here\nA standfirst.\n\n\nFirst paragraph.\nSecond paragraph.", TextFormat.PLAIN);
        assertEquals("A standfirst.", a.standfirst());
        assertEquals("First paragraph.\n\nSecond paragraph.", a.text());
        ArticleText noBlank = ok("Headline here\nFirst paragraph.\nSecond paragraph.", TextFormat.PLAIN);
        assertNull(noBlank.standfirst(), "one paragraph per line, no blank line: no standfirst");
        assertEquals("First paragraph.\n\nSecond paragraph.", noBlank.text());
        // a headline and one short line of text (black-box trial 8: refused as "no article text")
        ArticleText twoLines = ok("Ministers meet\nX met Y in Paris on Monday.\n", TextFormat.PLAIN);
        assertNull(twoLines.standfirst(), "a short line with nothing after it is the body");
        assertEquals("X met Y in Paris on Monday.", twoLines.text());
    }

    @Test
    void aHardWrappedLineGoesOnInTheNextLineButAParagraphPerLineStays() {
        ArticleText wrapped = ok("Joly in Riga\n\nMinister Joly will meet Margus Tsahkna, Minister of Foreign\n"
                + "Affairs of Estonia, in Riga.\nThe talks went on.\n", TextFormat.PLAIN);
        assertEquals("Minister Joly will meet Margus Tsahkna, Minister of Foreign Affairs of Estonia, in Riga.\n\n"
                + "The talks went on.", wrapped.text());
        ArticleText lowerCase = ok("Joly in Riga\n\nThe ministers met\nin Riga on Monday.\n", TextFormat.PLAIN);
        assertEquals("The ministers met in Riga on Monday.", lowerCase.text());
        ArticleText subheading = ok("Joly in Riga\n\nBackground\nThe talks went on.\n", TextFormat.PLAIN);
        assertEquals("Background\n\nThe talks went on.", subheading.text(), "a short line before a capital is a line of its own");
    }

    @Test
    void theLinesOfAListStayApartThoughNoneEndsWithAFullStop() {
        // black-box trial 28 (C1): "Name, Title" lines were joined, each title then read before the next name
        ArticleText delegation = ok("U.S. delegation\n\nThe delegation includes:\n\nKurt M. Campbell, Deputy Secretary of State\n"
                + "Lloyd J. Austin III, Secretary of Defense\n\nAustin will meet Umerov.\n", TextFormat.PLAIN);
        assertEquals("The delegation includes:\n\nKurt M. Campbell, Deputy Secretary of State\n\n"
                + "Lloyd J. Austin III, Secretary of Defense\n\nAustin will meet Umerov.", delegation.text());
        // the same list ending with a full stop: each "Name, Title" line is still a line of its own
        ArticleText stopped = ok("AUSMIN\n\nPenny Wong, Minister for Foreign Affairs of Australia\n"
                + "Antony J. Blinken, Secretary of State of the United States.\n", TextFormat.PLAIN);
        assertEquals("Penny Wong, Minister for Foreign Affairs of Australia\n\n"
                + "Antony J. Blinken, Secretary of State of the United States.", stopped.text());
        // a block with no full stop anywhere still joins a line that goes on in lower case
        ArticleText cut = ok("Talks\n\nThe foreign ministers of the three countries met\nin Riga on Monday\n", TextFormat.PLAIN);
        assertEquals("The foreign ministers of the three countries met in Riga on Monday", cut.text());
    }

    @Test
    void theSeedArticlesTextKeepsItsSentences() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("articles/2025-04-23-london-ukraine-talks.txt"));
        Read<ArticleText> r = READER.read(text.getBytes(StandardCharsets.UTF_8), TextFormat.PLAIN, ArticleMeta.NONE,
                ArticleMeta.fromFileName("articles/2025-04-23-london-ukraine-talks.txt"));
        assertTrue(r.ok(), r.problems().toString());
        ArticleText a = r.value();
        assertEquals("2025-04-23-london-ukraine-talks", a.id());
        assertEquals("2025-04-23", a.published(), "the file name's date, as static-site posts give it");
        assertEquals(LocalDate.of(2025, 4, 23), a.publishedDate());
        assertEquals("UK talks on conflict in Ukraine downgraded after US no-shows", a.headline());
        assertEquals("Absence of Rubio and Witkoff means foreign ministers meeting is canceled", a.standfirst());
        assertTrue(a.text().startsWith("The United Kingdom's attempt"), a.text());
        assertTrue(a.text().contains("last moment.\n\nPlanned talks in London"), "paragraphs separated by a blank line");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() {
        ArticleText a = ok("\uFEFFHeadline\r\n\r\nBody one.\r\nBody two.\r\n", TextFormat.PLAIN);
        assertEquals("Headline", a.headline());
        assertEquals("Body one.\n\nBody two.", a.text());
    }

    @Test
    void aWireDatelineGivesTheDateWhenNothingElseDoes() {
        ArticleText a = ok("Talks in Washington\n\nWASHINGTON, Nov. 20, 2013 \u2013 Kerry met Bishop.\n", TextFormat.PLAIN);
        assertEquals("2013-11-20", a.published());
        ArticleText b = ok("Talks\n\nLONDON, 23 April 2025 - The talks went on.\n", TextFormat.PLAIN);
        assertEquals("2025-04-23", b.published());
        ArticleText front = ok("---\nheadline: Talks\npublished: 2013-11-21\n---\nWASHINGTON, Nov. 20, 2013 - Kerry met Bishop.\n",
                TextFormat.PLAIN);
        assertEquals("2013-11-20", front.published(), "copy posted the day after its dateline counts its days from the dateline");
        assertTrue(only(read("---\nheadline: Talks\npublished: 2013-11-21\n---\nWASHINGTON, Nov. 20, 2013 - Kerry met Bishop.\n",
                TextFormat.PLAIN), Severity.WARNING).message().contains("are counted from that day"), "with a warning");
        ArticleText after = ok("---\nheadline: Talks\npublished: 2013-11-19\n---\nWASHINGTON, Nov. 20, 2013 - Kerry met Bishop.\n",
                TextFormat.PLAIN);
        assertEquals("2013-11-19", after.published(), "a dateline after the front matter's date stays second to it");
        ArticleText none = ok("Talks\n\nWashington said on Nov. 20, 2013 that the talks went on.\n", TextFormat.PLAIN);
        assertNull(none.published(), "a date inside a sentence is no dateline");
        // (DoD News prints its byline before the dateline; black-box trial 39)
        ArticleText byline = ok("Mattis to Attend NATO Meeting\n\nDoD News, Defense Media Activity\n\n"
                + "WASHINGTON, Feb. 10, 2017 \u2014 Defense Secretary Jim Mattis will travel to Brussels.\n", TextFormat.PLAIN);
        assertEquals("2017-02-10", byline.published());
        ArticleText later = ok("Talks\n\nThe talks went on for a long time and nobody said how long they would go on.\n\n"
                + "WASHINGTON, Feb. 10, 2017 \u2014 Defense Secretary Jim Mattis will travel to Brussels.\n", TextFormat.PLAIN);
        assertNull(later.published(), "a dateline after a paragraph of prose is no dateline of the article");
        // (agency datelines: ANI's bracketed country and colon, Interfax's full stop, WAM's ordinal day; black-box trial 40)
        assertEquals("2025-07-30", ok("Talks\n\nNew Delhi [India], July 30, 2025: Jaishankar met Wang.\n", TextFormat.PLAIN).published());
        assertEquals("2018-10-23", ok("Talks\n\nMOSCOW. Oct 23, 2018 (Interfax) - Lavrov met Pompeo.\n", TextFormat.PLAIN).published());
        assertEquals("2023-09-06", ok("Talks\n\nNEW DELHI, 6th September, 2023 (WAM) -- Sherpas met.\n", TextFormat.PLAIN).published());
        assertNull(ok("Talks\n\nThe envoy said. Oct 23, 2018 was the day the talks began.\n", TextFormat.PLAIN).published(),
                "a sentence that ends before a date is no dateline");
        // (a dateline ended by a full stop before the first sentence, as ECOWAS writes it; black-box trial 99)
        assertEquals("2018-12-22", ok("Summit\n\nAbuja, 22 December 2018. The summit opened.\n", TextFormat.PLAIN).published());
        assertNull(ok("Summit\n\nAbuja, 22 December 2018.5 million people live there.\n", TextFormat.PLAIN).published(),
                "a full stop with no sentence after it ends no dateline");
    }

    @Test
    void aPressReleasesDateLineGivesTheDateWhenNothingElseDoes() {
        ArticleText state = ok("Secretary Rice's Travel\n\nPress Statement\nSean McCormack, Spokesman\nWashington, DC\nOctober 4, 2007\n\n"
                + "Secretary Rice will travel to Moscow on Friday, October 12.\n", TextFormat.PLAIN);
        assertEquals("2007-10-04", state.published());
        ArticleText oneLine = ok("Travel\n\nWashington, DC, October 4, 2007\n\nSecretary Rice will travel.\n", TextFormat.PLAIN);
        assertEquals("2007-10-04", oneLine.published());
        ArticleText prose = ok("Travel\n\nSecretary Rice, who first met Lavrov in Moscow on a visit that began on the evening of Monday, "
                + "travelled again.\nOctober 4, 2007\n", TextFormat.PLAIN);
        assertNull(prose.published(), "a date line after the first paragraph of prose is no press release's date");
    }

    @Test
    void aDateInWordsIsAPublicationDate() {
        assertEquals("2013-11-20", ok("---\nheadline: T\npublished: 20 Nov 2013\n---\nBody.\n", TextFormat.PLAIN).published());
        assertEquals("2013-11-20", ok("---\nheadline: T\npublished: November 20, 2013\n---\nBody.\n", TextFormat.PLAIN).published());
        assertEquals("2013-11-20", ok("---\nheadline: T\ndate: Wednesday, 20 November 2013\n---\nBody.\n", TextFormat.PLAIN).published());
        Problem bad = only(read("---\nheadline: T\npublished: November 31, 2013\n---\nBody.\n", TextFormat.PLAIN), Severity.ERROR);
        assertTrue(bad.message().contains("'November 31, 2013' is not a date"), bad.message());
        assertEquals(3, bad.line());
    }

    // --- front matter

    @Test
    void frontMatterGivesTheMetadataAndWinsOverTheFirstLine() {
        ArticleText a = ok("---\ntitle: \"Rubio: skips talks\"\ndescription: >\n  A US no-show\n  in London\n"
                + "date: 2025-04-23 10:30:00 +0100\nid: story-42\nurl: 'https://example.org/it''s'\n---\n"
                + "Marco Rubio pulled out on Wednesday.\n", TextFormat.PLAIN);
        assertEquals("Rubio: skips talks", a.headline());
        assertEquals("A US no-show in London", a.standfirst());
        assertEquals("2025-04-23T10:30:00+01:00", a.published());
        assertEquals(LocalDate.of(2025, 4, 23), a.publishedDate());
        assertEquals("story-42", a.id());
        assertEquals("https://example.org/it's", a.url());
        assertEquals("Marco Rubio pulled out on Wednesday.", a.text(), "the first line is body when front matter gives the headline");
    }

    @Test
    void frontMatterWithoutAHeadlineOverOneParagraphKeepsItAsTheBody() {
        // black-box trial 76: the one paragraph had become the headline, and the file was refused as
        // having nothing after its front matter
        ArticleText a = ok("---\npublished: 2025-07-20\n---\nThe talks in Doha resumed on Sunday.\n", TextFormat.PLAIN);
        assertNull(a.headline());
        assertEquals("The talks in Doha resumed on Sunday.", a.text());
        ArticleText md = ok("---\npublished: 2025-07-20\n---\nThe talks in Doha resumed on Sunday.\n", TextFormat.MARKDOWN);
        assertEquals("The talks in Doha resumed on Sunday.", md.text());
        // with two paragraphs the first is still the headline, as without front matter
        ArticleText two = ok("---\npublished: 2025-07-20\n---\nTalks resume\n\nThe talks in Doha resumed on Sunday.\n", TextFormat.PLAIN);
        assertEquals("Talks resume", two.headline());
        assertEquals("The talks in Doha resumed on Sunday.", two.text());
        // front matter over nothing is still refused
        assertFalse(read("---\npublished: 2025-07-20\n---\n", TextFormat.PLAIN).ok());
    }

    @Test
    void aBadDateInFrontMatterIsAnErrorNamingItsLineAndColumn() {
        Read<ArticleText> r = read("---\nheadline: Talks\npublished: 2025-04-31\n---\nBody.\n", TextFormat.MARKDOWN);
        assertFalse(r.ok());
        Problem p = only(r, Severity.ERROR);
        assertEquals(3, p.line());
        assertEquals(12, p.column());
        assertTrue(p.message().contains("'2025-04-31' is not a date"), p.message());
    }

    @Test
    void unknownKeysAreWarningsWithTheirLineAndAnUnclosedBlockIsAnError() {
        // (a generator's own keys, "layout: post", "tags:", are ignored quietly: black-box trial 50)
        Read<ArticleText> r = read("---\nsource: VOA\nlicence:\n  - a\n  - b\nlayout: post\ntitle: T\n---\nBody.", TextFormat.PLAIN);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("'source' ignored"));
        assertEquals(3, r.problems().get(1).line());
        assertEquals("Body.", r.value().text());

        // a misspelt key names the one it is near (black-box trial 12: 'pubished' passed unnoticed),
        // and a key near none names none
        Read<ArticleText> typo = read("---\npubished: 2025-04-23\nheadline: T\n---\nBody.", TextFormat.PLAIN);
        assertTrue(only(typo, Severity.WARNING).message().contains("'pubished' ignored (did you mean 'published'?)"),
                typo.problems().toString());
        assertFalse(r.problems().get(0).message().contains("did you mean"), r.problems().get(0).message());

        Read<ArticleText> open = read("---\ntitle: T\nBody.", TextFormat.PLAIN);
        assertFalse(open.ok());
        assertTrue(only(open, Severity.ERROR).message().contains("never closed"));
    }

    @Test
    void overridesWinOverTheTextAndFallbacksComeLast() {
        Read<ArticleText> r = READER.read("---\ndate: 2025-04-23\n---\nHeadline\n\nBody.".getBytes(StandardCharsets.UTF_8),
                TextFormat.PLAIN, ArticleMeta.NONE.withPublished("2025-04-24").withId("cms-1"),
                ArticleMeta.fromFileName("2025-01-01-x.txt"));
        assertEquals("2025-04-24", r.value().published());
        assertEquals("cms-1", r.value().id());
        Read<ArticleText> headline = READER.read("Body first line.\nBody second.".getBytes(StandardCharsets.UTF_8),
                TextFormat.PLAIN, ArticleMeta.NONE.withHeadline("Given"), ArticleMeta.NONE);
        assertEquals("Given", headline.value().headline());
        assertEquals("Body first line.\n\nBody second.", headline.value().text(), "a headline given: the first line is body");
        Read<ArticleText> bad = READER.read("H\n\nBody.".getBytes(StandardCharsets.UTF_8), TextFormat.PLAIN,
                ArticleMeta.NONE.withPublished("yesterday"), ArticleMeta.NONE);
        assertFalse(bad.ok());
        assertTrue(only(bad, Severity.ERROR).message().contains("'yesterday' is not a date"));
    }

    @Test
    void aFileNameGivesAnIdAndADateOnlyWhenItStartsWithARealOne() {
        assertEquals(new ArticleMeta("2025-04-23-talks", null, null, "2025-04-23", null),
                ArticleMeta.fromFileName("a/b/2025-04-23-talks.md"));
        assertEquals(new ArticleMeta("2025-02-30-talks", null, null, null, null), ArticleMeta.fromFileName("2025-02-30-talks.md"));
        assertEquals(new ArticleMeta("20250423x", null, null, null, null), ArticleMeta.fromFileName("20250423x.txt"));
    }

    // --- Markdown

    @Test
    void markdownLosesItsMarkupAndKeepsItsParagraphs() {
        ArticleText a = ok("# Rubio *skips* talks\n\nMarco **Rubio** [pulled out](https://x.org) of the\ntalks.\n\n"
                + "- First item\n- Second item\n\n> A quote.\n\n```\ncode();\n```\n\n![a photo](p.png)\n\n<div>raw</div>\n\n"
                + "## A subheading\nLast `words`.\n", TextFormat.MARKDOWN);
        assertEquals("Rubio skips talks", a.headline());
        assertEquals("Marco Rubio pulled out of the talks.\n\nFirst item\n\nSecond item\n\nA quote.\n\nA subheading\n\nLast words.",
                a.text());
    }

    @Test
    void markdownWithoutATitleTakesItsFirstLine() {
        ArticleText a = ok("Rubio skips talks\n\nBody *here*.", TextFormat.MARKDOWN);
        assertEquals("Rubio skips talks", a.headline());
        assertEquals("Body here.", a.text());
    }

    // --- HTML

    static final String PAGE = "<!doctype html><html><head><title>Site | Rubio</title>"
            + "<meta property=\"og:title\" content=\"OG title\">"
            + "<meta property=\"article:published_time\" content=\"not a date\">"
            + "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-04-23T09:30:00Z\"}]}</script>"
            + "<link rel=\"canonical\" href=\"https://example.org/rubio\"></head><body>"
            + "<nav>Home | World</nav><header>Site header</header>"
            + "<article><header><h1>Rubio skips <em>London</em> talks</h1><p class=\"article-standfirst\">US no-show.</p>"
            + "<time datetime=\"2025-04-22\">Tue</time></header>"
            + "<p>First   paragraph\n of the story.</p><figure><img src=x><figcaption>A caption</figcaption></figure>"
            + "<p>Second <a href=\"/y\">paragraph</a>.</p><aside>Related: something</aside><ul><li>An item</li></ul>"
            + "<script>var x = 'no';</script><div>Loose text<br>after a break</div></article>"
            + "<footer>Copyright</footer></body></html>";

    @Test
    void htmlGivesHeadlineStandfirstDateUrlAndTheArticlesParagraphs() {
        Read<ArticleText> r = read(PAGE, TextFormat.HTML);
        assertTrue(r.ok(), r.problems().toString());
        ArticleText a = r.value();
        assertEquals("Rubio skips London talks", a.headline());
        assertEquals("US no-show.", a.standfirst());
        assertEquals("2025-04-23T09:30:00Z", a.published(), "JSON-LD, after the published_time that is not a date");
        assertEquals("https://example.org/rubio", a.url());
        assertEquals("First paragraph of the story.\n\nSecond paragraph.\n\nAn item\n\nLoose text\n\nafter a break", a.text());
        Problem warning = only(r, Severity.WARNING);
        assertTrue(warning.message().contains("article:published_time") && warning.message().contains("'not a date'"),
                warning.message());
        assertEquals(1, warning.line());
    }

    @Test
    void htmlWithoutAnH1TakesOgTitleAndATimeElement() {
        ArticleText a = ok("<html><head><meta property=\"og:title\" content=\"From OG\"></head><body><main>"
                + "<time datetime=\"2025-04-23\">Wed</time><p>Body.</p></main></body></html>", TextFormat.HTML);
        assertEquals("From OG", a.headline());
        assertEquals("2025-04-23", a.published());
        assertEquals("Wed\n\nBody.", a.text());
    }

    @Test
    void htmlNested100000DeepIsReadFlatInBoundedTimeWithAWarning() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "Deep words." + "</div>".repeat(100_000) + "</body></html>";
        long start = System.nanoTime();
        Read<ArticleText> r = read(deep, TextFormat.HTML);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("Deep words.", r.value().text());
        assertTrue(only(r, Severity.WARNING).message().contains("more than " + TextLimits.DEFAULT_MAX_DEPTH + " deep"));
        // About 0.5 s on a quiet machine (docs/reliability.md); the bound catches a hang, not a slowdown
        // on a machine shared by many builds.
        assertTrue(millis < 60_000, "bounded time: " + millis + " ms");
    }

    @Test
    void markdownNested100000DeepIsReadWithoutExhaustingTheStack() {
        Read<ArticleText> r = read("Title\n\n" + ">".repeat(100_000) + " deep\n\n" + "*".repeat(50_000) + "x"
                + "*".repeat(50_000) + "\n", TextFormat.MARKDOWN);
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.value().text().contains("deep"));
    }

    // --- bad text

    @Test
    void invalidUtf8IsAnErrorWithLineColumnAndOffset() {
        byte[] bytes = "Headline\n\nBad \u00e9 here".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 7] = (byte) 0xC3; // é is C3 A9: make it C3 C3
        bytes[bytes.length - 6] = (byte) 0xC3;
        Read<ArticleText> r = READER.read(bytes, TextFormat.PLAIN, ArticleMeta.NONE, ArticleMeta.NONE);
        assertFalse(r.ok());
        Problem p = only(r, Severity.ERROR);
        assertEquals(3, p.line());
        assertEquals(5, p.column());
        assertTrue(p.message().startsWith("not valid UTF-8: byte 0xC3 at byte offset 14"), p.message());
    }

    @Test
    void binaryBytesAreRefusedAndOtherControlCharactersReadAsSpaces() {
        Read<ArticleText> binary = READER.read(new byte[] {'H', '\n', '\n', 'a', 0, 'b'}, TextFormat.PLAIN,
                ArticleMeta.NONE, ArticleMeta.NONE);
        assertFalse(binary.ok());
        assertTrue(only(binary, Severity.ERROR).message().startsWith("binary data"));
        Read<ArticleText> control = read("H\n\nA\u0007bell.", TextFormat.PLAIN);
        assertEquals("A bell.", control.value().text());
        assertEquals(3, only(control, Severity.WARNING).line());
    }

    @Test
    void textOverALimitOrWithoutWordsIsAClearError() {
        ArticleReader small = new ArticleReader(TextLimits.DEFAULT.withMaxBytes(100).withMaxWords(5).withMaxChars(60));
        Read<ArticleText> big = small.read(new byte[20 << 20], TextFormat.PLAIN, ArticleMeta.NONE, ArticleMeta.NONE);
        assertTrue(only(big, Severity.ERROR).message().contains("20,971,520 bytes; the limit is 100 bytes"));
        Read<ArticleText> words = small.read("H\n\none two three four five six".getBytes(StandardCharsets.UTF_8),
                TextFormat.PLAIN, ArticleMeta.NONE, ArticleMeta.NONE);
        assertTrue(only(words, Severity.ERROR).message().contains("has 6 words; the limit is 5"));
        Read<ArticleText> chars = small.read(("H\n\n" + "x".repeat(61)).getBytes(StandardCharsets.UTF_8),
                TextFormat.PLAIN, ArticleMeta.NONE, ArticleMeta.NONE);
        assertTrue(only(chars, Severity.ERROR).message().contains("61 characters long; the limit is 60"));
        assertTrue(only(read("Just a headline\n", TextFormat.PLAIN), Severity.ERROR).message().startsWith("no article text"));
        assertTrue(only(read("H\n\n... !!! ???\n", TextFormat.PLAIN), Severity.ERROR).message().contains("no words"));
        assertTrue(only(read("<html><nav>menu</nav></html>", TextFormat.HTML), Severity.ERROR).message()
                .startsWith("no article text: the page has no paragraphs"));
        // the message says what the text held (black-box trial 9: front matter was blamed for an empty file)
        assertEquals("no article text: the text is empty", only(read("", TextFormat.PLAIN), Severity.ERROR).message());
        assertEquals("no article text: the text holds only white space",
                only(read(" \n\n", TextFormat.MARKDOWN), Severity.ERROR).message());
        assertTrue(only(read("---\nheadline: H\n---\n", TextFormat.PLAIN), Severity.ERROR).message()
                .startsWith("no article text: nothing follows the front matter"));
        assertTrue(only(read("Just a headline\n", TextFormat.PLAIN), Severity.ERROR).message()
                .contains("without front matter the first line is the headline"));
    }

    @Test
    void aHundredThousandWordArticleIsRefusedQuickly() {
        String text = "Headline\n\n" + "word ".repeat(100_000);
        long start = System.nanoTime();
        Read<ArticleText> r = read(text, TextFormat.MARKDOWN);
        assertFalse(r.ok());
        assertTrue(only(r, Severity.ERROR).message().contains("the limit is"), r.problems().toString());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
    }

    // --- where the body stands in the text as given

    /**
     * Asserts where words of the body stand in the text as given: {@code expected} is pairs of the
     * words (their first occurrence in the body) and their line:column in {@code text}.
     */
    static void assertPlaces(String text, TextFormat format, String... expected) {
        Read<ArticleReader.Placed> r = READER.readPlaced(text.getBytes(StandardCharsets.UTF_8), format, ArticleMeta.NONE,
                ArticleMeta.NONE);
        assertTrue(r.ok(), r.problems().toString());
        for (int i = 0; i < expected.length; i += 2) {
            int at = r.value().article().text().indexOf(expected[i]);
            assertTrue(at >= 0, r.value().article().text());
            SourceMap.Position p = r.value().sourceMap().at(at);
            assertEquals(expected[i + 1], p.line() + ":" + p.column(), expected[i]);
        }
    }

    @Test
    void plainTextBodyOffsetsMapToTheFilesLinesAfterFrontMatterHeadlineAndBlankLines() {
        // white space collapsed in the body is counted in the file; a lone CR ends a line
        assertPlaces("---\ntitle: T\n---\nFirst   paragraph.\n\n\n  Second one, indented.\r\nThird.\rFourth.", TextFormat.PLAIN,
                "First", "4:1", "paragraph", "4:9", "Second", "7:3", "Third", "8:1", "Fourth", "9:1");
        assertPlaces("\uFEFFHeadline\n\nA \u00E9t\u00E9 day.", TextFormat.PLAIN, "day", "3:7"); // no byte order mark counted
        assertPlaces("Headline\n\nA \uD83D\uDE00 day.", TextFormat.PLAIN, "day", "3:6"); // columns in UTF-16 units
    }

    @Test
    void markdownMarkupEscapesAndEntitiesAreCountedInTheFile() {
        assertPlaces("# Title\n\nSome *emphasis* \\*stars\\* &amp; [a link](https://x.org) then Words here\n"
                        + "wrapped onto `code` and Next.\n\n> Quoted Line\n\n1. Item Text", TextFormat.MARKDOWN,
                "Words here", "3:62", "a link", "3:34", "Next.", "4:25", "code and", "4:15", "Quoted", "6:3", "Item", "8:4");
    }

    @Test
    void htmlEntitiesAndTagsAreCountedInThePage() {
        assertPlaces("<html><body>\n<article><h1>T</h1>\n<p>A &amp; B &mdash; <i>c</i> Words.</p>\n"
                        + "  <p>\n    Second &#8217;para&#x2019; End.</p></article></body></html>", TextFormat.HTML,
                "Words", "3:31", "A & B", "3:4", "Second", "5:5", "End.", "5:32");
    }

    // --- boxes of other stories (black-box trial 24)

    @Test
    void aRelatedBoxIsLeftOutOfTheBodyInEveryFormat() {
        String story = "Lammy met Wang Yi in Beijing on Friday.";
        String other = "Blinken and Wang Yi meet in Beijing on Friday (26 April 2024)";
        assertEquals(story, ok("Headline\n\n" + story + "\n\nRelated:\n" + other + "\n", TextFormat.PLAIN).text());
        assertEquals(story + "\n\nAfter.", ok("Headline\n\n" + story + "\n\nRead more: " + other + "\n\nAfter.\n", TextFormat.PLAIN).text());
        assertEquals(story + "\n\nNext part\n\nMore.", ok("# Headline\n\n" + story + "\n\n## Related\n\n- [" + other
                + "](https://example.org/a)\n\n## Next part\n\nMore.\n", TextFormat.MARKDOWN).text());
        assertEquals(story, ok("<html><body><article><h1>Headline</h1><p>" + story + "</p><div class=\"related\"><h3>Related</h3>"
                + "<ul><li>" + other + "</li></ul></div></article></body></html>", TextFormat.HTML).text());
    }

    @Test
    void aBoxLabelOnALineOfItsOwnLeavesOutTheHeadlinesUnderItAfterABlankLine() {
        // black-box trial 25: "RELATED CONTENT", "More from DOD News", "You may also like:" with the headlines a blank line below
        String story = "Secretary of State Marco Rubio attended the NATO foreign ministers' meeting in Brussels on Friday.";
        String other = "Rubio will not attend the NATO foreign ministers' meeting in Brussels, officials say";
        for (String label : List.of("RELATED CONTENT", "More from DOD News", "You may also like:")) {
            assertEquals(story, ok("Headline\n\n" + story + "\n\n" + label + "\n\n" + other + "\n\n" + other + " again\n", TextFormat.PLAIN).text());
        }
        // the story's own prose after the box stays
        assertEquals(story + "\n\nHe left on Saturday.", ok("Headline\n\n" + story + "\n\nRelated:\n\n" + other
                + "\n\nHe left on Saturday.\n", TextFormat.PLAIN).text());
    }

    @Test
    void aCorrectionNoteIsLeftOutOfTheBodyInEveryFormat() {
        // black-box trial 25: what an earlier version said wrongly is not the article's fact
        String story = "Macron met Trump at the White House on Monday. Foreign Minister Barrot did not attend.";
        String note = "Correction: An earlier version of this article incorrectly stated that Barrot attended the meeting.";
        assertEquals(story, ok("Headline\n\n" + story + "\n\n" + note + "\n", TextFormat.PLAIN).text());
        assertEquals(story, ok("Headline\n\n" + story + "\n\nThis article has been corrected. An earlier version said Sunday.\n",
                TextFormat.PLAIN).text());
        assertEquals(story, ok("# Headline\n\n" + story + "\n\n*" + note + "*\n", TextFormat.MARKDOWN).text());
        assertEquals(story, ok("<html><body><article><h1>Headline</h1><p>" + story + "</p><p><em>" + note + "</em></p></article></body></html>",
                TextFormat.HTML).text());
        // "Corrections officials said", a correction told as news, stays
        String news = "Corrections officials said the talks were on Monday.";
        assertEquals(news, ok("Headline\n\n" + news + "\n", TextFormat.PLAIN).text());
    }

    @Test
    void anEditorsOrUpdateNoteOnWhatTheArticleEarlierSaidIsLeftOut() {
        // black-box trial 29: "Editor's note: ... it earlier said he had pulled out" is not the article's fact
        String story = "Foreign Minister Ayman Safadi attended the talks in Cairo on Tuesday.";
        for (String note : List.of(
                "Editor's note: This article was updated to say that Safadi attended the talks in Cairo; it earlier said he had pulled out.",
                "Editor\u2019s Note: It earlier said Safadi had pulled out of the talks.",
                "Editors' note: the story originally stated that Safadi pulled out.",
                "Update: This story has been updated to correct the day of the talks.",
                "Updated at 16:40. A previous version of this article said Safadi had pulled out.",
                "Note: an earlier version of this story misstated the day.")) {
            assertEquals(story, ok("Headline\n\n" + story + "\n\n" + note + "\n", TextFormat.PLAIN).text(), note);
        }
        // a live blog's update and a news sentence about what someone earlier said stay
        for (String news : List.of("Update: Safadi attended the talks in Cairo after a change of plan.",
                "The ministry said Safadi would attend; it earlier said he had pulled out.",
                "Editor's note: Safadi attended the talks in Cairo.")) {
            assertEquals(story + "\n\n" + news, ok("Headline\n\n" + story + "\n\n" + news + "\n", TextFormat.PLAIN).text(), news);
        }
    }

    @Test
    void aRelatedStoryInTheTextItselfStays() {
        String text = "Related talks were held on Friday.";
        assertEquals(text, ok("Headline\n\n" + text + "\n", TextFormat.PLAIN).text());
    }

    @Test
    void htmlTakesThePublishedTimeNotTheUpdatedOne() {
        String page = "<html><body><article><h1>Blinken meets Rasmussen</h1><p>Updated <time datetime=\"2024-06-12\">June 12</time>"
                + " · Published <time datetime=\"2024-06-05\">June 5</time></p><p>Body.</p></article></body></html>";
        assertEquals("2024-06-05", ok(page, TextFormat.HTML).published());
        String updatedOnly = "<html><body><article><h1>H</h1><p>Updated <time datetime=\"2024-06-12\">June 12</time></p>"
                + "<p>Body.</p></article></body></html>";
        assertEquals("2024-06-12", ok(updatedOnly, TextFormat.HTML).published(), "the only time there is, if nothing better");
    }

    // --- black-box trial 50: pages as a CMS holds them

    @Test
    void hugosPublishDateIsThePublicationDateAndItsPageKeysAreQuiet() {
        Read<ArticleText> r = read("---\ntitle: \"Rubio meets Sybiha\"\ndate: 2025-04-22\ndraft: false\ntags: [a, b]\n"
                + "publishDate: 2025-04-23\n---\n\nMarco Rubio met Andrii Sybiha today.\n", TextFormat.MARKDOWN);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("2025-04-23", r.value().published(), "publishDate, not the day the page was made");
        assertTrue(r.problems().isEmpty(), () -> "no warning for draft, tags or date: " + r.problems());
        ArticleText before = ok("---\ntitle: T\npublishDate: 2025-04-23\ndate: 2025-04-22\n---\n\nText here.\n", TextFormat.MARKDOWN);
        assertEquals("2025-04-23", before.published(), "whichever order the keys come in");
        ArticleText dateOnly = ok("---\ntitle: T\ndate: 2025-04-22\n---\n\nText here.\n", TextFormat.MARKDOWN);
        assertEquals("2025-04-22", dateOnly.published(), "date alone is still the publication date");
        Read<ArticleText> other = read("---\ntitle: T\nsource: VOA\n---\n\nText here.\n", TextFormat.MARKDOWN);
        assertEquals(1, other.problems().size(), "a key no generator writes is still a warning");
    }

    @Test
    void aUtcTimestampGivesWayToTheLocalDateThePageAlsoGives() {
        String jsonLd = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2025-04-24T00:30:00Z\"}</script></head><body><article><h1>H</h1>"
                + "<p>Published <time datetime=\"2025-04-23T20:30:00-04:00\">April 23, 8:30 p.m. ET</time></p>"
                + "<p>Marco Rubio met Andrii Sybiha today.</p></article></body></html>";
        assertEquals("2025-04-23T20:30:00-04:00", ok(jsonLd, TextFormat.HTML).published());
        String dateline = "<html><head><meta property=\"article:published_time\" content=\"2025-04-24T00:30:00Z\"></head>"
                + "<body><article><h1>H</h1><p>WASHINGTON, April 23 (Reuters) - Marco Rubio met Andrii Sybiha today.</p>"
                + "</article></body></html>";
        assertEquals("2025-04-23", ok(dateline, TextFormat.HTML).published(), "the dateline's day, the evening before in UTC");
        String sameDay = dateline.replace("April 23", "April 24");
        assertEquals("2025-04-24T00:30:00Z", ok(sameDay, TextFormat.HTML).published(), "a dateline of the same day changes nothing");
        String offset = dateline.replace("00:30:00Z", "00:30:00+02:00");
        assertEquals("2025-04-24T00:30:00+02:00", ok(offset, TextFormat.HTML).published(), "a local time is the newsroom's own");
    }

    @Test
    void tagsSharingCaptionsAndCorrectionBoxesAreNoArticleText() {
        String page = "<html><body><article><h1>Officials meet</h1><p>Officials held talks in London on Wednesday.</p>"
                + "<div class=\"tags\">Topics: <a href=\"/t/1\">Foreign ministers' meeting</a></div>"
                + "<p class=\"wp-caption-text\">Rubio and Lavrov at an earlier meeting in Riyadh.</p>"
                + "<p>More text <a rel=\"tag\" href=\"/t/2\">Ukraine talks</a>.</p>"
                + "<div class=\"share\"><a href=\"#\">Share on X</a></div>"
                + "<p class=\"correction\">Amended: we called him deputy minister.</p></article></body></html>";
        String text = ok(page, TextFormat.HTML).text();
        assertEquals("Officials held talks in London on Wednesday.\n\nMore text .", text);
    }

    @Test
    void correctionNotesInTheWordingsNewsroomsUse() {
        for (String note : List.of(
                "Correction, 24 April: This article originally misidentified Foreign Minister X as Deputy Foreign Minister X.",
                "Amended 24 April 2025: we originally referred to Deputy Foreign Minister Andrii Sybiha.",
                "Editor's note: Due to an editing error, Andrii Sybiha was first called Deputy Foreign Minister Andrii Sybiha.",
                "*Corrected on 24 April: Sybiha was wrongly described as deputy minister.*")) {
            assertTrue(Asides.correction(note), note);
        }
        for (String prose : List.of("Update: Safadi attended after all.",
                "The summit, which was first called for March, opened on Tuesday.",
                "Amended rules were adopted on Tuesday.")) {
            assertFalse(Asides.correction(prose), prose);
        }
        assertTrue(Asides.labelled("**Read more:** Rubio meets Wang"), "a Markdown label in bold");
    }

    @Test
    void moreCorrectionWordingsAndAFactChecksClaim() {
        // black-box trial 60: notes the readers kept, whose withdrawn sentence then clashed with the body
        for (String note : List.of(
                "Retraction: Our report that Marco Rubio attended the talks in London was wrong. He did not attend.",
                "Erratum: Marco Rubio attended the talks in London, an earlier version said. He did not; he pulled out.",
                "Due to an editing error, this story originally said that Marco Rubio attended the talks in London; he did not.",
                "Earlier versions of this report incorrectly said that Marco Rubio attended the talks in London.",
                "Our earlier report that the talks were held in Paris was incorrect.",
                "Claim: Shehbaz Sharif and Narendra Modi met in Dubai on Saturday, 20 April.")) {
            assertTrue(Asides.correction(note), note);
        }
        for (String prose : List.of("The ministry's claim that the talks were held in Paris was rejected by Kyiv.",
                "Verdict: False. 20 April 2025 was a Sunday, and no meeting took place.",
                "The editing of the communique took until Tuesday, officials said.",
                "Our report on the talks in London follows below.")) {
            assertFalse(Asides.correction(prose), prose);
        }
    }

    @Test
    void aTranscriptsOwnDateLineIsTheDayItsWordsCountFrom() {
        Read<ArticleText> r = read("---\nheadline: Remarks to the Press\npublished: 2025-06-04\n---\nMarco Rubio, Secretary of State\n"
                + "Washington, D.C.\nJune 3, 2025\n\nSECRETARY RUBIO: Tomorrow, Wednesday, I will host the foreign minister of Japan.\n",
                TextFormat.PLAIN);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("2025-06-03", r.value().published(), "the day the words were said");
        Problem p = only(r, Severity.WARNING);
        assertTrue(p.message().contains("own date line says 2025-06-03"), p.message());
        assertEquals(3, p.line(), "where the front matter's date stands");
        ArticleText same = ok("---\nheadline: H\npublished: 2025-06-03\n---\nWashington, D.C.\nJune 3, 2025\n\nText here today.\n",
                TextFormat.PLAIN);
        assertEquals("2025-06-03", same.published());
        ArticleText far = ok("---\nheadline: H\npublished: 2025-07-20\n---\nWashington, D.C.\nJune 3, 2025\n\nText here.\n",
                TextFormat.PLAIN);
        assertEquals("2025-07-20", far.published(), "a date line weeks away is an old text republished: the front matter holds");
    }
}
