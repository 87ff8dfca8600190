package org.factlint.extract.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factlint.extract.BuiltinExtractor;
import org.factlint.extract.Extractor;
import org.factlint.extract.Extractors;

/** The choice of {@code builtin}, {@code model} and {@code both} as a run or a server configures it. */
public final class ModelExtractors {

    /** The name of the model extractor. */
    public static final String MODEL = "model";
    /** The name of the model and the built-in extractor merged. */
    public static final String BOTH = "both";

    private ModelExtractors() {
    }

    /** IllegalArgumentException unless {@code name} is builtin, model or both. */
    public static void requireKnown(String name) {
        if (!name.equals(Extractors.BUILTIN) && !name.equals(MODEL) && !name.equals(BOTH)) {
            throw new IllegalArgumentException("--extractor: expected builtin, model or both but found '" + name + "'");
        }
    }

    /**
     * The extractors available: {@code builtin} always; {@code model} and {@code both} when a model
     * is configured (one {@link ModelExtractor} behind both, so that they share its request budget,
     * concurrency bound and cache). Nothing touches the network until an article is extracted
     * with {@code model} or {@code both}.
     *
     * @param defaultName {@code builtin}, {@code model} or {@code both}
     * @param model       the model's configuration, or null when none is configured
     * @throws IllegalArgumentException for an unknown name, or {@code model}/{@code both} without a model
     */
    public static Extractors configure(String defaultName, ModelConfig model) {
        return configure(defaultName, model, new BuiltinExtractor());
    }

    /** As {@link #configure(String, ModelConfig)}, with this built-in extractor (one with a newsroom's lexicon). */
    public static Extractors configure(String defaultName, ModelConfig model, Extractor builtin) {
        requireKnown(defaultName);
        Map<String, Extractor> available = new LinkedHashMap<>();
        available.put(Extractors.BUILTIN, builtin);
        if (model != null) {
            ModelExtractor m = new ModelExtractor(model);
            available.put(MODEL, m);
            available.put(BOTH, new MergedExtractor(builtin, m));
        } else if (!defaultName.equals(Extractors.BUILTIN)) {
            throw new IllegalArgumentException("--extractor " + defaultName + " needs a model: give --model-url (or "
                    + ModelConfig.URL_ENV + ") and --model (or " + ModelConfig.MODEL_ENV + ")");
        }
        return new Extractors(defaultName, available);
    }
}
