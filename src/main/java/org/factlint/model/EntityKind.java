package org.factlint.model;

/** What an entity is. */
public enum EntityKind implements Word {
    PERSON, ORGANISATION, COUNTRY, PLACE, EVENT, GROUP;

    /** The kind written as {@code word}; the American "organization" is accepted for "organisation". */
    public static java.util.Optional<EntityKind> parse(String word) {
        return Word.parse(EntityKind.class, "organization".equals(word) ? "organisation" : word);
    }

    /** Countries, organisations and groups send delegations; a person is one attendee. */
    public boolean isParty() {
        return this == ORGANISATION || this == COUNTRY || this == GROUP;
    }
}
