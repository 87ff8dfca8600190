package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;

/** Names JSON value kinds the way error messages say them: "a string", "a number (7)". */
final class Kinds {

    private Kinds() {
    }

    static String of(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string (" + shorten(node.asText()) + ")";
            case NUMBER -> "a number (" + node.asText() + ")";
            case BOOLEAN -> "a boolean (" + node.asText() + ")";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + node.getNodeType().name().toLowerCase();
        };
    }

    static String shorten(String s) {
        String q = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + q + "\"";
    }
}
