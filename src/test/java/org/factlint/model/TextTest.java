package org.factlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text.normalize takes a shortcut for ASCII text; the shortcut must give what the general way gives. */
class TextTest {

    @Test
    void normalisesNamesAlike() {
        assertEquals("jean-noel barrot", Text.normalize("  Jean-No\u00ebl \t Barrot "));
        assertEquals("jean-noel barrot", Text.normalize("jean-noel barrot"));
        assertEquals("'rubio' - \"us\"", Text.normalize("\u2018Rubio\u2019 \u2013 \u201CUS\u201D"));
        assertEquals("", Text.normalize(null));
    }

    @Test
    void theAsciiShortcutAgreesWithTheGeneralWayOnEveryAsciiText() {
        // every ASCII character, white space and controls included, in random runs
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                sb.append(random.nextInt(4) == 0 ? " \t\n\u000B\f\r\u0001\u001F".charAt(random.nextInt(8)) : (char) random.nextInt(128));
            }
            String s = sb.toString();
            assertEquals(Text.normalizeUnicode(s), Text.normalizeAscii(s), () -> "for " + s.chars().boxed().toList());
            assertEquals(Text.normalizeUnicode(s), Text.normalize(s));
        }
    }
}
