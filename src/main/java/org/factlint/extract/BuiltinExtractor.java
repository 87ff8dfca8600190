package org.factlint.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.extract.read.Absences;
import org.factlint.extract.read.Annotated;
import org.factlint.extract.read.Annotator;
import org.factlint.extract.read.Attendance;
import org.factlint.extract.read.Counts;
import org.factlint.extract.read.Days;
import org.factlint.extract.read.Discourse;
import org.factlint.extract.read.Draft;
import org.factlint.extract.read.Events;
import org.factlint.extract.read.Gatherings;
import org.factlint.extract.read.Lexicon;
import org.factlint.extract.read.Meetings;
import org.factlint.extract.read.Mention;
import org.factlint.extract.read.Offices;
import org.factlint.extract.read.People;
import org.factlint.extract.read.Plans;
import org.factlint.extract.read.Prospects;
import org.factlint.extract.read.Quotes;
import org.factlint.extract.read.Sentence;
import org.factlint.extract.read.Splitter;
import org.factlint.extract.read.Visits;
import org.factlint.model.Source;

/**
 * factlint's own extractor: deterministic, offline, and quick. One pipeline of small steps over
 * each sentence: split ({@link Splitter}), find mentions ({@link Annotator}: dates, gazetteer
 * names, titles, event words, people's names), link them to entities ({@link Discourse}), then
 * read facts by type ({@link People} roles, {@link Events} places, dates, levels, ordinals and
 * sequences, {@link Attendance}, {@link Quotes}). The body is read first, then the headline and
 * standfirst, whose mentions refer back to what the body named.
 *
 * <p>Every fact keeps its exact evidence (a quote with offsets into the text it came from), its
 * {@code confidence} and the id of the {@code pattern} that read it. What the words and names
 * are is data (the {@link Lexicon}); a sentence that hedges, denies or supposes gives no fact.
 * Thread-safe: the lexicon is read only, each extraction has its own state.
 */
public final class BuiltinExtractor implements Extractor {

    /** The name written in the facts' {@code extractor} field. */
    public static final String NAME = "factlint";
    /** Sentences longer than this (in tokens) are not read: no news sentence is, and it bounds the work. */
    static final int MAX_SENTENCE_TOKENS = 250;

    private final Lexicon lexicon;
    private final Annotator annotator;

    /** The extractor with the bundled lexicon. */
    public BuiltinExtractor() {
        this(Lexicon.bundled());
    }

