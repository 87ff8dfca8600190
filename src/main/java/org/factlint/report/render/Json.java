package org.factlint.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** A streaming JSON writer over a renderer's {@link Appendable}, left open for the caller to close. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setCharacterEscapes(new SurrogateEscapes());

    private Json() {
    }

    static JsonGenerator pretty(Appendable out) throws IOException {
        return FACTORY.createGenerator(writer(out)).useDefaultPrettyPrinter();
    }

    /**
     * Writes every UTF-16 surrogate as a {@code \\u} escape: the same string to any JSON reader,
     * and a lone surrogate from a {@code \\ud800} in the input cannot make the UTF-8 output fail.
     */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static Writer writer(Appendable out) {
        if (out instanceof Writer w) {
            return w;
        }
        return new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                out.append(CharBuffer.wrap(chars, off, len));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
