package org.factlint.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factlint.Problem;
import org.factlint.model.AffiliationFact;
import org.factlint.model.Article;
import org.factlint.model.AttendanceFact;
import org.factlint.model.AttendanceStatus;
import org.factlint.model.ClaimFact;
import org.factlint.model.Entity;
import org.factlint.model.EntityKind;
import org.factlint.model.EventDateFact;
import org.factlint.model.EventLevelFact;
import org.factlint.model.EventPlaceFact;
import org.factlint.model.Evidence;
import org.factlint.model.Fact;
import org.factlint.model.FactsDocument;
import org.factlint.model.Level;
import org.factlint.model.Origin;
import org.factlint.model.PresenceFact;
import org.factlint.model.QuantityFact;
import org.factlint.model.QuantityKind;
import org.factlint.model.QuoteFact;
import org.factlint.model.Rank;
import org.factlint.model.RoleFact;
import org.factlint.model.SequenceFact;
import org.factlint.model.Source;
import org.factlint.model.Stage;
import org.factlint.model.Tense;
import org.factlint.model.Word;

/**
 * Turns a schema-valid facts tree into the model, with the checks a schema cannot express:
 * unique ids, references that resolve (to the right kind of entity), dates that parse, and
 * evidence quotes that really stand at their offsets. One instance reads one document.
 */
final class FactsMapping {

    private static final EntityKind[] PERSON = {EntityKind.PERSON};
    private static final EntityKind[] EVENT = {EntityKind.EVENT};
    private static final EntityKind[] PARTY = {EntityKind.COUNTRY, EntityKind.ORGANISATION, EntityKind.GROUP};
    private static final EntityKind[] SPEAKER = {EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.COUNTRY};
    private static final EntityKind[] ANY = EntityKind.values();

    private final JsonNode root;
    private final List<Problem> problems;
    private final Map<String, Entity> entities = new HashMap<>();
    private Article article;

    FactsMapping(JsonNode root, List<Problem> problems) {
        this.root = root;
        this.problems = problems;
    }

    /** Fact fields that name an entity. */
    private static final List<String> REFERENCES = List.of("person", "party", "event", "of", "speaker", "for", "before", "after");

    /**
     * For a document the schema found errors in: the checks that need no valid structure
     * (references to entities the document does not list, dates that are not dates), so that an
     * editor correcting extracted facts sees every mistake at once. Pointers already reported
     * are left out, and references are not checked when the entities themselves have errors.
     */
    static List<Problem> looseChecks(JsonNode root, List<Problem> already) {
        List<Problem> found = new ArrayList<>();
        FactsMapping m = new FactsMapping(root, found);
        boolean entitiesBroken = already.stream().anyMatch(p -> p.pointer().startsWith("/entities") || p.pointer().isEmpty());
        for (JsonNode e : root.path("entities")) {
            EntityKind kind = e.path("kind").isTextual() ? EntityKind.parse(e.get("kind").asText()).orElse(null) : null;
            if (e.path("id").isTextual() && kind != null) {
                String id = e.get("id").asText();
                m.entities.put(id, new Entity(id, kind, id, List.of(), null, List.of(), false, List.of()));
            }
        }
        // (a "facts" that is no array is the schema's to report)
        JsonNode facts = root.path("facts");
        for (int i = 0; facts.isArray() && i < facts.size(); i++) {
            JsonNode f = facts.get(i);
            String at = "/facts/" + i;
            for (String field : REFERENCES) {
                if (!entitiesBroken && f.path(field).isTextual()) {
                    m.ref(at + "/" + field, f.get(field).asText(), ANY);
                }
            }
            if (f.path("date").isTextual()) {
                m.date(at + "/date", f);
            }
        }
        Set<String> reported = new HashSet<>();
        already.forEach(p -> reported.add(p.pointer()));
        return found.stream().filter(p -> !reported.contains(p.pointer())).toList();
    }

    /** The document, or null when an error was found (the problems say which). */
    FactsDocument map() {
        article = article(root.get("article"));
        List<Entity> entityList = entities(root.get("entities"));
        checkMembers(entityList);
        List<Fact> facts = facts(root.get("facts"));
        return Read.hasErrors(problems) ? null : new FactsDocument(article, entityList, facts);
    }

    private Article article(JsonNode a) {
        String published = a.get("published").asText();
        LocalDate date = IsoDates.parse(published).orElse(null);
        if (date == null) {
            error("/article/published", "expected an ISO-8601 date or date-time (2025-04-23 or "
                    + "2025-04-23T09:30:00+01:00) but found " + Kinds.shorten(published));
        }
        return new Article(a.get("id").asText(), str(a, "headline"), str(a, "standfirst"), published, date,
                str(a, "text"), a.has("language") ? a.get("language").asText() : "en",
                str(a, "url"), str(a, "section"), str(a, "byline"));
    }

