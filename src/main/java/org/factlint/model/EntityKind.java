package org.factlint.model;

/** What an entity is. */
public enum EntityKind implements Word {
    PERSON, ORGANISATION, COUNTRY, PLACE, EVENT, GROUP;

    /** Countries, organisations and groups send delegations; a person is one attendee. */
    public boolean isParty() {
        return this == ORGANISATION || this == COUNTRY || this == GROUP;
    }
}
