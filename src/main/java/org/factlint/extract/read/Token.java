package org.factlint.extract.read;

/**
 * One word, number or punctuation mark of a text, never rewritten: {@code start}/{@code end} are
 * UTF-16 offsets into the text it came from; {@code lower} is its lower-case form with curly
 * apostrophes made straight, for matching.
 */
public record Token(String text, String lower, int start, int end) {

    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean word() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }
}
