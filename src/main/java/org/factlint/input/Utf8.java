package org.factlint.input;

import java.nio.charset.StandardCharsets;

/** Whether bytes are well-formed UTF-8, exactly as the JDK's strict decoder judges them. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * True if the bytes decode without error. The JDK's lenient decoding (fast, vectorised for
     * ASCII) puts U+FFFD wherever the strict decoder would stop, so text without U+FFFD was
     * well formed; text with one may have had it written in (then the strict decoder decides).
     */
    static boolean valid(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0;
    }
}
