package org.factlint;

import java.util.List;
import java.util.stream.Collectors;

/** A configuration input (such as the reference file) is unusable; its problems say why and where. */
public final class InvalidInputException extends Exception {

    private final String input;
    private final List<Problem> problems;

    public InvalidInputException(String input, List<Problem> problems) {
        super(problems.stream().map(p -> input + ": " + p).collect(Collectors.joining("\n")));
        this.input = input;
        this.problems = List.copyOf(problems);
    }

    public String input() {
        return input;
    }

    public List<Problem> problems() {
        return problems;
    }
}
