package org.factlint.input.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factlint.Problem;
import org.factlint.Severity;
import org.factlint.input.Read;

/**
 * Bytes to text for the article readers: strict UTF-8 (the first bad byte is an error naming its
 * line, column and offset), a byte order mark dropped, line ends made {@code \n}, and binary data
 * refused (a NUL byte). Other control characters are read as spaces, with a warning, so that the
 * offsets of everything else stay where they are.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    static Read<String> decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return Read.failed(List.of(new Problem(Severity.ERROR, "", line, at - lineStart + 1, String.format(
                    "not valid UTF-8: byte 0x%02X at byte offset %d; expected text encoded as UTF-8", bytes[at] & 0xFF, at))));
        }
        decoder.flush(out);
        out.flip();
        return clean(out.toString());
    }

    /** Text already decoded: line ends made {@code \n}, NUL refused, other control characters read as spaces. */
    static Read<String> clean(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        StringBuilder b = new StringBuilder(text.length());
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == 0) {
                return Read.failed(List.of(new Problem(Severity.ERROR, "", line, b.length() - lineStart + 1,
                        "binary data (a NUL character), not text; expected an article as UTF-8 text")));
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
                if (problems.isEmpty()) {
                    problems.add(new Problem(Severity.WARNING, "", line, b.length() - lineStart + 1, String.format(
                            "control character U+%04X read as a space (and any others after it)", (int) c)));
                }
                b.append(' ');
            } else {
                b.append(c);
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
                line++;
                lineStart = b.length();
            }
        }
        return new Read<>(b.toString(), problems);
    }
}
