package org.factlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ignore list's two forms and its errors. */
class IgnoreListTest {

    static final String A = "4b8d1327e1d127030566";
    static final String B = "0123456789abcdef0123";

    @Test
    void linesWithCommentsAndBlankLines() {
        String list = "\uFEFF# accepted by the desk, 2025-04-24\n\n" + A + "  # attendance.attended-and-absent: Rubio ...\r\n"
                + "   " + B.toUpperCase() + "\n# " + "ffffffffffffffffffff" + " commented out\n";
        assertEquals(Set.of(A, B), IgnoreList.parse(list));
    }

    @Test
    void jsonArraysOfStringsOrObjects() {
        assertEquals(Set.of(A, B), IgnoreList.parse("[\"" + A + "\", \"" + B + "\"]"));
        assertEquals(Set.of(A, B), IgnoreList.parse("[{\"fingerprint\": \"" + A + "\", \"note\": \"fine: two talks\"},\n \""
                + B + "\"]"));
        assertEquals(Set.of(), IgnoreList.parse("[]"));
    }

    @Test
    void aLineThatIsNotAFingerprintIsRefusedWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IgnoreList.parse(A + "\nattendance.attended-and-absent f1 f2\n"));
        assertTrue(e.getMessage().startsWith("2: expected a finding's fingerprint"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IgnoreList.parse(A.substring(0, 19)));
        assertThrows(IllegalArgumentException.class, () -> IgnoreList.parse(A + " note without a hash"));
    }

    @Test
    void badJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IgnoreList.parse("[\"" + A + "\", 42]"));
        assertThrows(IllegalArgumentException.class, () -> IgnoreList.parse("[{\"note\": \"no fingerprint\"}]"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IgnoreList.parse("[\n\"" + A + "\",,\n]"));
        assertTrue(e.getMessage().startsWith("2: not valid JSON"), e.getMessage());
    }

    @Test
    void filesAreReadTogetherAndNamedInErrors(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("one.txt"), A + "\n");
        Path two = Files.writeString(dir.resolve("two.json"), "[\"" + B + "\"]");
        assertEquals(Set.of(A, B), IgnoreList.read(List.of(one, two)));
        Path bad = Files.writeString(dir.resolve("bad.txt"), "# ok\nnope\n");
        IOException e = assertThrows(IOException.class, () -> IgnoreList.read(List.of(one, bad)));
        assertTrue(e.getMessage().startsWith(bad + ":2: expected"), e.getMessage());
        e = assertThrows(IOException.class, () -> IgnoreList.read(List.of(dir.resolve("missing.txt"))));
        assertTrue(e.getMessage().endsWith("missing.txt: no such file"), e.getMessage());
    }
}
