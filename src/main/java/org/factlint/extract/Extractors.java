package org.factlint.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractors a run or a server may use, by the name a user chooses them with
 * ({@code builtin}, {@code model}, {@code both}), and the one used when nobody chooses. The
 * operator configures the set; a request may only pick among it.
 *
 * @param defaultName the name used when none is chosen; one of {@code available}
 * @param available   the extractors by name, in the order they are listed
 */
public record Extractors(String defaultName, Map<String, Extractor> available) {

    /** The name of factlint's own extractor. */
    public static final String BUILTIN = "builtin";

    public Extractors {
        available = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(available));
        if (!available.containsKey(defaultName)) {
            throw new IllegalArgumentException("the default extractor '" + defaultName + "' is not among " + available.keySet());
        }
    }

    /** One extractor: factlint's own is named {@value #BUILTIN}, another by its {@link Extractor#name()}. */
    public static Extractors single(Extractor extractor) {
        String name = extractor instanceof BuiltinExtractor ? BUILTIN : extractor.name();
        return new Extractors(name, Map.of(name, extractor));
    }

    /** The names that may be chosen, in order. */
    public List<String> names() {
        return List.copyOf(available.keySet());
    }

    /** The extractor of that name; IllegalArgumentException naming the choices when there is none. */
    public Extractor get(String name) {
        Extractor e = available.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown extractor '" + name + "'; this configuration has "
                    + String.join(", ", available.keySet()));
        }
        return e;
    }

    /** The default extractor. */
    public Extractor defaultExtractor() {
        return available.get(defaultName);
    }
}
