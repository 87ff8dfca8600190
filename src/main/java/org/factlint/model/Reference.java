package org.factlint.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the newsroom knows independently of the article ({@code factlint-reference/1}): people and
 * their roles over time, titles and their ranks, groups of countries.
 */
public final class Reference {

    /** A person's role over time: in force when {@code from <= date < to}; null bounds are open. */
    public record Role(String title, String of, Rank rank, LocalDate from, LocalDate to) {
        public boolean inForceOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    public record Person(String id, String name, List<String> aliases, List<Role> roles) {
        public Person {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
        }

        public List<Role> rolesOn(LocalDate date) {
            return roles.stream().filter(r -> r.inForceOn(date)).toList();
        }
    }

    public record Title(String title, Rank rank) {
    }

    public record Group(String id, List<String> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    public static final Reference EMPTY = new Reference(List.of(), List.of(), List.of());

    private final List<Person> people;
    private final List<Title> titles;
    private final List<Group> groups;
    private final Map<String, Person> peopleById = new HashMap<>();
    private final Map<String, Person> peopleByName = new HashMap<>();
    private final Map<String, Rank> rankByTitle = new HashMap<>();
    private final Map<String, Group> groupsById = new HashMap<>();

    public Reference(List<Person> people, List<Title> titles, List<Group> groups) {
        this.people = List.copyOf(people);
        this.titles = List.copyOf(titles);
        this.groups = List.copyOf(groups);
        for (Person p : this.people) {
            peopleById.putIfAbsent(p.id(), p);
            peopleByName.putIfAbsent(Text.normalize(p.name()), p);
            p.aliases().forEach(a -> peopleByName.putIfAbsent(Text.normalize(a), p));
        }
        this.titles.forEach(t -> rankByTitle.putIfAbsent(Text.normalize(t.title()), t.rank()));
        this.groups.forEach(g -> groupsById.putIfAbsent(g.id(), g));
    }

    public List<Person> people() {
        return people;
    }

    public List<Title> titles() {
        return titles;
    }

    public List<Group> groups() {
        return groups;
    }

    public boolean isEmpty() {
        return people.isEmpty() && titles.isEmpty() && groups.isEmpty();
    }

    /** The reference person for an article entity: matched by id first, then by name or alias. */
    public Optional<Person> person(Entity entity) {
        Person byId = peopleById.get(entity.id());
        if (byId != null) {
            return Optional.of(byId);
        }
        for (String name : entity.names()) {
            Person p = peopleByName.get(Text.normalize(name));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The rank the reference gives a title, compared without case, accents or extra spaces. */
    public Optional<Rank> rankOfTitle(String title) {
        return Optional.ofNullable(rankByTitle.get(Text.normalize(title)));
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(groupsById.get(id));
    }
}
