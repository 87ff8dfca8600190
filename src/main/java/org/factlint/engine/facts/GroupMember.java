package org.factlint.engine.facts;

/**
 * A country, organisation or group belongs to a group that lists it among its members (in the
 * article or the reference file), directly or through a group in between. People are not
 * GroupMembers: whom a person belongs to is a {@link Membership}. Derived before the rules run.
 */
public record GroupMember(String member, String group) {
}
