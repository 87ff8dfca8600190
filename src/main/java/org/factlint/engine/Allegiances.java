package org.factlint.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.engine.facts.HomeCountry;
import org.factlint.engine.facts.Represents;
import org.factlint.engine.helpers.Titles;
import org.factlint.engine.helpers.Words;
import org.factlint.model.AffiliationFact;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.RoleFact;
import org.factlint.model.Rung;

/**
 * Derives whom people represent ({@link Represents}) and which countries parties belong to
 * ({@link HomeCountry}), for the affiliation and quote rules.
 */
final class Allegiances {

    private Allegiances() {
    }

    static List<Object> of(Context ctx) {
        Split split = new Split();
        List<Object> derived = new ArrayList<>(represents(ctx, split));
        derived.addAll(homeCountries(ctx, split));
        return derived;
    }

    /**
     * One {@link Represents} per (person, party) from affiliations and current roles. A party
     * that one of the person's envoy titles names ("Ukraine envoy", "ambassador to Ukraine") is
     * left out, whether from that role's {@code of} or from an affiliation: it may be the
     * posting rather than the employer.
     */
    static List<Represents> represents(Context ctx) {
        return represents(ctx, new Split());
    }

    private static List<Represents> represents(Context ctx, Split split) {
        Set<List<String>> postings = postings(ctx, split);
        Map<List<String>, List<Fact>> via = new LinkedHashMap<>();
        for (Fact f : ctx.document().facts()) {
            List<String> pair = null;
            if (f instanceof AffiliationFact a) {
                pair = List.of(a.person(), a.of());
            } else if (f instanceof RoleFact r && r.current() && r.of() != null && !Titles.ofTheOpposition(r.title())) {
                pair = List.of(r.person(), r.of());
            }
            if (pair != null && !pair.get(0).equals(pair.get(1)) && !postings.contains(pair)) {
                via.computeIfAbsent(pair, k -> new ArrayList<>()).add(f);
            }
        }
        List<Represents> result = new ArrayList<>();
        via.forEach((pair, facts) -> {
            List<Fact> inOrder = new ArrayList<>(facts);
            inOrder.sort(ctx.readingOrder()); // stable, as ReadingOrder.sorted: the same order for any subset
            result.add(new Represents(pair.get(0), pair.get(1), inOrder, ctx.readingRank(inOrder.get(0))));
        });
        return result;
    }

    /** (person, party) for every party that a current envoy title of the person names. */
    private static Set<List<String>> postings(Context ctx, Split split) {
        Set<List<String>> postings = new HashSet<>();
        for (Fact f : ctx.document().facts()) {
            if (f instanceof RoleFact r && r.current()) {
                Rank rank = ctx.rankOf(r);
                if (rank != null && rank.rung() == Rung.ENVOY) {
                    for (Entity e : ctx.document().entities()) {
                        if (e.kind().isParty() && names(r.title(), e, split)) {
                            postings.add(List.of(r.person(), e.id()));
                        }
                    }
                }
            }
        }
        return postings;
    }

    /** The countries of every person, organisation and country (groups, events and places have none). */
    static List<HomeCountry> homeCountries(Context ctx) {
        return homeCountries(ctx, new Split());
    }

    private static List<HomeCountry> homeCountries(Context ctx, Split split) {
        FactsDocument doc = ctx.document();
        Map<String, List<Derivations.Link>> up = ctx.upLinks();
        List<HomeCountry> result = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (e.kind() != EntityKind.PERSON && e.kind() != EntityKind.ORGANISATION && e.kind() != EntityKind.COUNTRY) {
                continue;
            }
            Map<String, List<Fact>> countries = new LinkedHashMap<>();
            if (e.kind() == EntityKind.COUNTRY) {
                countries.put(e.id(), List.of());
            }
            Derivations.reach(up, e.id()).forEach((party, facts) -> {
                if (ctx.entity(party).filter(p -> p.kind() == EntityKind.COUNTRY).isPresent()) {
                    countries.putIfAbsent(party, facts);
                }
            });
            if (e.kind() == EntityKind.ORGANISATION) {
                for (Entity c : doc.entities()) {
                    if (c.kind() == EntityKind.COUNTRY && e.names().stream().anyMatch(n -> names(n, c, split))) {
                        countries.putIfAbsent(c.id(), List.of());
                    }
                }
            }
            countries.forEach((country, facts) -> result.add(new HomeCountry(e.id(), country, facts)));
        }
        return result;
    }

    /**
     * True if {@code text} names the entity by its name or an alias, as whole words. A short
     * alias written in capitals ("US", "UK") must stand in capitals, so "us" the pronoun is not it.
     */
    static boolean names(String text, Entity entity) {
        return names(text, entity, new Split());
    }

    private static boolean names(String text, Entity entity, Split split) {
        List<String> words = split.words(text);
        List<String> original = split.originalCase(text);
        for (String name : entity.names()) {
            List<String> n = split.words(name);
            boolean acronym = name.length() <= 3 && name.equals(name.toUpperCase()) && !name.equals(name.toLowerCase());
            if (!n.isEmpty() && (acronym ? original.contains(name) : Collections.indexOfSubList(words, n) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The words of texts, each text split once: the derivations compare every title and name with every party. */
    private static final class Split {
        private final Map<String, List<String>> words = new java.util.HashMap<>();
        private final Map<String, List<String>> originalCase = new java.util.HashMap<>();

        List<String> words(String text) {
            return words.computeIfAbsent(text, Words::of);
        }

        List<String> originalCase(String text) {
            return originalCase.computeIfAbsent(text, Allegiances::originalCaseWords);
        }
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static List<String> originalCaseWords(String text) {
        List<String> result = new ArrayList<>();
        for (String w : NOT_WORD.split(text)) {
            if (!w.isEmpty()) {
                result.add(w);
            }
        }
        return result;
    }
}
