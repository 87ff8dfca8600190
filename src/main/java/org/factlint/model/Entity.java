package org.factlint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A person, organisation, country, place, event or group that facts talk about.
 *
 * @param eventType       for events: talks, meeting, summit, call, visit, conference ...; else null
 * @param members         for groups: ids of member entities; else empty
 * @param membersComplete the article lists every member ("the five countries: ..."); false (the
 *                        default) when it may name only some ("among them ...")
 */
public record Entity(String id, EntityKind kind, String name, List<String> aliases, String eventType,
                     List<String> members, boolean membersComplete, List<Evidence> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
        mentions = List.copyOf(mentions);
    }

    /** An entity whose members, if any, may be only some of them. */
    public Entity(String id, EntityKind kind, String name, List<String> aliases, String eventType,
                  List<String> members, List<Evidence> mentions) {
        this(id, kind, name, aliases, eventType, members, false, mentions);
    }

    /** The canonical name followed by every alias. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    public boolean is(EntityKind k) {
        return kind == k;
    }
}
