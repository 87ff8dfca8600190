package org.factlint.extract.read;

import java.util.List;

/**
 * One sentence of a text: its 1-based number within that text, its offsets, and its tokens.
 */
public record Sentence(int number, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's words as written, from its text. */
    public String text(String of) {
        return of.substring(start, end);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }
}