    private List<Entity> entities(JsonNode list) {
        List<Entity> result = new ArrayList<>();
        Map<String, String> firstAt = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = "/entities/" + i;
            String id = e.get("id").asText();
            String previous = firstAt.putIfAbsent(id, at);
            if (previous != null) {
                error(at + "/id", "duplicate id '" + id + "' (already used at " + previous + ")");
                continue;
            }
            EntityKind kind = EntityKind.parse(e.get("kind").asText()).orElseThrow();
            Entity entity = new Entity(id, kind, e.get("name").asText(), strings(e.get("aliases")), str(e, "eventType"),
                    strings(e.get("members")), e.has("membersComplete") && e.get("membersComplete").asBoolean(),
                    evidenceList(e.get("mentions"), at + "/mentions", Source.BODY));
            entities.put(id, entity);
            result.add(entity);
        }
        return result;
    }

    private void checkMembers(List<Entity> list) {
        for (int i = 0; i < list.size(); i++) {
            Entity e = list.get(i);
            for (int m = 0; m < e.members().size(); m++) {
                String member = e.members().get(m);
                String at = "/entities/" + i + "/members/" + m;
                ref(at, member, ANY);
                if (member.equals(e.id())) {
                    warning(at, "group '" + e.id() + "' lists itself as a member; ignored");
                }
            }
            if (e.membersComplete() && e.members().isEmpty()) {
                warning("/entities/" + i + "/membersComplete", "'" + e.id() + "' is said to list every member but "
                        + "lists none; give its members, or leave membersComplete out");
            }
        }
        warnAboutMembershipCycles(list);
    }

    /** A group that contains itself through other groups would make "member of" endless; rules stop at cycles. */
    private void warnAboutMembershipCycles(List<Entity> list) {
        for (int i = 0; i < list.size(); i++) {
            Entity start = list.get(i);
            Set<String> seen = new HashSet<>();
            List<String> frontier = new ArrayList<>(start.members());
            while (!frontier.isEmpty()) {
                String id = frontier.remove(frontier.size() - 1);
                if (id.equals(start.id()) && !start.members().contains(start.id())) {
                    warning("/entities/" + i + "/members", "group '" + start.id()
                            + "' contains itself through its members; membership is followed once");
                    break;
                }
                Entity next = entities.get(id);
                if (next != null && seen.add(id)) {
                    frontier.addAll(next.members());
                }
            }
        }
    }

    private List<Fact> facts(JsonNode list) {
        List<Fact> result = new ArrayList<>();
        Map<String, String> firstAt = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String at = "/facts/" + i;
            String id = f.get("id").asText();
            String previous = firstAt.putIfAbsent(id, at);
            if (previous != null) {
                error(at + "/id", "duplicate id '" + id + "' (already used at " + previous + ")");
                continue;
            }
            if (entities.containsKey(id)) {
                warning(at + "/id", "fact id '" + id + "' is also an entity id; ids should be unique in the document");
            }
            Fact fact = fact(f, at, id);
            if (fact != null) {
                result.add(fact);
            }
        }
        return result;
    }

    private Fact fact(JsonNode f, String at, String id) {
        Source source = f.has("source") ? Word.parse(Source.class, f.get("source").asText()).orElseThrow() : Source.BODY;
        double confidence = f.has("confidence") ? f.get("confidence").asDouble() : 1.0;
        List<Evidence> evidence = evidenceList(f.get("evidence"), at + "/evidence", source);
        Origin origin = Origin.of(str(f, "extractor"), str(f, "pattern"));
        String type = f.get("type").asText();
        return switch (type) {
            case "role" -> new RoleFact(id, source, confidence, evidence, origin,
                    ref(at + "/person", f, "person", PERSON), f.get("title").asText(), ref(at + "/of", f, "of", ANY),
                    f.has("rank") ? rank(at + "/rank", f.get("rank").asText()) : null,
                    !f.has("current") || f.get("current").asBoolean());
            case "attendance" -> attendance(f, at, id, source, confidence, evidence, origin);
            case "event-level" -> new EventLevelFact(id, source, confidence, evidence, origin,
                    ref(at + "/event", f, "event", EVENT), level(at + "/level", f.get("level").asText()),
                    stage(f), date(at + "/date", f));
            case "event-date" -> new EventDateFact(id, source, confidence, evidence, origin,
                    ref(at + "/event", f, "event", EVENT), date(at + "/date", f), str(f, "expression"),
                    stage(f), tense(f), until(at, f));
            case "event-place" -> new EventPlaceFact(id, source, confidence, evidence, origin,
                    ref(at + "/event", f, "event", EVENT), f.get("place").asText());
            case "presence" -> new PresenceFact(id, source, confidence, evidence, origin,
                    ref(at + "/person", f, "person", PERSON), f.get("place").asText(), date(at + "/date", f));
            case "sequence" -> new SequenceFact(id, source, confidence, evidence, origin,
                    ref(at + "/before", f, "before", EVENT), ref(at + "/after", f, "after", EVENT));
            case "quote" -> new QuoteFact(id, source, confidence, evidence, origin,
                    ref(at + "/speaker", f, "speaker", SPEAKER), f.get("text").asText(), str(f, "channel"),
                    ref(at + "/event", f, "event", EVENT), date(at + "/date", f), ref(at + "/for", f, "for", SPEAKER_OR_GROUP));
            case "quantity" -> new QuantityFact(id, source, confidence, evidence, origin,
                    f.get("subject").asText(), f.get("property").asText(), finite(at + "/value", f.get("value")),
                    Word.parse(QuantityKind.class, f.get("kind").asText()).orElseThrow(), date(at + "/date", f));
            case "affiliation" -> new AffiliationFact(id, source, confidence, evidence, origin,
                    ref(at + "/person", f, "person", PERSON), ref(at + "/of", f, "of", SPEAKER_OR_GROUP));
            case "claim" -> new ClaimFact(id, source, confidence, evidence, origin,
                    f.get("subject").asText(), f.get("predicate").asText(), f.get("object").asText(),
                    f.has("negated") && f.get("negated").asBoolean(), date(at + "/date", f));
            default -> throw new IllegalStateException("schema let through fact type " + type);
        };
    }

    /** An event-level's or event-date's stage; {@code actual} unless it says otherwise. */
    private static Stage stage(JsonNode f) {
        return f.has("stage") ? Word.parse(Stage.class, f.get("stage").asText()).orElseThrow() : Stage.ACTUAL;
    }

    private static final EntityKind[] SPEAKER_OR_GROUP = {EntityKind.PERSON, EntityKind.ORGANISATION,
            EntityKind.COUNTRY, EntityKind.GROUP};

    private Fact attendance(JsonNode f, String at, String id, Source source, double confidence, List<Evidence> evidence,
                            Origin origin) {
        String person = ref(at + "/person", f, "person", PERSON);
        String party = ref(at + "/party", f, "party", PARTY);
        if (person != null && party != null) {
            warning(at + "/party", "an attendance fact names either a person or a party; 'party' ignored "
                    + "(say whom the person represents with an affiliation fact)");
            party = null;
        }
        return new AttendanceFact(id, source, confidence, evidence, origin, ref(at + "/event", f, "event", EVENT),
                person, party, Word.parse(AttendanceStatus.class, f.get("status").asText()).orElseThrow(), tense(f));
    }

    /** The fact's {@code when} (checked by the schema), or null. */
    private static Tense tense(JsonNode f) {
        return f.has("when") ? Word.parse(Tense.class, f.get("when").asText()).orElseThrow() : null;
    }

    private Rank rank(String at, String word) {
        return Rank.parse(word).orElseGet(() -> {
            error(at, "expected " + Rank.expected() + " but found " + Kinds.shorten(word));
            return null;
        });
    }

    private Level level(String at, String word) {
        return Level.parse(word).orElseGet(() -> {
            error(at, "expected " + Level.expected() + " but found " + Kinds.shorten(word));
            return null;
        });
    }

    private LocalDate date(String at, JsonNode f) {
        return date(at, f, "date");
    }

    /** An event-date's last day ({@code until}): after its {@code date}, which it needs. */
    private LocalDate until(String at, JsonNode f) {
        LocalDate until = date(at + "/until", f, "until");
        LocalDate date = IsoDates.parse(str(f, "date") == null ? "" : str(f, "date")).orElse(null);
        if (until != null && (date == null || !until.isAfter(date))) {
            error(at + "/until", date == null ? "expected a date beside until (the first day of the span)"
                    : "expected a day after the date (" + date + ") but found " + until);
            return null;
        }
        return until;
    }

    private LocalDate date(String at, JsonNode f, String field) {
        String s = str(f, field);
        if (s == null) {
            return null;
        }
        return IsoDates.parse(s).orElseGet(() -> {
            error(at, "expected an ISO-8601 date (YYYY-MM-DD) but found " + Kinds.shorten(s));
            return null;
        });
    }

    private String ref(String at, JsonNode f, String field, EntityKind[] kinds) {
        String id = str(f, field);
        if (id != null) {
            ref(at, id, kinds);
        }
        return id;
    }

    private void ref(String at, String id, EntityKind[] kinds) {
        Entity e = entities.get(id);
        if (e == null) {
            error(at, "unknown entity '" + id + "': expected the id of an entry in /entities" + closest(id));
            return;
        }
        for (EntityKind k : kinds) {
            if (e.kind() == k) {
                return;
            }
        }
        List<String> words = new ArrayList<>();
        for (EntityKind k : kinds) {
            words.add(k.word());
        }
        String expected = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        warning(at, "entity '" + id + "' is " + withArticle(e.kind().word()) + "; expected the id of "
                + withArticle(expected));
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /** " (did you mean 'rubio'?)" when an existing id is one or two edits away. */
    private String closest(String id) {
        return Suggestions.didYouMean(id, entities.keySet());
    }

    private List<Evidence> evidenceList(JsonNode list, String at, Source source) {
        if (list == null) {
            return List.of();
        }
        if (list.isObject()) {
            return List.of(evidence(list, at, source));
        }
        List<Evidence> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(evidence(list.get(i), at + "/" + i, source));
        }
        return result;
    }

    private Evidence evidence(JsonNode e, String at, Source source) {
        Evidence ev = new Evidence(e.get("quote").asText(), integer(e, "start", at), integer(e, "end", at),
                integer(e, "sentence", at));
        return locate(ev, at, source);
    }

    /**
     * Checks that the quote stands at its offsets in the text it comes from. A quote found
     * elsewhere is moved there (with a warning); one not found at all keeps no offsets, so that
     * a report never highlights the wrong words. Quotes match across typography (curly or straight
     * quotes, dashes, white space); the evidence then carries the words as the article has them.
     */
    private Evidence locate(Evidence ev, String at, Source source) {
        String text = article == null ? null : article.text(source);
        if (text == null) {
            return ev;
        }
        String quote = ev.quote();
        if (ev.hasOffsets() && ev.start() <= ev.end() && ev.end() <= text.length()
                && text.regionMatches(ev.start(), quote, 0, quote.length()) && ev.end() - ev.start() == quote.length()) {
            return ev;
        }
        Optional<LooseMatch.Span> found = LooseMatch.find(text, quote, ev.start() == null ? 0 : ev.start());
        String where = source == Source.BODY ? "the article text" : "the " + source.word();
        if (found.isEmpty()) {
            if (!ev.hasOffsets()) {
                warning(at + "/quote", "quote " + Kinds.shorten(quote) + " not found in " + where);
                return ev;
            }
            warning(at, "quote " + Kinds.shorten(quote) + " not found in " + where + " (offsets " + ev.start() + ".."
                    + ev.end() + " ignored)");
            return new Evidence(quote, null, null, ev.sentence());
        }
        LooseMatch.Span span = found.get();
        boolean atOffsets = ev.hasOffsets() && ev.start() == span.start() && ev.end() == span.end();
        if (ev.hasOffsets() && !atOffsets) {
            warning(at, "quote " + Kinds.shorten(quote) + " is not at offsets " + ev.start() + ".." + ev.end() + " of "
                    + where + "; it occurs at " + span.start() + ".." + span.end() + ", used instead");
        }
        return new Evidence(text.substring(span.start(), span.end()), span.start(), span.end(), ev.sentence());
    }

    /** An offset or sentence number; one beyond any text (over 2^31 - 1) is ignored with a warning, not wrapped round. */
    private Integer integer(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            return null;
        }
        if (!v.canConvertToInt()) {
            warning(at + "/" + field, "expected " + (field.equals("sentence") ? "a sentence number" : "an offset")
                    + " of at most " + Integer.MAX_VALUE + " but found " + Kinds.of(v) + "; ignored");
            return null;
        }
        int i = v.asInt();
        int least = field.equals("sentence") ? 1 : 0;
        // Out of range is the extractor's slip (a 0-based sentence number, a negative offset):
        // the schema check has warned, and the value is dropped rather than the document lost.
        return i < least ? null : i;
    }

    /** A quantity's value; one beyond the range of a double (1e400) would become infinity, so it is an error. */
    private double finite(String at, JsonNode v) {
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            error(at, "expected a number of at most " + Double.MAX_VALUE + " in size but found " + Kinds.of(v));
            return 0;
        }
        return d;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode list) {
        if (list == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>(list.size());
        list.forEach(n -> result.add(n.asText()));
        return result;
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(pointer, message));
    }

    private void warning(String pointer, String message) {
        problems.add(Problem.warning(pointer, message));
    }
}
