package org.factlint.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factlint.engine.facts.PersonRank;
import org.factlint.engine.helpers.Titles;
import org.factlint.model.Entity;
import org.factlint.model.FactsDocument;
import org.factlint.model.Rank;
import org.factlint.model.Reference;
import org.factlint.model.RoleFact;

/**
 * What rules may ask about the document beyond its facts: names for messages, the publication
 * date, ranks and the reference file. Rules see it as the global {@code ctx}; it is read-only.
 */
public final class Context {

    private final FactsDocument document;
    private final Reference reference;
    private List<PersonRank> ranks;

    public Context(FactsDocument document, Reference reference) {
        this.document = document;
        this.reference = reference;
    }

    public FactsDocument document() {
        return document;
    }

    public Reference reference() {
        return reference;
    }

    /** The article's local publication date: the reference point of relative dates. */
    public LocalDate published() {
        return document.article().publishedDate();
    }

    public Optional<Entity> entity(String id) {
        return document.entity(id);
    }

    /** The entity's name for an id; free text is returned as it is. */
    public String name(String idOrText) {
        return document.nameOf(idOrText);
    }

    /** "Rubio, Witkoff and Kellogg": names joined for a sentence. */
    public String names(Collection<String> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(name(id)));
        return join(names);
    }

    /** "a, b and c". */
    public static String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The rank a role gives: as stated, else as the reference's title list or the built-in title patterns imply. */
    public Rank rankOf(RoleFact role) {
        return role.rank() != null ? role.rank() : Titles.rankOf(role.title(), reference).orElse(null);
    }

    /** Every rank known for everyone: from current roles in the article and from the reference. Computed once. */
    public List<PersonRank> ranks() {
        if (ranks == null) {
            ranks = List.copyOf(Derivations.ranks(this));
        }
        return ranks;
    }

    /** The ranks known for one person. */
    public List<PersonRank> ranks(String person) {
        return ranks().stream().filter(r -> r.person().equals(person)).toList();
    }

    /** "Keith Kellogg (envoy)": a person's name with the ranks known for them, for messages. */
    public String nameWithRank(String person) {
        List<String> labels = ranks(person).stream().map(r -> r.rank().label()).distinct().toList();
        return labels.isEmpty() ? name(person) : name(person) + " (" + String.join(", ", labels) + ")";
    }

    /**
     * Why a role contradicts the reference file on the publication date, or null if it does not
     * (or the reference does not know the person). A role contradicts the reference when the
     * reference's roles in force on that date all have ranks that conflict with it ("wrong"), or
     * when it matches only roles that are not in force on that date ("stale"). A reference that
     * is merely silent about a role is not a contradiction.
     */
    public String referenceDisagreement(RoleFact role) {
        LocalDate on = published();
        Optional<Reference.Person> found = referencePerson(role.person());
        if (found.isEmpty() || on == null || !role.current()) {
            return null;
        }
        Reference.Person person = found.get();
        Rank rank = rankOf(role);
        List<Reference.Role> inForce = person.rolesOn(on);
        boolean titleInForce = inForce.stream().anyMatch(r -> sameTitle(r.title(), role.title()));
        boolean rankInForce = rank != null && inForce.stream().anyMatch(r -> rankOf(r) != null && !rankOf(r).conflictsWith(rank));
        if (titleInForce || rankInForce) {
            return null;
        }
        List<Reference.Role> matchingOutOfForce = person.roles().stream()
                .filter(r -> !r.inForceOn(on))
                .filter(r -> sameTitle(r.title(), role.title())
                        || (rank != null && rankOf(r) != null && !rankOf(r).conflictsWith(rank) && !rank.isOther()))
                .toList();
        if (!matchingOutOfForce.isEmpty()) {
            Reference.Role r = matchingOutOfForce.get(0);
            String when = r.to() != null && !on.isBefore(r.to()) ? "until " + r.to() : "only from " + r.from();
            return "the reference file has " + person.name() + " as " + r.title() + " " + when
                    + ", not on the publication date " + on + currently(person, on);
        }
        boolean allConflict = rank != null && !rank.isOther() && !inForce.isEmpty()
                && inForce.stream().allMatch(r -> rankOf(r) != null && rankOf(r).conflictsWith(rank));
        if (allConflict) {
            return "the reference file has " + person.name() + " as " + titles(inForce) + " on " + on
                    + ", not " + rank.withArticle();
        }
        return null;
    }

    private String currently(Reference.Person person, LocalDate on) {
        List<Reference.Role> now = person.rolesOn(on);
        return now.isEmpty() ? "" : " (then " + titles(now) + ")";
    }

    private String titles(List<Reference.Role> roles) {
        List<String> t = new ArrayList<>();
        for (Reference.Role r : roles) {
            Rank rank = rankOf(r);
            t.add(r.title() + (rank != null ? ", " + rank.withArticle() : ""));
        }
        return join(t);
    }

    /** "UK Foreign Secretary" and "Foreign Secretary" name the same office: one contains the other as whole words. */
    static boolean sameTitle(String a, String b) {
        String x = " " + org.factlint.model.Text.normalize(a).replace('-', ' ') + " ";
        String y = " " + org.factlint.model.Text.normalize(b).replace('-', ' ') + " ";
        return x.contains(y) || y.contains(x);
    }

    /** The reference person for an article entity id, if the reference knows them. */
    public Optional<Reference.Person> referencePerson(String entityId) {
        return document.entity(entityId).flatMap(reference::person);
    }

    /** The rank of a reference role: as stated, else as its title implies. */
    public Rank rankOf(Reference.Role role) {
        return role.rank() != null ? role.rank() : Titles.rankOf(role.title(), reference).orElse(null);
    }
}
