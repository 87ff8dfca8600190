package org.factlint.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factlint.engine.facts.GroupMember;
import org.factlint.engine.facts.Membership;
import org.factlint.engine.helpers.Titles;
import org.factlint.engine.facts.NamePair;
import org.factlint.engine.facts.PersonRank;
import org.factlint.engine.helpers.Names;
import org.factlint.model.AffiliationFact;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;
import org.factlint.model.Text;

/**
 * Facts computed in Java before the rules run, so that rules join plain facts instead of
 * repeating graph walks: the ranks people hold and the delegations they belong to.
 */
final class Derivations {

    private Derivations() {
    }

    static List<Object> of(Context ctx) {
        List<Object> derived = new ArrayList<>();
        derived.addAll(ctx.ranks());
        derived.addAll(memberships(ctx.document(), ctx.upLinks()));
        derived.addAll(groupMembers(ctx.document(), ctx.upLinks()));
        derived.addAll(Allegiances.of(ctx));
        derived.addAll(Keys.of(ctx));
        for (Entity[] pair : Names.candidates(ctx.document().entities())) {
            derived.add(new NamePair(pair[0], pair[1]));
        }
        return derived;
    }

    /**
     * One PersonRank per rank a current role gives (two for a title that joins two posts), and
     * one per reference role in force.
     */
    static List<PersonRank> ranks(Context ctx) {
        List<PersonRank> ranks = new ArrayList<>();
        for (Fact f : ctx.document().facts()) {
            if (f instanceof RoleFact role && role.current()) {
                for (Rank rank : ctx.ranksOf(role)) {
                    ranks.add(new PersonRank(role.person(), rank, role, role.rank() != null ? "stated" : "title"));
                }
            }
        }
        if (ctx.reference().isEmpty() || ctx.published() == null) {
            ranks.addAll(bareSecretaries(ctx, ranks));
            return ranks;
        }
        for (Entity e : ctx.document().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            ctx.reference().person(e).ifPresent(p -> p.rolesOn(ctx.published()).forEach(r -> {
                Rank rank = ctx.rankOf(r);
                if (rank != null) {
                    ranks.add(new PersonRank(e.id(), rank, null, "reference"));
                }
            }));
        }
        ranks.addAll(bareSecretaries(ctx, ranks));
        return ranks;
    }

    /**
     * "Secretary Chu", "Secretary Kerry": a bare "Secretary" before a name is a cabinet secretary
     * (a minister, no portfolio), but only for a person the article gives no other title (with a
     * rank or not) and the reference file no role. A bare "Secretary" also shortens other posts
     * ("State Secretary for Defense Michael Fallon" is later "Secretary Fallon", "Party Secretary
     * Luo Qiang" is "Secretary Luo"), so beside any other title it says nothing. A bare "Minister"
     * likewise ("Minister for Europe Stephen Doughty" is later "Minister Doughty": black-box trial 17).
     */
    private static final java.util.Set<String> BARE = java.util.Set.of("secretary", "minister");

    private static List<PersonRank> bareSecretaries(Context ctx, List<PersonRank> ranked) {
        java.util.Map<String, RoleFact> bare = new java.util.LinkedHashMap<>();
        java.util.Set<String> titled = new java.util.HashSet<>();
        for (PersonRank r : ranked) {
            titled.add(r.person());
        }
        for (Fact f : ctx.document().facts()) {
            if (f instanceof RoleFact role && role.person() != null) {
                if (role.current() && role.rank() == null && BARE.contains(Text.normalize(role.title()))) {
                    bare.putIfAbsent(role.person(), role);
                } else {
                    titled.add(role.person()); // ("Party Secretary Luo Qiang" ... "Secretary Luo": no rank either)
                }
            }
        }
        List<PersonRank> out = new ArrayList<>();
        bare.forEach((person, role) -> {
            if (!titled.contains(person)) {
                out.add(new PersonRank(person, Rank.of(Rung.MINISTER), role, "title"));
            }
        });
        return out;
    }

    /**
     * Every (person, party) pair where the person belongs to the party's delegation. A person
     * belongs to what they represent (affiliation, or the {@code of} of a current role), to
     * whatever that in turn represents or is a member of (groups, in the article or the
     * reference), and to groups that list them. Each pair is derived once, with the facts of
     * the first path found; cycles are walked once. {@code up} is the check's {@link Context#upLinks}.
     */
    static List<Membership> memberships(FactsDocument doc, Map<String, List<Link>> up) {
        List<Membership> result = new ArrayList<>();
        for (Entity person : doc.entities()) {
            if (person.kind() == EntityKind.PERSON) {
                reach(up, person.id()).forEach((party, via) -> result.add(new Membership(person.id(), party, via)));
            }
        }
        return result;
    }

    /**
     * Every (member, group) pair where a country, organisation or group is listed by a group, or
     * by a group that lists such a group (in the article or the reference file).
     */
    static List<GroupMember> groupMembers(FactsDocument doc, Map<String, List<Link>> up) {
        List<GroupMember> result = new ArrayList<>();
        for (Entity member : doc.entities()) {
            EntityKind k = member.kind();
            if (k == EntityKind.COUNTRY || k == EntityKind.ORGANISATION || k == EntityKind.GROUP) {
                reach(up, member.id()).keySet().forEach(group -> result.add(new GroupMember(member.id(), group)));
            }
        }
        return result;
    }

    /**
     * The "belongs to" graph: a person to what they represent (affiliation, {@code of} of a
     * current role), a member to the group that lists it (in the article or the reference).
     */
    static Map<String, List<Link>> upLinks(List<Fact> inReadingOrder, FactsDocument doc, Reference reference) {
        Map<String, List<Link>> up = new HashMap<>();
        // in reading order: the path a membership cites must not depend on the order of the facts array
        for (Fact f : inReadingOrder) {
            if (f instanceof AffiliationFact a) {
                link(up, a.person(), a.of(), f);
            } else if (f instanceof RoleFact r && r.current() && r.of() != null && !Titles.ofTheOpposition(r.title())) {
                // ("Russian opposition leader Yulia Navalnaya" does not represent Russia's government)
                link(up, r.person(), r.of(), f);
            }
        }
        for (Entity e : doc.entities()) {
            e.members().forEach(m -> link(up, m, e.id(), null));
        }
        reference.groups().forEach(g -> g.members().forEach(m -> link(up, m, g.id(), null)));
        return up;
    }

    /** Everything {@code start} belongs to, each with the facts of the first path found (breadth first). */
    static Map<String, List<Fact>> reach(Map<String, List<Link>> up, String start) {
        Map<String, List<Fact>> reached = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        reached.put(start, List.of());
        queue.add(start);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Link l : up.getOrDefault(at, List.of())) {
                if (!reached.containsKey(l.to())) {
                    List<Fact> via = new ArrayList<>(reached.get(at));
                    if (l.fact() != null) {
                        via.add(l.fact());
                    }
                    reached.put(l.to(), via);
                    queue.add(l.to());
                }
            }
        }
        reached.remove(start);
        return reached;
    }

    record Link(String to, Fact fact) {
    }

    private static void link(Map<String, List<Link>> up, String from, String to, Fact fact) {
        if (from != null && to != null && !from.equals(to)) {
            up.computeIfAbsent(from, k -> new ArrayList<>()).add(new Link(to, fact));
        }
    }
}
