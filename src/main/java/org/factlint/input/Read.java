package org.factlint.input;

import java.util.List;
import org.factlint.Problem;
import org.factlint.Severity;

/**
 * The outcome of reading one input: the value, or null when an error stopped it, and every
 * problem found on the way (warnings come with a value too).
 */
public record Read<T>(T value, List<Problem> problems) {

    public Read {
        problems = List.copyOf(problems);
    }

    public static <T> Read<T> failed(List<Problem> problems) {
        return new Read<>(null, problems);
    }

    public boolean ok() {
        return value != null;
    }

    static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