    private BuiltinExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.annotator = new Annotator(lexicon);
    }

    /** The extractor with the lexicon in {@code folder} (a copy of the bundled one, extended by a newsroom). */
    public static BuiltinExtractor withLexicon(Path folder) {
        return new BuiltinExtractor(Lexicon.load(folder));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String extract(ArticleText article) {
        return FactsJson.write(read(article));
    }

    /** The document as text and as the tree it was written from (the checker reads the tree: no second parse). */
    @Override
    public Extracted extractWithProblems(ArticleText article) {
        ObjectNode doc = read(article);
        return new Extracted(FactsJson.write(doc), List.of(), doc);
    }

    private ObjectNode read(ArticleText article) {
        Discourse d = new Discourse(article.publishedDate());
        // People and their titles first, from every text: a body's "the Vice President" may be
        // named only in the headline ("Readout of Vice President Biden's Meeting ...").
        // (the acronyms the article gives its events, "the Trilateral Strategic Dialogue (TSD)", kept across its sentences)
        Map<String, String> acronyms = new java.util.HashMap<>();
        List<Annotated> body = annotate(Source.BODY, article.text(), article, acronyms);
        List<Annotated> headline = article.headline() == null ? List.of() : annotate(Source.HEADLINE, article.headline(), article, acronyms);
        List<Annotated> standfirst = article.standfirst() == null ? List.of()
                : annotate(Source.STANDFIRST, article.standfirst(), article, acronyms);
        List<Map<Mention, Discourse.Entity>> bodyPeople = people(body, d);
        d.peopleFrom(true);
        List<Map<Mention, Discourse.Entity>> headlinePeople = people(headline, d);
        List<Map<Mention, Discourse.Entity>> standfirstPeople = people(standfirst, d);
        // Then the facts: the body first, and the headline and standfirst, which refer back to it.
        d.rewind();
        facts(body, bodyPeople, d, false);
        facts(headline, headlinePeople, d, true);
        facts(standfirst, standfirstPeople, d, true);
        Visits.settle(d, java.util.stream.Stream.of(body, headline, standfirst).flatMap(List::stream)
                .anyMatch(Visits::tellsOfChangedSchedule));
        d.finishArticle();
        Offices.speakFor(d, lexicon);
        return document(article, d);
    }

    private List<Annotated> annotate(Source source, String text, ArticleText article, Map<String, String> acronyms) {
        List<Annotated> out = new ArrayList<>();
        for (Sentence sentence : Splitter.sentences(text)) {
            if (sentence.size() <= MAX_SENTENCE_TOKENS) {
                out.add(annotator.annotate(source, text, sentence, article.publishedDate(), acronyms));
            }
        }
        return out;
    }

    private static List<Map<Mention, Discourse.Entity>> people(List<Annotated> sentences, Discourse d) {
        List<Map<Mention, Discourse.Entity>> out = new ArrayList<>();
        for (Annotated s : sentences) {
            Map<Mention, Discourse.Entity> people = People.resolve(s, d);
            // (where the body names each person, which the report cites for a name spelt two ways)
            if (s.source() == Source.BODY) {
                // (in the order written: the map's order is no order, and the output must be the same every run)
                people.entrySet().stream().sorted(Comparator.comparingInt(en -> en.getKey().from())).forEach(en -> {
                    Mention m = en.getKey();
                    if (m.kind() == Mention.Kind.PERSON && "person".equals(en.getValue().kind)) {
                        d.mentioned(en.getValue(), s.startOffset(m.from()), s.endOffset(m.to()), s.sentence().number());
                    }
                });
            }
            // ("### 2021" over a timeline's entries: what follows, to the next such heading, is of that year)
            People.yearHeading(s, d);
            People.roles(s, people, d);
            People.contrasts(s, people, d);
            People.appointments(s, people, d);
            People.alsoServes(s, people, d);
            People.holdsPortfolios(s, people, d);
            People.pluralTitles(s, people, d);
            People.attendedAs(s, people, d);
            out.add(people);
        }
        return out;
    }

    private void facts(List<Annotated> sentences, List<Map<Mention, Discourse.Entity>> people, Discourse d, boolean summary) {
        d.newText(summary);
        for (int i = 0; i < sentences.size(); i++) {
            Annotated s = sentences.get(i);
            // descriptions ("the Vice President") resolve now that every title is known
            Map<Mention, Discourse.Entity> named = People.describe(s, people.get(i), d);
            if (Days.overSeveralDays(s)) {
                d.overSeveralDays();
            }
            if (Quotes.saysSameWords(s)) {
                d.sameWordsTold();
            }
            if (Quotes.inReportersQuestion(s) || Quotes.asksQuestion(s) || Quotes.notAsserted(s)) {
                d.questioned(s);
            }
            if (People.namesEarlierYear(s, d.published(), 0, s.size()) || Days.ofAnotherSpan(s)) {
                d.ofAnotherYear(s);
            }
            if (Events.toldSeparately(s)) {
                d.toldSeparately();
            }
            if (Gatherings.othersJoin(s)) {
                d.othersJoined();
            }
            List<Events.EventMention> events = Events.resolve(s, named, lexicon, d, summary);
            Events.facts(s, events, named, lexicon, d);
            Visits.placePurposes(s, events, d);
            Attendance.read(s, named, events, lexicon, d);
            Attendance.accompaniedTo(s, named, events, lexicon, d);
            Absences.sentInstead(s, named, events, lexicon, d);
            Absences.inAbsence(s, named, events, lexicon, d);
            Absences.withAbsent(s, named, events, lexicon, d);
            Absences.whereNotTravelling(s, named, events, lexicon, d);
            Absences.stoodIn(s, named, events, lexicon, d);
            Absences.noMinisterPresent(s, named, events, lexicon, d);
            Attendance.joinedBy(s, named, events, lexicon, d);
            Attendance.alsoPresent(s, named, events, lexicon, d);
            Attendance.amongThoseWho(s, named, events, lexicon, d);
            Attendance.representedAt(s, named, events, lexicon, d);
            Attendance.ledDelegation(s, named, events, lexicon, d);
            Absences.awayForVisit(s, named, lexicon, d);
            Absences.metButNot(s, named, lexicon, d);
            Absences.notAmongThoseMet(s, named, lexicon, d);
            Absences.meetingCalledOff(s, named, lexicon, d);
            Meetings.read(s, named, events, lexicon, d);
            Gatherings.cameToMeet(s, named, lexicon, d);
            Gatherings.firstToMeet(s, named, lexicon, d);
            Gatherings.welcomedFor(s, named, events, lexicon, d);
            Gatherings.joinedFor(s, named, events, lexicon, d);
            Gatherings.withCounterparts(s, named, events, lexicon, d);
            Gatherings.nthTime(s, d);
            Gatherings.sidelines(s, events, d);
            Gatherings.theN(s, d);
            Counts.listed(s, named, events, d);
            Counts.places(s, d);
            Gatherings.atEvent(s, named, events, lexicon, d);
            Gatherings.meetingFirst(s, named, events, lexicon, d);
            Gatherings.during(s, named, events, lexicon, d);
            Prospects.lookForward(s, named, events, lexicon, d);
            Visits.read(s, named, events, lexicon, d);
            Visits.stops(s, named, d);
            Visits.ordinals(s, named, lexicon, d);
            Quotes.agreement(s, named, d);
            Quotes.read(s, named, d);
            Days.read(s, d);
            Plans.tell(s, d);
            Plans.reversed(s, d);
            d.placesSaid(s);
            if (Meetings.saysMet(s)) {
                d.meetingVerb(Events.namedOnlyAsPurpose(s, events));
                d.meetingVerbOn(Meetings.daysMet(s));
            }
            if (People.subjectUnresolved(s, named)) {
                d.subjectUnknown();
            } else {
                People.subject(s, named, s.size()).ifPresent(d::mentioned);
            }
            // (in the order the sentence names them, so that what follows is the same every run)
            d.seen(named.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> e.getKey().from()))
                    .map(Map.Entry::getValue).toList());
            d.nextSentence();
        }
        d.finishText();
    }

    private static ObjectNode document(ArticleText article, Discourse d) {
        ObjectNode doc = FactsJson.document(article);

        List<Draft> facts = distinct(d.facts());
        Set<String> used = new HashSet<>();
        for (Draft f : facts) {
            for (Object v : f.fields().values()) {
                if (v instanceof String s) {
                    used.add(s);
                }
            }
        }
        ArrayNode entities = doc.putArray("entities");
        for (Discourse.Entity e : d.entities()) {
            if (!used.contains(e.id)) {
                continue;
            }
            ObjectNode en = entities.addObject();
            en.put("id", e.id);
            en.put("kind", e.kind);
            en.put("name", e.name);
            if (!e.aliases.isEmpty()) {
                ArrayNode al = en.putArray("aliases");
                e.aliases.forEach(al::add);
            }
            FactsJson.putIfSet(en, "eventType", e.eventType);
            if (!e.bodyMentions.isEmpty()) {
                ArrayNode ms = en.putArray("mentions");
                for (int[] m : e.bodyMentions) {
                    ObjectNode mn = ms.addObject();
                    mn.put("quote", article.text().substring(m[0], m[1]));
                    mn.put("start", m[0]);
                    mn.put("end", m[1]);
                    mn.put("sentence", m[2]);
                }
            }
        }
        ArrayNode out = doc.putArray("facts");
        int n = 0;
        for (Draft f : facts) {
            ObjectNode fn = out.addObject();
            fn.put("id", "f" + (++n));
            fn.put("type", f.type());
            if (f.source() != Source.BODY) {
                fn.put("source", f.source().name().toLowerCase());
            }
            for (Map.Entry<String, Object> field : f.fields().entrySet()) {
                if (field.getValue() instanceof Integer i) {
                    fn.put(field.getKey(), i);
                } else if (field.getValue() instanceof Boolean b) {
                    fn.put(field.getKey(), b);
                } else {
                    fn.put(field.getKey(), String.valueOf(field.getValue()));
                }
            }
            fn.put("confidence", f.confidence());
            fn.put("extractor", NAME);
            fn.put("pattern", f.pattern());
            ObjectNode ev = fn.putObject("evidence");
            String text = switch (f.source()) {
                case HEADLINE -> article.headline();
                case STANDFIRST -> article.standfirst();
                case BODY -> article.text();
            };
            ev.put("quote", text.substring(f.start(), f.end()));
            ev.put("start", f.start());
            ev.put("end", f.end());
            ev.put("sentence", f.sentence());
        }
        return doc;
    }

    /** One fact per statement and place; facts in the order headline, standfirst, body, then by offset. */
    private static List<Draft> distinct(List<Draft> drafts) {
        Set<String> seen = new HashSet<>();
        List<Draft> out = new ArrayList<>();
        for (Draft f : drafts) {
            if (seen.add(f.key() + "@" + f.source() + f.start())) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparing((Draft f) -> sourceOrder(f.source())).thenComparingInt(Draft::start)
                .thenComparing(Draft::type).thenComparing(Draft::pattern));
        return out;
    }

    private static int sourceOrder(Source s) {
        return switch (s) {
            case HEADLINE -> 0;
            case STANDFIRST -> 1;
            case BODY -> 2;
        };
    }
}
