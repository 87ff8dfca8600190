package org.factlint.extract.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Small word lists the readers share: numbers written as words, days counted from publication, possessive pronouns. */
final class Words {

    private Words() {
    }

    /** "two" to "twelve" and the numbers they say (a map: looked up for every word of a sentence). */
    private static final Map<String, Integer> NUMBERS = numbers("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /** Expressions that name the publication day: "today", "this morning". */
    static final Set<String> SAME_DAY = WordSet.of("today", "tonight", "this morning", "this afternoon", "this evening");

    /** Expressions of a day counted from the publication day: the same day's, "yesterday", "tomorrow". */
    static final Set<String> DAY_WORDS = java.util.stream.Stream.concat(SAME_DAY.stream(), java.util.stream.Stream.of("yesterday", "tomorrow"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "his", "her", "their": whose meeting, counterparts or place. */
    static final Set<String> POSSESSIVES = WordSet.of("his", "her", "their");

    /**
     * Nouns that end the name of a body that meets ("the Association Committee", "Joint Chiefs Staff
     * Committee", "Planning Commission"): whose own level a relative clause on it gives, and which may
     * stand before its officer's title.
     */
    static final Set<String> BODY_NOUNS = WordSet.of("committee", "commission", "council", "board", "agency", "bureau",
            "authority", "secretariat", "assembly", "forum", "group", "parliament", "subcommittee", "sub-committee", "panel",
            "troika");

    /** Parts of a day ("on Tuesday morning", "on the evening of 9 July"). */
    static final Set<String> PARTS_OF_DAY = WordSet.of("morning", "afternoon", "evening", "night");

    /** Words of a span as written, compared as said: lower case, straight apostrophe, no "'s" ("Last month's" is "last month"). */
    static String spanWords(String written) {
        return written.toLowerCase(java.util.Locale.ROOT).replace("\u2019", "'").replace("'s", "");
    }

    /** The plural of a lower-case noun: "country" is "countries", "talks" stays "talks", "ceremony" is "ceremonies". */
    static String plural(String noun) {
        if (noun.endsWith("s")) {
            return noun;
        }
        boolean consonantY = noun.length() > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0;
        return consonantY ? noun.substring(0, noun.length() - 1) + "ies" : noun.endsWith("ch") || noun.endsWith("sh") || noun.endsWith("x") ? noun + "es" : noun + "s";
    }

    /** The number a word says ("six", "7"), from 2 to 99; -1 if it says none. */
    static int number(String lower) {
        int word = numberWord(lower);
        if (word >= 0) {
            return word;
        }
        // (a character test, not String.matches: this runs on every word of a sentence)
        int n = Annotator.digits(lower, 1, 2) ? Integer.parseInt(lower) : -1;
        return n >= 2 ? n : -1;
    }

    /** A number from two to twelve written as a word ("six"); -1 if the word is none. */
    static int numberWord(String lower) {
        return NUMBERS.getOrDefault(lower, -1);
    }

    /** Each word with its number, the first being two. */
    private static Map<String, Integer> numbers(String... words) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            out.put(words[i], i + 2);
        }
        return WordMap.copyOf(out);
    }
}
