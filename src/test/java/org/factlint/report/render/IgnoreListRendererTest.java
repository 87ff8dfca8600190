package org.factlint.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factlint.report.IgnoreList;
import org.junit.jupiter.api.Test;

/** {@code --format ignore} writes an ignore list that {@code --ignore} reads back. */
class IgnoreListRendererTest {

    @Test
    void writesOneFingerprintPerFindingWithItsMessageAsAComment() {
        String list = Fixtures.render(new IgnoreListRenderer(), Fixtures.all());
        assertEquals(Set.of("4b8d1327e1d127030566", "0123456789abcdef0123", "fedcba9876543210fedc", "aaaaabbbbbcccccddddd"),
                IgnoreList.parse(list));
        assertTrue(list.contains("4b8d1327e1d127030566  # facts/a b#1.json: attendance.attended-and-absent: Marco Rubio"), list);
        assertTrue(list.contains("# facts/broken.json: could not be checked"), list);
        // two header lines, four findings, one unchecked input: every comment stays on its line
        assertEquals(2 + 4 + 1, list.split("\n").length, list);
    }

    @Test
    void anInputThatCouldNotBeReadIsACommentSayingSo() {
        String list = Fixtures.render(new IgnoreListRenderer(), List.of(Fixtures.unreadable()));
        assertTrue(list.contains("# articles/missing.txt: could not be read\n"), list);
    }

    @Test
    void theTextReportCountsSuppressedFindings() {
        String text = TextRenderer.render(List.of(Fixtures.withFindings()));
        assertTrue(text.contains("2 suppressed"), text);
        assertTrue(text.contains("2 accepted findings suppressed"), text);
    }
}
