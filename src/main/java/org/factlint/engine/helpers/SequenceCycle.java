package org.factlint.engine.helpers;

import java.util.ArrayList;
import java.util.List;
import org.factlint.model.SequenceFact;

/**
 * Before/after statements that go round in a circle: each step's {@code after} is the next
 * step's {@code before}, and the last leads back to the first. A step holds every fact that
 * states it (the same order may be stated twice). The circle starts at the step with the
 * smallest fact id, so every rotation of one circle is the same value.
 *
 * @param steps the steps of the circle, each the facts saying one event came before the next
 */
public record SequenceCycle(List<List<SequenceFact>> steps) {

    public SequenceCycle {
        steps = steps.stream().map(List::copyOf).toList();
    }

    /** Every fact of the circle, step by step. */
    public List<SequenceFact> facts() {
        List<SequenceFact> all = new ArrayList<>();
        steps.forEach(all::addAll);
        return all;
    }

    /** The events of the circle, each once, in order. */
    public List<String> events() {
        return steps.stream().map(s -> s.get(0).before()).toList();
    }
}
