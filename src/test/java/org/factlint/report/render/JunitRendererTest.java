package org.factlint.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML that the JDK's parser reads, with the counts CI servers show. */
class JunitRendererTest {

    static String xml;
    static Document doc;

    @BeforeAll
    static void setUp() throws Exception {
        xml = Fixtures.render(new JunitRenderer(), Fixtures.all());
        doc = parse(xml);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element suite(int i) {
        return (Element) doc.getElementsByTagName("testsuite").item(i);
    }

    static List<Element> cases(Element suite) {
        NodeList nodes = suite.getElementsByTagName("testcase");
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void oneSuitePerInputInInputOrder() {
        assertEquals("testsuites", doc.getDocumentElement().getTagName());
        assertEquals(3, doc.getElementsByTagName("testsuite").getLength());
        assertEquals("facts/a b#1.json", suite(0).getAttribute("name"));
        assertEquals("facts/clean.json", suite(1).getAttribute("name"));
        assertEquals("facts/broken.json", suite(2).getAttribute("name"));
    }

    @Test
    void oneFailingTestcasePerFinding() {
        Element s = suite(0);
        // four findings and one skipped case for the two suppressed findings
        assertEquals("5", s.getAttribute("tests"));
        assertEquals("4", s.getAttribute("failures"));
        assertEquals("0", s.getAttribute("errors"));
        assertEquals("1", s.getAttribute("skipped"));
        List<Element> cases = cases(s);
        assertEquals(5, cases.size());
        Element first = cases.get(0);
        assertEquals("attendance.attended-and-absent f1 f2", first.getAttribute("name"));
        assertEquals("attendance", first.getAttribute("classname"));
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertEquals("error", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("Marco Rubio is reported as attending"));
        String body = failure.getTextContent();
        assertTrue(body.contains("f2 2:6 \u201CRubio attended Wednesday's talks\u201D"), body);
        assertTrue(body.contains("\u2192 Check whether Marco Rubio attended London talks."), body);
        assertTrue(body.contains("4b8d1327e1d127030566"), body);
        assertEquals("warning", ((Element) cases.get(1).getElementsByTagName("failure").item(0)).getAttribute("type"));
        assertTrue(cases.get(1).getElementsByTagName("failure").item(0).getTextContent().contains("f3 headline \u201CRubio skips"));
        assertEquals("info", ((Element) cases.get(2).getElementsByTagName("failure").item(0)).getAttribute("type"));
        // evidence of no fact (a name's mentions) is listed without a fact id
        assertTrue(cases.get(3).getElementsByTagName("failure").item(0).getTextContent().contains("\n1:1 \u201CRubio\u201D"));
        assertEquals(1, cases.get(4).getElementsByTagName("skipped").getLength());
        assertTrue(((Element) cases.get(4).getElementsByTagName("skipped").item(0)).getAttribute("message").startsWith("2 findings"));
    }

    @Test
    void aCleanArticleIsOnePassingTestcase() {
        Element s = suite(1);
        assertEquals("1", s.getAttribute("tests"));
        assertEquals("0", s.getAttribute("failures"));
        List<Element> cases = cases(s);
        assertEquals(1, cases.size());
        assertEquals(0, cases.get(0).getChildNodes().getLength());
    }

    @Test
    void anInputThatCouldNotBeCheckedIsAnError() {
        Element s = suite(2);
        assertEquals("1", s.getAttribute("tests"));
        assertEquals("1", s.getAttribute("errors"));
        assertEquals("0", s.getAttribute("failures"));
        Element error = (Element) s.getElementsByTagName("error").item(0);
        assertEquals("line 3, column 14: malformed JSON: unexpected character ('}')", error.getAttribute("message"));
        assertTrue(error.getTextContent().contains("/facts/7/status"));
        assertEquals("could not be checked", cases(s).get(0).getAttribute("name"));
    }

    @Test
    void anInputThatCouldNotBeReadIsAnErrorSayingSo() throws Exception {
        Document d = parse(Fixtures.render(new JunitRenderer(), List.of(Fixtures.unreadable())));
        Element s = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("1", s.getAttribute("errors"));
        Element testcase = (Element) s.getElementsByTagName("testcase").item(0);
        assertEquals("could not be read", testcase.getAttribute("name"));
        assertEquals("no such file or folder", ((Element) testcase.getElementsByTagName("error").item(0)).getAttribute("message"));
    }

    @Test
    void textIllegalInXmlIsEscapedOrReplaced() {
        Element info = cases(suite(0)).get(2);
        String message = ((Element) info.getElementsByTagName("failure").item(0)).getAttribute("message");
        // the control character and the lone surrogate become U+FFFD; markup survives as text
        assertEquals("bad \uFFFD char \uFFFD lone ]]> </failure>\n& <b>\"quoted\"</b>", message);
        assertFalse(xml.contains("\u0001"));
        assertTrue(info.getElementsByTagName("failure").item(0).getTextContent().contains("]]> </failure>\n& <b>"));
    }

    @Test
    void warningsOfACheckedInputGoToSystemErr() {
        assertTrue(suite(0).getElementsByTagName("system-err").item(0).getTextContent().contains("/facts/3/extra"));
    }

    @Test
    void noInputGivesAnEmptyDocument() throws Exception {
        Document empty = parse(Fixtures.render(new JunitRenderer(), List.of()));
        assertEquals(0, empty.getElementsByTagName("testsuite").getLength());
    }
}
