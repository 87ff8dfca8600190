package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factlint.Problem;
import org.factlint.model.Rank;
import org.factlint.model.Reference;

/** Reads {@code factlint-reference/1} files: the same strict JSON, its own schema, then dates and ranks. */
public final class ReferenceReader {

    public static final String FORMAT = "factlint-reference/1";
    public static final String SCHEMA_FILE = "factlint-reference-1.schema.json";

    private static final class Schema {
        static final SchemaCheck CHECK = SchemaCheck.load(SCHEMA_FILE);
    }

    private final JsonInput json = new JsonInput(InputLimits.DEFAULT);

    public Read<Reference> read(byte[] bytes) {
        JsonInput.Parsed parsed = json.parse(bytes);
        if (parsed.tree() == null) {
            return Read.failed(parsed.problems());
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(Schema.CHECK.validate(parsed.tree()));
        if (Read.hasErrors(problems)) {
            return Read.failed(problems);
        }
        Reference ref = map(parsed.tree(), problems);
        return Read.hasErrors(problems) ? Read.failed(problems) : new Read<>(ref, problems);
    }

    private static Reference map(JsonNode root, List<Problem> problems) {
        List<Reference.Person> people = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        JsonNode list = root.path("people");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "/people/" + i;
            String id = p.get("id").asText();
            String previous = ids.putIfAbsent(id, at);
            if (previous != null) {
                problems.add(Problem.error(at + "/id", "duplicate id '" + id + "' (already used at " + previous + ")"));
            }
            List<Reference.Role> roles = new ArrayList<>();
            JsonNode rs = p.path("roles");
            for (int j = 0; j < rs.size(); j++) {
                JsonNode r = rs.get(j);
                String rat = at + "/roles/" + j;
                LocalDate from = date(r, "from", rat, problems);
                LocalDate to = date(r, "to", rat, problems);
                if (from != null && to != null && to.isBefore(from)) {
                    problems.add(Problem.error(rat + "/to", "role ends (" + to + ") before it starts (" + from
                            + "); expected 'to' on or after 'from'"));
                }
                roles.add(new Reference.Role(r.get("title").asText(), text(r, "of"),
                        r.has("rank") ? Rank.parse(r.get("rank").asText()).orElse(null) : null, from, to));
            }
            List<String> aliases = new ArrayList<>();
            p.path("aliases").forEach(a -> aliases.add(a.asText()));
            people.add(new Reference.Person(id, p.get("name").asText(), aliases, roles));
        }
        List<Reference.Title> titles = new ArrayList<>();
        root.path("titles").forEach(t -> titles.add(new Reference.Title(t.get("title").asText(),
                Rank.parse(t.get("rank").asText()).orElseThrow())));
        List<Reference.Group> groups = new ArrayList<>();
        root.path("groups").forEach(g -> {
            List<String> members = new ArrayList<>();
            g.get("members").forEach(m -> members.add(m.asText()));
            groups.add(new Reference.Group(g.get("id").asText(), members));
        });
        return new Reference(people, titles, groups);
    }

    private static LocalDate date(JsonNode n, String field, String at, List<Problem> problems) {
        String s = text(n, field);
        if (s == null) {
            return null;
        }
        return IsoDates.parse(s).orElseGet(() -> {
            problems.add(Problem.error(at + "/" + field, "expected an ISO-8601 date (YYYY-MM-DD) but found " + Kinds.shorten(s)));
            return null;
        });
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
