package org.factlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads JSON Lines (one document per line) from a stream, one line at a time, so that a file of
 * any length is read in constant memory. Blank lines are skipped; a line longer than the limit
 * is skipped to its end and reported, not buffered.
 */
final class JsonLines {

    /** One line: its 1-based number and bytes (without the line end), or why it was not read. */
    record Line(long number, byte[] bytes, String error) {
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long number;
    private byte[] line = new byte[1 << 12];

    JsonLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next non-blank line, or null at the end of the stream. */
    Line next() throws IOException {
        while (true) {
            int length = 0;
            boolean tooLong = false;
            boolean sawAny = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                sawAny = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int n = end - position;
                if (!tooLong && length + (long) n > maxBytes) {
                    tooLong = true;
                }
                if (!tooLong) {
                    if (length + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                    }
                    System.arraycopy(buffer, position, line, length, n);
                    length += n;
                }
                position = end;
                if (end < limit) {
                    position++; // the '\n'
                    break;
                }
            }
            if (!sawAny) {
                return null;
            }
            number++;
            if (tooLong) {
                return new Line(number, null, "line is longer than the limit of " + maxBytes + " bytes; skipped");
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (!blank(line, length)) {
                return new Line(number, Arrays.copyOf(line, length), null);
            }
        }
    }

    private static boolean blank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
