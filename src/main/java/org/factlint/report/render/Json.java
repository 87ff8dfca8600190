package org.factlint.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** A streaming JSON writer over a renderer's {@link Appendable}, left open for the caller to close. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    static JsonGenerator pretty(Appendable out) throws IOException {
        return FACTORY.createGenerator(writer(out)).useDefaultPrettyPrinter();
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
