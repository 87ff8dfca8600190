package org.factlint.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who attended, skipped, pulled out of, declined or was due at an event. The phrases and the
 * status each states are data ({@code attendance.tsv}); this class finds who they are said of:
 * the people or countries just before the phrase ("Rubio and Witkoff pulled out", "Keith
 * Kellogg, Washington's Ukraine envoy, attended"), or after "absence of". The event is the one
 * named right after the phrase; for a phrase that names none ("pulled out"), the only event of
 * the sentence, else the event under discussion.
 *
 * <p>A hedge, condition, denial or negation before the phrase ("may attend", "if Rubio
 * attends", "denied that Rubio pulled out") means the sentence does not state it: no fact.
 */
public final class Attendance {

    private Attendance() {
    }

    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                            Lexicon lx, Discourse d) {
        if (tellsOfTakingPartFromAfar(s)) {
            d.remoteTold();
        }
        for (int i = 0; i < s.size(); i++) {
            Mention here = s.at(i);
            if (here != null && !(here.kind() == Mention.Kind.PERSON && here.value().equals("single")) || s.quoted(i)) {
                continue;
            }
            Phrases.Match<Lexicon.AttendanceCue> m = lx.attendance.at(s.tokens(), i);
            if (m == null) {
                continue;
            }
            i = m.to() - 1;
            Lexicon.AttendanceCue cue = m.value();
            // "in the absence of X and Y", "the meeting went ahead without X", "the Council met,
            // chaired by X and Y": the people come after
            // (a participle and "by"; "was represented by his deputy" is said of the one before)
            // ("They were later joined by X": X came to the meeting too)
            // ("the discussions, held without Foreign Minister Smith,": a participle said of the event before it)
            // ("A working-level meeting was held with Prime Minister Holness": who it was held with; holdout47)
            boolean agent = m.phrase().endsWith(" by") && (m.phrase().split(" ").length == 2 || JOINED_BY.contains(m.phrase()))
                    || m.phrase().equals("held without") || m.phrase().endsWith(" held with");
            boolean after = AFTER.contains(m.phrase()) || m.phrase().endsWith(" without") || m.phrase().endsWith(" in for") || agent;
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int before = subjectEnd(s, m.from());
            // "Energy Minister Vaiciunas was abroad and missed the meetings": the subject of a
            // first verb phrase joined by "and"
            int and = -1;
            int conjunct = after ? -1 : firstConjunct(s, people, before);
            if (conjunct >= 0) {
                and = before - 1;
                before = conjunct;
            }
            int subjectFrom = after ? m.to() : Participants.before(s, people, d, before, who, true, used);
            int subjectTo = after ? Participants.after(s, people, m.to(), who, used) : m.from();
            // ("Nepal's Foreign Secretary Amrit Rai, who stood in for the minister": whose minister a
            // description after "in for" names is not said, likely the stand-in's own, not the one the
            // article named so; black-box trial 41. "Kudlow, who stood in for the President": the one
            // head the article names)
            boolean standIn = m.phrase().endsWith(" in for") || m.phrase().startsWith("deputi");
            // ("Christopher Landau, standing in for Marco Rubio, and Levente Magyar attended": the one
            // stood in for is closed by the comma; who comes after it is the sentence's next subject;
            // black-box trial 42)
            if (after && standIn && used.size() > 1 && who.size() == used.size() && s.lower(used.get(0).to()).equals(",")) {
                who.subList(1, who.size()).clear();
                used.subList(1, used.size()).clear();
                subjectTo = used.get(0).to();
            }
            // ("In the absence of Minister Shin, the Secretary and Minister Kihara affirmed": an opening
            // phrase's people end at its comma when the list after it runs on to the main clause's verb)
            if (after && AFTER.contains(m.phrase()) && m.from() <= 2 && used.size() > 1 && who.size() == used.size()
                    && s.lower(used.get(0).to()).equals(",") && !s.lower(subjectTo).equals(",")) {
                who.subList(1, who.size()).clear();
                used.subList(1, used.size()).clear();
                subjectTo = used.get(0).to();
            }
            if (after && standIn && used.stream().anyMatch(u -> People.described(u)
                    && s.span(u.from(), u.to()).toLowerCase(java.util.Locale.ROOT).matches(".*\\bminister.*")
                    && !s.span(u.from(), u.to()).toLowerCase(java.util.Locale.ROOT).contains("prime minister"))) {
                continue;
            }
            // "Neither Secretary Yellen nor Vice Premier He took part": denied of each; a denied
            // absence or withdrawal says too little to read
            String status = cue.status();
            // ("The foreign ministers' meeting in Rome will be chaired by Foreign Minister Marco Ricci": a
            // participle after "will be" tells of a plan, not of one who attended; black-box trial 83)
            String modal = s.lower(m.from() - 2).equals("also") ? s.lower(m.from() - 3) : s.lower(m.from() - 2);
            if (agent && status.equals("attended") && s.lower(m.from() - 1).equals("be")
                    && Set.of("will", "would", "to", "shall").contains(modal)) {
                status = "planned";
            }
            if (who.isEmpty() && !after && and < 0) {
                subjectFrom = Participants.neither(s, people, d, before, who, true, used);
                status = who.isEmpty() ? status : status.equals("attended") ? "absent" : null;
            }
            double confidence = 0.9;
            // "the symposium, which he was unable to attend": the sentence's subject, named before
            // (not with two people named before it: "Fu Ying, who is standing in for Yang Jiechi after he
            // stayed away" may be either)
            if (who.isEmpty() && !after && and < 0 && PRONOUNS.contains(s.lower(before - 1)) && peopleBefore(s, people, before - 1) == 1
                    && !People.pronounSubject(s, people, before - 1)) {
                Discourse.Entity he = People.subject(s, people, before - 1).orElse(null);
                if (he != null) {
                    who.add(he);
                    subjectFrom = before - 1;
                    confidence = 0.8;
                }
            }
            // "Korea was represented by President Lee and the EU was represented by ...": a list after
            // "by" runs across two clauses, and who the second one is said of is not known
            boolean agentBefore = !after && s.lower(subjectFrom - 1).equals("by");
            if (who.isEmpty() || status == null || agentBefore || and >= 0 && !opensClause(s, subjectFrom)) {
                continue;
            }
            // (in "X was not abroad and missed the talks" the first phrase's negation is its own)
            if (and >= 0 ? hedged(s, lx, Math.max(0, subjectFrom - 4), conjunct) || hedgedOrConditional(s, lx, conjunct, and)
                    || hedged(s, lx, and + 1, m.from())
                    : hedged(s, lx, hedgeFrom(s, Math.min(subjectFrom, m.from()), after), m.from())
                    || reportedThat(s, lx, Math.min(subjectFrom, m.from()))) {
                continue;
            }
            Discourse.Entity event = null;
            int end = Math.max(m.to(), subjectTo);
            // "Prime Minister Tsipras was not able to meet me today": absent from the one meeting the
            // article (headline too) says they held, not from the event under discussion; "could not
            // join us today" likewise, else from the event this sentence or the one before named
            if (cue.slot() == Lexicon.AttendanceCue.Slot.NONE && Set.of("me", "us").contains(s.lower(m.to() - 1))
                    && Set.of("meet", "receive", "see", "join").contains(s.lower(m.to() - 2))) {
                int from = Math.min(subjectFrom, m.from());
                int to = end;
                String said = status;
                double sure = Participants.anyDescribed(used) ? 0.8 : 0.85;
                Discourse.Entity named = Events.onlyEvent(events);
                Discourse.Entity discussed = !s.lower(m.to() - 2).equals("join") ? null : named != null ? named : d.salientEvent();
                d.afterAll(() -> {
                    Discourse.Entity meeting = d.meetingWith(who);
                    boolean held = meeting != null && "talks".equals(meeting.family);
                    Discourse.Entity at = held ? meeting : discussed;
                    for (Discourse.Entity w : at == null ? List.<Discourse.Entity>of() : who) {
                        d.add(Draft.of("attendance", s, from, to, held ? sure : 0.75, "attendance." + said).with("event", at.id)
                                .with(w.kind.equals("person") ? "person" : "party", w.id).with("status", said));
                    }
                });
                continue;
            }
            // "Monday's talks, which Wang missed after falling ill": the event before "which"
            Events.EventMention antecedent = after ? null : antecedent(s, events, subjectFrom);
            // ("will attend the OSCE council in Malta, which Kuleba will not attend": of what "which"
            // stands for, when it is no event read, nothing; black-box trial 38)
            int cueEnd = m.to();
            if (antecedent == null && !after && s.lower(s.honorificsBefore(subjectFrom) - 1).equals("which")
                    && events.stream().noneMatch(e -> e.from() >= cueEnd && e.from() <= cueEnd + 3)) {
                continue;
            }
            if (antecedent != null && (cue.eventFollows() || cue.slot() == Lexicon.AttendanceCue.Slot.NONE)) {
                event = antecedent.event();
                subjectFrom = antecedent.from();
            } else if (cue.eventFollows() && s.lower(m.to()).equals("any") && s.lower(m.to() + 1).equals("of")) {
                // "did not take part in any of the Secretary's meetings": of them, the one meeting the
                // article says these people held
                event = d.meetingWith(who);
                if (event == null || !"talks".equals(event.family) || !status.equals("absent")) {
                    continue;
                }
                end = Math.min(s.size(), m.to() + 2);
                for (Events.EventMention e : events) {
                    end = e.from() > m.to() && e.from() <= m.to() + 6 ? Math.max(end, e.to()) : end;
                }
            } else if (cue.eventFollows()) {
                for (Events.EventMention e : events) {
                    // ("missed the ministerial's opening session": a part of it, not the ministerial)
                    if (Set.of("'s", "’s", "'", "’").contains(s.lower(e.to()))) {
                        continue;
                    }
                    // ("held" only of an event named by its name, "held the U.S.-India Strategic Dialogue":
                    // "held talks with X" is the meeting Meetings reads)
                    boolean heldNamed = !heldCue(m.phrase()) || s.token(e.word().from()).capitalised() && e.word().from() > m.to() + 1;
                    if ((e.from() == m.to() || e.word().from() == m.to() || namedBetween(s, m.to(), e.from())) && heldNamed) {
                        event = e.event();
                        end = e.to();
                    }
                }
                // "Macron was unable to attend, and ...", "has pulled out of them.": nothing named
                // after the phrase, so it is said of the event under discussion
                int named = Set.of("it", "them").contains(s.lower(m.to())) ? m.to() + 1 : m.to();
                // ("Shannon and Cabello held the second United States - Paraguay Political and Economic
                // Dialogue": "held" says who attended only of the event it names; holdout49)
                if (event == null && (!nothingNamed(s, named) || heldCue(m.phrase()))) {
                    continue;
                }
            }
            if (cue.placeFollows()) {
                // "Cho did not travel to Tokyo": absent from what the article holds there
                // ("did not travel on to the Democratic Republic of the Congo")
                Mention place = s.startingAt(s.lower(m.to()).equals("the") ? m.to() + 1 : m.to());
                if (place == null || place.kind() != Mention.Kind.KNOWN || !(Events.isPlace(place) || place.isCountryLike())
                        || s.hasAny(REMOTE) || datedAfter(s, place.to())) {
                    continue;
                }
                end = place.to();
                event = eventForTravel(s, events, place, lx, d, who);
                // ("Mr Lammy was unable to travel to Dublin, and Mr Thomas-Symonds represented the Foreign
                // Office at Iveagh House in his place": no event placed there, the one meeting the article
                // says the person attended, placed nowhere, unsure of which occasion: holdout98)
                if (event == null && events.isEmpty() && NOT_THERE.contains(status) && !fromAfar(who, d)) {
                    missedByTrip(s, d, who, null, status, Math.min(subjectFrom, m.from()), end);
                }
                if (event == null || fromAfar(who, d)) {
                    continue;
                }
                confidence = 0.85;
            }
            if (cue.elsewhereFollows()) {
                // "Mr. Putin himself stayed in Moscow this week": away from the event under discussion,
                // when the sentence names no event and the article places that one in another city
                Mention place = s.startingAfterThe(m.to());
                // ("X will be represented at the summit by A and B, although B will remain in Brussels":
                // the one event the sentence names)
                // ("Dupont stayed in Berlin for a cabinet meeting", "to chair a cabinet meeting": what kept him
                // there is no event he stayed away from; black-box look-alike shapes, holdout122)
                List<Events.EventMention> named = place == null ? events
                        : events.stream().filter(e -> !keptFor(s, place.to(), e)).toList();
                java.util.Set<Discourse.Entity> keptBy = new java.util.HashSet<>();
                for (Events.EventMention e : events) {
                    if (!named.contains(e) && e.event() != null) {
                        keptBy.add(e.event());
                    }
                }
                event = named.isEmpty() ? stayedAwayFrom(place, lx, d, null, keptBy)
                        : named.size() == 1 && named.get(0).event() != null ? stayedAwayFrom(place, lx, d, named.get(0).event(), keptBy) : null;
                // ("On Wednesday, the first day of the talks, Lavrov stayed in Moscow": another day of
                // them; "Iwaya joined by video link. Iwaya, who stayed in Tokyo, ...": from afar;
                // black-box trial 20)
                if (event == null || s.hasAny(REMOTE) || toldOfAnother(s, event, d, false) || fromAfar(who, d)
                        || anotherSpan(s, event, d)) {
                    continue;
                }
                end = place.to();
                confidence = 0.85;
            }
            if (agent) {
                // "a dinner hosted by X", "the talks, chaired by X": the event just before; with
                // none in the sentence ("The Council met today, chaired by X"), the article's only one
                event = eventBefore(s, events, m.from());
                if (event == null && events.isEmpty()) {
                    event = d.onlyEvent();
                    confidence = 0.85;
                    // ("The two sides last met in Geneva in September, when Umerov was joined by X": a
                    // sentence telling of an earlier occasion; black-box trial 55)
                    if (event != null && (toldOfAnother(s, event, d, true) || earlierMeeting(s))) {
                        continue;
                    }
                }
                if (event == null) {
                    continue;
                }
            }
            // "The Deputy Prime Minister stood in for the Prime Minister at a separate reception": at
            // an occasion the phrase names as another, not the one under discussion
            if (event == null && elsewhereAfter(s, end)) {
                continue;
            }
            // ("attended Monday's EU foreign ministers' meeting in Brussels in place of Foreign Minister
            // Szijjarto, who was on a visit to Beijing": the event named right before the phrase, not
            // the one of a clause after it; black-box trial 43's look-alike)
            if (event == null && after && AFTER.contains(m.phrase())) {
                event = eventBefore(s, events, m.from());
            }
            if (event == null) {
                event = Events.onlyEvent(events);
                // ("David Cameron did not attend, as he was at a European Council meeting in Brussels": the
                // event of a clause of reason after the phrase is where the person was instead; black-box trial 103)
                int phraseEnd = m.to();
                if (event != null && events.stream().allMatch(e -> e.from() > phraseEnd && reasonBetween(s, phraseEnd, e.from()))) {
                    continue;
                }
                // "The Foreign Secretary, who was in Kabul for the Afghanistan conference, did not
                // attend": the event in a clause on the subject may be where they were instead
                int cueAt = m.from();
                int subjectAt = subjectFrom;
                if (event != null && events.stream().anyMatch(e -> e.from() > subjectAt && e.to() <= cueAt)
                        && clauseBetween(s, subjectAt, cueAt)) {
                    continue;
                }
                // ("In the absence of Prime Minister Frieden, who was at a summit in Brussels, his deputy
                // chaired the cabinet meeting": the event in a clause on the people after the phrase is
                // where they were instead; black-box trial 53)
                int peopleEnd = subjectTo;
                int clauseEnd = after && s.lower(peopleEnd).equals(",") && s.lower(peopleEnd + 1).equals("who")
                        && (WAS_AT.contains(s.lower(peopleEnd + 2) + " " + s.lower(peopleEnd + 3)) || s.lower(peopleEnd + 2).equals("attended"))
                        ? peopleEnd + 2 : -1;
                while (clauseEnd > 0 && clauseEnd < s.size() && !s.lower(clauseEnd).equals(",")) {
                    clauseEnd++;
                }
                int whoEnd = clauseEnd;
                if (event != null && whoEnd > 0 && events.stream().anyMatch(e -> e.from() > peopleEnd && e.to() <= whoEnd)) {
                    continue;
                }
                if (event == null) {
                    // the article's one event so far is what "was unable to attend" means; of
                    // several, the one under discussion is a guess
                    event = d.onlyEvent();
                    confidence = event != null ? 0.85 : 0.75;
                    event = event != null ? event : d.salientEvent();
                    // ("Lew met today with Tsakalotos at the IMF's Annual Meetings. Tsakalotos was unable to
                    // attend": the event under discussion is the one meeting the article says they held)
                    // (only when they open the sentence: "an event the State Secretary will not attend" is that event)
                    confidence = event != null && subjectFrom == 0 && event == d.meetingWith(who) ? 0.85 : confidence;
                }
                if (event == null) {
                    continue;
                }
                // "Hague met Kerry in London on Sunday. On Monday, officials standing in for the two met
                // again in Geneva": the sentence tells of an occasion of its own, another one
                // (not what a clause on the one stood in for says: "standing in for Foreign Minister Rui
                // Barros, who had to remain in Lisbon"; black-box trial 77's L33)
                int clause = s.lower(subjectTo).equals(",") && s.lower(subjectTo + 1).equals("who") ? subjectTo : s.size();
                if (after && toldOfAnother(s, event, d, true, clause)) {
                    continue;
                }
            }
            // "did not attend the summit in person": may have taken part from afar
            if (status.equals("absent") && inPerson(s, m.to())) {
                continue;
            }
            // ("did not attend the whole meeting", "did not join the meeting until Thursday", "was absent
            // from the meeting for an hour", "did not attend the meeting alone", "as an observer", "on its
            // first day", "did not attend the meeting at ministerial level": away from a part of it, or
            // there in another way; black-box trial 104)
            if (NOT_THERE.contains(status) && partOnly(s, m.to(), Math.max(m.to(), end))) {
                continue;
            }
            if (Participants.anyDescribed(used)) {
                confidence = Math.min(confidence, 0.8);
            }
            // ("Hungary boycotted the meeting. Hungarian ambassador Antal Heizer attended the meeting as
            // an observer": who sat in as an observer may be there for a side that stayed away)
            if (status.equals("attended") && asObserver(s, m.to())) {
                confidence = Math.min(confidence, 0.75);
            }
            // "Trade Secretary Reynolds opened the working-level talks with a short speech": who opens
            // or addresses officials' talks need not sit at their table; said of an event the article
            // holds below ministerial level, the attendance is unsure (a finding on it needs a look)
            // ("Foreign Minister Wang Yi joined the talks on Tuesday", talks that began on Monday at
            // working level: one who joined on a day may have joined a day held at another level;
            // black-box trial 17's C9)
            // (the day opening the sentence too: "On Tuesday, 3 June, Foreign Ministers X and Y joined the
            // talks, which continued at ministerial level"; black-box trial 77's L31)
            boolean joinedOnDay = status.equals("attended") && Set.of("joined", "joins").contains(s.lower(m.from()))
                    && dateWithin(s, 0, end + 1);
            // ("attended the senior officials' meeting on Tuesday to brief the delegations": there to brief
            // or address it, as one who opened it; black-box trial 105)
            boolean toBrief = false;
            for (int k = end; k < Math.min(s.size() - 1, end + 4); k++) {
                toBrief |= s.lower(k).equals("to") && BRIEFING.contains(s.lower(k + 1));
            }
            boolean appearance = status.equals("attended") && (APPEARANCES.contains(s.lower(m.from())) || joinedOnDay || toBrief);
            if (status.equals("attended")) {
                d.presentOn(s, isoDayNamed(s, d));
            }
            for (Discourse.Entity w : who) {
                if (cue.peopleOnly() && !w.kind.equals("person")) {
                    continue;
                }
                if (status.equals("attended") && s.hasAny(REMOTE)) {
                    d.markFromAfar(w);
                }
                String pattern = status.equals(cue.status()) ? cue.status() + (cue.eventFollows() ? "-event" : "") : "neither-nor";
                Draft told = Draft.of("attendance", s, Math.min(subjectFrom, m.from()) - (pattern.equals("neither-nor") ? 1 : 0),
                        end, confidence, "attendance." + pattern).with("event", event.id);
                told.with(w.kind.equals("person") ? "person" : "party", w.id).with("status", status);
                // ("attended the G7 summit on Monday ... skipped the summit on Tuesday": presence and
                // absence told on two days may be two days of it; a finding on them needs a look)
                String day = dayNamed(s, d.published());
                boolean present = status.equals("attended");
                // ("attended the summit on Friday and Saturday. Cameron did not attend the summit on Sunday,
                // having flown home on Saturday night": each day of a presence told on several days, and the
                // day right after the event of an absence; black-box trial 105)
                List<String> days = daysNamed(s, d.published(), 0, s.size());
                if (day == null && present && days.size() > 1) {
                    for (String x : days) {
                        d.oppositeOnAnotherDay(w.id, event.id, x, true);
                    }
                }
                if (day == null && NOT_THERE.contains(status)) {
                    int clauseEnd = end;
                    while (clauseEnd < s.size() && !Set.of(",", ";").contains(s.lower(clauseEnd))) {
                        clauseEnd++;
                    }
                    List<String> own = daysNamed(s, d.published(), Math.max(0, end - 3), clauseEnd);
                    day = own.size() == 1 ? own.get(0) : null;
                }
                // ("Putin did not attend the summit. Putin joined the summit by video link": one who took part
                // from afar may not have been there; presence told so is unsure; black-box trial 25)
                boolean remote = present && s.hasAny(REMOTE);
                // ("Rubio will attend the meeting on Thursday. Rubio will not attend the meeting on Friday": an
                // absence on another day than the one the event was told on is from one day of it; black-box trial 104)
                boolean otherDay = NOT_THERE.contains(status) && toldOfAnother(s, event, d, false);
                // ("was attended by Deputy Foreign Minister Novak and Ambassador Berg, among others": a list
                // that says it is partial; who else sat at the table is not told; black-box trial 107)
                boolean partial = present && amongOthers(s);
                Draft f = remote || otherDay || partial || day != null && (present || NOT_THERE.contains(status)) && d.oppositeOnAnotherDay(w.id, event.id, day, present)
                        ? told.atMost(0.7) : told;
                if (appearance) {
                    Discourse.Entity at = event;
                    d.afterAll(() -> d.add(d.heldBelowMinisterial(at) ? f.atMost(0.7) : f));
                } else if (cue.placeFollows()) {
                    // ("Price did not travel to Cape Town for the G20 meeting. He joined the meeting by video
                    // link": a journey not made says nothing of taking part from afar, which the article
                    // tells of; unsure; black-box trial 81)
                    d.afterAll(() -> d.add(d.remoteWasTold() ? f.atMost(0.7) : f));
                } else {
                    d.add(f);
                }
            }
            if (status.equals("attended") && cue.eventFollows() && JOINT_CHAIRS.contains(s.lower(m.from()))) {
                coChairs(s, people, d, event, end, Math.min(subjectFrom, m.from()), confidence);
            }
            if (NOT_THERE.contains(status) && d.isTrip(event)) {
                missedByTrip(s, d, who, event, status, Math.min(subjectFrom, m.from()), end);
            }
        }
    }

    /**
     * "Di Paola called off the trip at the last minute", "Pruitt never made the trip to Italy": one who
     * did not make the trip was absent from the one meeting the article says they attended (that
     * person's, by who was there; not one placed elsewhere than the trip, and with no trip, one placed
     * nowhere), unsure of which occasion
     * the trip was for: 0.8 ({@code attendance.absent-trip}, {@code attendance.withdrew-trip}; holdout84-89's
     * missed plants).
     */
    private static void missedByTrip(Annotated s, Discourse d, List<Discourse.Entity> who, Discourse.Entity trip, String status,
                                     int from, int to) {
        for (Discourse.Entity w : who) {
            if (!w.kind.equals("person")) {
                continue;
            }
            Draft told = Draft.of("attendance", s, from, to, 0.8, "attendance." + status + "-trip");
            d.afterAll(() -> {
                Discourse.Entity meeting = d.onlyMeetingAttendedBy(w.id, trip);
                if (meeting != null) {
                    d.add(told.with("event", meeting.id).with("person", w.id).with("status", status));
                }
            });
        }
    }

    /** Verbs of an event held by two together: the people after "with" held it too. */
    private static final Set<String> JOINT_CHAIRS = WordSet.of("co-chaired", "co-chairing", "co-hosted", "co-hosting", "co-chairs",
            "co-hosts");

    /**
     * "Baker co-chaired the Strategic Policy Dialogue on Feb. 23 with her UK counterpart, Paul
     * Wyatt": the people after "with" (within eight words of the event's end: a date, a place or an
     * abbreviation may stand between) attended it too ({@code attendance.co-chair}).
     */
    private static void coChairs(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, Discourse.Entity event, int end,
                                 int from, double confidence) {
        int with = -1;
        for (int k = end; k < s.size() && k <= end + 8 && with < 0; k++) {
            if (s.lower(k).equals("with")) {
                with = k;
            } else if (PHRASE_ENDS.contains(s.lower(k)) && !Set.of("on", "in").contains(s.lower(k))) {
                break;
            }
        }
        if (with < 0) {
            return;
        }
        List<Discourse.Entity> who = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int to = Participants.after(s, people, with + 1, who, used);
        double sure = Participants.anyDescribed(used) ? Math.min(confidence, 0.8) : confidence;
        for (Discourse.Entity w : who) {
            if (w.kind.equals("person")) {
                d.add(Draft.of("attendance", s, from, to, sure, "attendance.co-chair").with("event", event.id)
                        .with("person", w.id).with("status", "attended"));
            }
        }
    }

    /**
     * Whether the sentence tells of an occasion other than {@code event}: "again", a day other
     * than the one the article dated it to, or (with {@code places}) a place other than the one it
     * put it in.
     */
    private static boolean toldOfAnother(Annotated s, Discourse.Entity event, Discourse d, boolean places) {
        return toldOfAnother(s, event, d, places, s.size());
    }

    /** As {@link #toldOfAnother(Annotated, Discourse.Entity, Discourse, boolean)}, of the words before token {@code end}. */
    private static boolean toldOfAnother(Annotated s, Discourse.Entity event, Discourse d, boolean places, int end) {
        if (s.hasAny(Set.of("again"))) {
            return true;
        }
        for (int i = 0; i < end; i++) {
            Mention m = s.startingAt(i);
            if (m == null) {
                continue;
            }
            boolean date = m.kind() == Mention.Kind.WEEKDAY || m.kind() == Mention.Kind.RELATIVE_DATE;
            // ("standing in for Defence Minister Varga, who resigned on Monday": the day someone left a post)
            int verb = s.lower(i - 1).equals("on") ? i - 2 : i - 1;
            if (date && People.leftOffice(s, verb)) {
                continue;
            }
            if (date && Events.otherDay(s, m, event, d)
                    || places && m.kind() == Mention.Kind.KNOWN && Events.isPlace(m) && event.place != null
                    && !event.place.equals(Events.placeEntity(m, d).id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence puts its words in a span of another time than the event's: a month or a
     * year ("remained in Berlin in March", "stayed in Berlin in 2015", "last year", "next month"), or a
     * date the event was not held on; days of the week are {@link #toldOfAnother}'s.
     */
    private static boolean anotherSpan(Annotated s, Discourse.Entity event, Discourse d) {
        for (Mention m : s.mentions()) {
            String written = s.span(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT);
            boolean isoDay = m.value() != null && m.value().matches("\\d{4}-\\d{2}-\\d{2}");
            if (m.kind() == Mention.Kind.DATE && (!isoDay || d.datedOtherwise(event, m.value())
                    || d.weekdayOtherwise(event, java.time.LocalDate.parse(m.value()).getDayOfWeek().getValue()))
                    || m.kind() == Mention.Kind.RELATIVE_DATE && !written.startsWith("this") && (written.contains("year") || written.contains("month"))) {
                return true;
            }
        }
        // "in March", "in 2015": a month or a year on its own
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.lower(k).equals("in") && s.at(k + 1) == null
                    && (Annotator.MONTHS.containsKey(s.lower(k + 1)) || s.lower(k + 1).matches("(19|20)\\d\\d"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says a list of people is partial: "among others", "and others". */
    private static boolean amongOthers(Annotated s) {
        for (int k = 0; k + 1 < s.size(); k++) {
            if (Set.of("among", "and").contains(s.lower(k)) && Set.of("others", "other").contains(s.lower(k + 1))
                    && !(s.lower(k + 1).equals("other") && s.token(k + 2).word())) {
                return true;
            }
        }
        return false;
    }

    /** Statuses of someone not at an event. */
    private static final Set<String> NOT_THERE = WordSet.of("absent", "withdrew", "declined");

    /** The days named between tokens {@code from} and {@code to}, each as {@link #dayNamed} writes it, without repeats. */
    private static List<String> daysNamed(Annotated s, java.time.LocalDate published, int from, int to) {
        List<String> days = new java.util.ArrayList<>();
        for (Mention m : s.mentions()) {
            // (a day of a month too, and each as its calendar day when it has one: "attended the talks in Cairo
            // on Tuesday ... did not attend the talks in Cairo on 26 February"; black-box trial 76)
            if (m.from() >= from && m.to() <= to
                    && (m.kind() == Mention.Kind.WEEKDAY || m.kind() == Mention.Kind.RELATIVE_DATE || m.kind() == Mention.Kind.DATE)) {
                String iso = EventDates.isoDay(s, m, published);
                String said = iso != null && iso.length() == 10 ? iso
                        : s.span(m.from(), m.to()).toLowerCase(java.util.Locale.ROOT).replaceFirst("^on ", "").replace("'s", "");
                if (!days.contains(said)) {
                    days.add(said);
                }
            }
        }
        return days;
    }

    /** The one day the sentence names ("on Tuesday", "today", "on 26 February"), as its calendar day where known, else lower case; null if none or several. */
    private static String dayNamed(Annotated s, java.time.LocalDate published) {
        List<String> days = daysNamed(s, published, 0, s.size());
        return days.size() == 1 ? days.get(0) : null;
    }

    /** Words of a meeting after {@link #EARLIER}: "last met", "previously met", "the first meeting". */
    private static final Set<String> MEETING_WORDS = WordSet.of("met", "meeting", "talks");
    private static final Set<String> EARLIER = WordSet.of("last", "previously", "earlier", "first");

    /** Whether the sentence tells of an earlier meeting: "last met", "previously met", "when they last met". */
    private static boolean earlierMeeting(Annotated s) {
        for (int k = 1; k < s.size(); k++) {
            if (MEETING_WORDS.contains(s.lower(k)) && EARLIER.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words of being somewhere after "who" ("who was at a summit in Brussels", "who is attending"). */
    private static final Set<String> WAS_AT = WordSet.of("was at", "is at", "was in", "is in", "was attending", "is attending",
            "was away", "is away");

    /** The one day (ISO) the sentence's date mentions name, or null if none or several. */
    private static String isoDayNamed(Annotated s, Discourse d) {
        String day = null;
        for (Mention m : s.mentions()) {
            String iso = Events.isDate(m) ? EventDates.isoDay(s, m, d.published()) : null;
            if (iso != null && day != null && !day.equals(iso)) {
                return null;
            }
            day = iso != null ? iso : day;
        }
        return day;
    }

    /** Whether the article said all of these people took part from afar (by video or phone). */
    private static boolean fromAfar(List<Discourse.Entity> who, Discourse d) {
        return !who.isEmpty() && who.stream().allMatch(d::saidFromAfar);
    }

    /** Whether a date is named from token {@code from} to {@code to} (exclusive). */
    static boolean dateWithin(Annotated s, int from, int to) {
        for (int k = from; k < Math.min(to, s.size()); k++) {
            if (s.at(k) != null && Events.isDate(s.at(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event a journey not made to {@code place} kept someone from: the event named after
     * "for" ("did not travel to New York for this year's General Assembly"), else the one event the
     * article holds there (of several, the one these people are said to be at); null if none.
     */
    static Discourse.Entity eventForTravel(Annotated s, List<Events.EventMention> events, Mention place,
                                                   Lexicon lx, Discourse d, List<Discourse.Entity> who) {
        int after = REFLEXIVES.contains(s.lower(place.to())) ? place.to() + 1 : place.to();
        if (s.lower(after).equals("for")) {
            for (Events.EventMention e : events) {
                if (e.from() > after && e.from() <= after + 6) {
                    return e.event();
                }
            }
            return null;
        }
        // "pulled out of the visit to Chequers at short notice", "... at the last minute"
        if (s.lower(after).equals("at") && (s.lower(after + 1).equals("short") && s.lower(after + 2).equals("notice")
                || s.lower(after + 1).equals("the") && s.lower(after + 2).equals("last") && s.lower(after + 3).equals("minute"))) {
            after += s.lower(after + 1).equals("short") ? 3 : 4;
        }
        // "who will be away from Berlin all week,"
        if (s.lower(after).equals("all") && Set.of("week", "day").contains(s.lower(after + 1))) {
            after += 2;
        }
        if (!nothingNamed(s, after)) {
            return null;
        }
        // (someone else's visit there is theirs: who did not travel was not on it, and says nothing of it)
        // ("the visit to Chequers": a building, where the article's events are placed in its city)
        Discourse.Entity seat = Events.seat(place, lx, d);
        List<Discourse.Entity> there = d.eventsAt((seat != null ? seat : Events.destination(place, d)).id);
        // ("Kelly did not travel to Honduras" after talks in Tegucigalpa: an event in a city of the country)
        if (there.isEmpty() && seat == null && !Events.isPlace(place) && place.known().kind().equals("country")) {
            String country = place.known().id();
            there = d.eventsAtPlaces(name -> {
                List<Token> words = Splitter.tokens(name);
                Phrases.Match<Lexicon.Known> capital = lx.names.at(words, 0);
                return capital != null && capital.to() == words.size() && capital.value().how() == Lexicon.How.CAPITAL
                        && capital.value().id().equals(country);
            });
        }
        there = there.stream().filter(e -> !e.eventType.equals("visit") || who.stream().anyMatch(w -> d.isVisitOf(e, w))).toList();
        if (there.size() > 1) {
            there = there.stream().filter(e -> d.participantsOf(e).containsAll(who)).toList();
        }
        return there.size() == 1 ? there.get(0) : null;
    }

    /** Whether a clause of reason opens between tokens {@code from} and {@code to} (", as he was at", "because she was attending"). */
    private static boolean reasonBetween(Annotated s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Set.of("because", "since").contains(s.lower(k)) || s.lower(k).equals("as") && s.lower(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after "to" of what keeps someone where they stayed ("to chair a cabinet meeting"). */
    private static final Set<String> KEPT_TO = WordSet.of("chair", "attend", "hold", "host", "prepare", "lead", "address");

    /**
     * Whether the event mention {@code e}, after the place someone stayed at (ending at {@code
     * after}), is what kept them there: an indefinite one after "for" or after "to" and a verb of
     * {@link #KEPT_TO} ("stayed in Berlin for a cabinet meeting", "to chair a cabinet meeting").
     */
    private static boolean keptFor(Annotated s, int after, Events.EventMention e) {
        if (e.from() < after || !Set.of("a", "an").contains(s.lower(e.from())) && !Set.of("a", "an").contains(s.lower(e.from() - 1))) {
            return false;
        }
        for (int k = after; k < e.from(); k++) {
            if (s.lower(k).equals("for") || s.lower(k).equals("to") && KEPT_TO.contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event that staying in {@code place} kept someone from: {@code named} (the one event the
     * sentence names), else the article's one event so far, else the one under discussion, when
     * the article places it in a city and {@code place} is another city; null otherwise.
     */
    static Discourse.Entity stayedAwayFrom(Mention place, Lexicon lx, Discourse d, Discourse.Entity named) {
        return stayedAwayFrom(place, lx, d, named, java.util.Set.of());
    }

    /** As {@link #stayedAwayFrom(Mention, Lexicon, Discourse, Discourse.Entity)}, passing over the events that kept the person there. */
    static Discourse.Entity stayedAwayFrom(Mention place, Lexicon lx, Discourse d, Discourse.Entity named,
                                           java.util.Set<Discourse.Entity> keptBy) {
        // (a city, or a city state: "Panetta, who remained in Singapore, ..."; holdout32)
        if (place == null || place.kind() != Mention.Kind.KNOWN
                || place.known().how() != Lexicon.How.CAPITAL && place.known().how() != Lexicon.How.CITY
                && !CITY_STATES.contains(place.known().id())) {
            return null;
        }
        Discourse.Entity only = d.onlyEventBesides(keptBy);
        Discourse.Entity event = named != null ? named : only != null ? only
                : keptBy.contains(d.salientEvent()) ? null : d.salientEvent();
        Discourse.Entity stayed = Events.placeEntity(place, d);
        // (not an event placed in a region: "stayed in Los Angeles" may be in California)
        return event != null && "place".equals(d.kindOf(event.place)) && !lx.isRegion(event.place)
                && (stayed.kind.equals("place") || CITY_STATES.contains(place.known().id())) && !event.place.equals(stayed.id) ? event : null;
    }

    /** Countries that are one city: staying there is staying in a city. */
    private static final Set<String> CITY_STATES = WordSet.of("singapore", "monaco", "vatican", "vatican-city", "holy-see");

    /**
     * Whether an occasion named as another follows token {@code at}: "at" or "during" and an
     * indefinite ("at a dinner", "at another event"), or "at", "during" or "in" and "a separate",
     * "an other", "a different" ("in a separate session"). Not "for a family reason".
     */
    private static boolean elsewhereAfter(Annotated s, int at) {
        boolean atOrDuring = Set.of("at", "during").contains(s.lower(at));
        return atOrDuring && Set.of("a", "an", "another").contains(s.lower(at + 1))
                || (atOrDuring || s.lower(at).equals("in")) && Set.of("separate", "other", "different").contains(s.lower(at + 2));
    }

    /** Whether a cue is "held", "will hold" or "convened": attendance only of an event it names by its name. */
    private static boolean heldCue(String phrase) {
        return phrase.endsWith("held") || phrase.endsWith("hold") || phrase.endsWith("convened");
    }

    /**
     * Where the words that may hedge a cue at {@code from} start: four words before it, but for a cue
     * said of the people after it not before a comma ("A working-level meeting, which no minister
     * attended, was held with X": the clause's "no" is its own; holdout47).
     */
    private static int hedgeFrom(Annotated s, int from, boolean after) {
        int k = Math.max(0, from - 4);
        if (after) {
            for (int j = from - 1; j >= k; j--) {
                if (s.lower(j).equals(",")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /**
     * Whether the clause from token {@code at} is what a report, rumour or denial said: "that" just
     * before it, and a cue or a noun of what others said within the words before "that", back to a
     * comma ("denying a newspaper report that he had skipped it", "A news website had reported on
     * Monday morning that Saleh cancelled his trip"): no fact of the article's own (black-box trial 79).
     */
    static boolean reportedThat(Annotated s, Lexicon lx, int at) {
        // ("attended the meeting in Skopje on Wednesday after all, a day after her ministry said she had
        // pulled out": what was said before the plan changed again; black-box trial 80)
        // (not "were postponed after Rubio said he could not attend": told as true, the reason)
        if (SAID.contains(s.lower(at - 1))) {
            for (int j = at - 2; j >= Math.max(0, at - 8) && !s.lower(j).equals(","); j--) {
                if (s.lower(j).equals("after") && s.hasAny(CAME_AFTER_ALL, 0, j)) {
                    return true;
                }
            }
        }
        if (!s.lower(at - 1).equals("that")) {
            return false;
        }
        for (int j = at - 2; j >= Math.max(0, at - 12); j--) {
            String w = s.lower(j);
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            String kind = inName(s, j) ? null : lx.cues.get(w);
            if (kind != null && !kind.equals("negation") || REPORT_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of coming to an event that a later "after ... said she had pulled out" is told against. */
    private static final Set<String> CAME_AFTER_ALL = WordSet.of("attended", "joined", "arrived", "came", "travelled", "traveled",
            "flew");

    /** Verbs of saying whose clause may follow with no "that" ("her ministry said she had pulled out"). */
    private static final Set<String> SAID = WordSet.of("said", "announced", "reported", "confirmed", "stated");

    /** Nouns of what others said, whose "that" clause the article does not state ("a report that"). */
    private static final Set<String> REPORT_NOUNS = WordSet.of("report", "reports", "claim", "claims", "rumour", "rumours", "rumor",
            "rumors", "suggestion", "suggestions", "allegation", "allegations", "speculation", "story", "stories", "article");

    /** Phrases said of the people after them: "in the absence of X", "standing in for X". */
    /** "They were (later) joined by X": a passive whose agent came to the meeting under discussion. */
    private static final Set<String> JOINED_BY = WordSet.of("were joined by", "was joined by", "were later joined by",
            "was later joined by", "will be attended by", "will also be attended by", "is to be attended by",
            "is expected to be attended by");

    private static final Set<String> AFTER = WordSet.of("absence of", "in place of", "deputising for", "deputizing for",
            "deputised for", "deputized for");

    /** Whether "as an observer" (or "as observers") follows token {@code at} within a few words. */
    private static boolean asObserver(Annotated s, int at) {
        for (int k = at; k < Math.min(s.size() - 1, at + 8); k++) {
            if (s.lower(k).equals("as") && (s.lower(k + 1).equals("observers") || s.lower(k + 1).equals("an") && s.lower(k + 2).equals("observer"))) {
                return true;
            }
        }
        return false;
    }

    /** How many different people the sentence names before token {@code at}. */
    private static long peopleBefore(Annotated s, Map<Mention, Discourse.Entity> people, int at) {
        return people.entrySet().stream().filter(e -> e.getKey().to() <= at && e.getValue().kind.equals("person"))
                .map(Map.Entry::getValue).distinct().count();
    }

    /** Whether "in person" or "physically" stands after token {@code from}, before the clause ends. */
    private static boolean inPerson(Annotated s, int from) {
        for (int k = from; k < s.size() && !Set.of(";", ":", "but").contains(s.lower(k)); k++) {
            if (s.lower(k).equals("physically") || s.lower(k).equals("in") && s.lower(k + 1).equals("person")) {
                return true;
            }
        }
        return false;
    }

    /** Words of time spans a partial absence is measured in ("for an hour", "for two days"). */
    private static final Set<String> SPANS = WordSet.of("hour", "hours", "minute", "minutes", "day", "days", "part", "session",
            "sessions", "morning", "afternoon", "evening", "while");

    /**
     * Whether an absence phrase ending at {@code cueEnd}, its event ending at {@code end}, is said of a
     * part of the event or of a way of being there: "the whole", "the entire", "all of" before the event;
     * "until", "alone", "as an observer", "for an hour", "on its first day", "at ministerial level" after it.
     */
    private static boolean partOnly(Annotated s, int cueEnd, int end) {
        if (s.lower(cueEnd).equals("the") && Set.of("whole", "entire", "full").contains(s.lower(cueEnd + 1))
                || s.lower(cueEnd).equals("all") && s.lower(cueEnd + 1).equals("of") || s.lower(cueEnd).equals("every")) {
            return true;
        }
        // ("did not join the meeting until Thursday": the event's mention may hold the day after "until")
        if (s.hasAny(Set.of("until", "till"), cueEnd, Math.min(s.size(), end + 1))) {
            return true;
        }
        String w = s.lower(end);
        if (Set.of("alone", "throughout").contains(w)) {
            return true;
        }
        if (w.equals("as") && Set.of("a", "an").contains(s.lower(end + 1))) {
            return true;
        }
        if (w.equals("for") && (Set.of("a", "an", "one", "part", "much", "most").contains(s.lower(end + 1)) || Words.numberWord(s.lower(end + 1)) > 0)) {
            for (int k = end + 1; k < Math.min(s.size(), end + 4); k++) {
                if (SPANS.contains(s.lower(k)) || Set.of("part", "much", "most").contains(s.lower(k))) {
                    return true;
                }
            }
        }
        if (w.equals("on") && Set.of("its", "the", "their").contains(s.lower(end + 1)) && s.lower(end + 3).equals("day")) {
            return true;
        }
        // "at ministerial level", "at the level of foreign ministers"
        if (w.equals("at")) {
            for (int k = end + 1; k < Math.min(s.size(), end + 5); k++) {
                if (s.lower(k).equals("level")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of taking part from afar: whoever did not travel may still have joined by video. */
    static final Set<String> REMOTE = WordSet.of("video", "videoconference", "virtually", "virtual", "phone", "telephone",
            "remotely", "online", "link", "videolink");

    /**
     * "Foreign Minister Anna Berg was accompanied to the talks by Deputy Minister Karl Holm and
     * Ambassador Lena Dahl": the people after "by" attended the event named after "to", with the
     * subject ({@code attendance.accompanied-to}; black-box trial 82: visit reports list delegations
     * so). Only the subject named just before "was" or "were", an event right after "to", and "by"
     * right after it; not hedged, not quoted.
     */
    public static void accompaniedTo(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                     Lexicon lx, Discourse d) {
        for (int k = 2; k + 3 < s.size(); k++) {
            if (!s.lower(k).equals("accompanied") || !Set.of("was", "were").contains(s.lower(k - 1)) || !s.lower(k + 1).equals("to")
                    || s.quoted(k)) {
                continue;
            }
            Events.EventMention to = null;
            for (Events.EventMention e : events) {
                to = e.event() != null && e.from() == k + 2 && s.lower(e.to()).equals("by") ? e : to;
            }
            Mention subject = s.endingBefore(k - 1);
            if (to == null || subject == null || !people.containsKey(subject) || !"person".equals(people.get(subject).kind)
                    || hedged(s, lx, 0, k) || d.isTrip(to.event())) {
                continue;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int end = Participants.after(s, people, to.to() + 1, who, used);
            double sure = Participants.anyDescribed(used) ? 0.8 : 0.85;
            for (Discourse.Entity w : who) {
                if (w.kind.equals("person") && w != people.get(subject)) {
                    d.add(Draft.of("attendance", s, subject.from(), end, sure, "attendance.accompanied-to").with("event", to.event().id)
                            .with("person", w.id).with("status", "attended"));
                }
            }
            if (!who.isEmpty()) {
                d.add(Draft.of("attendance", s, subject.from(), to.to(), 0.85, "attendance.accompanied-to").with("event", to.event().id)
                        .with("person", people.get(subject).id).with("status", "attended"));
            }
        }
    }

    /** Whether the sentence tells of taking part from afar: "by video (link)", "by phone", "virtually", "remotely". */
    private static boolean tellsOfTakingPartFromAfar(Annotated s) {
        for (int k = 0; k < s.size(); k++) {
            String w = s.lower(k);
            if (Set.of("videoconference", "virtually", "remotely", "videolink").contains(w)
                    || Set.of("by", "via").contains(w) && Set.of("video", "phone", "telephone", "videoconference").contains(s.lower(k + 1))
                    || w.equals("video") && Set.of("link", "call").contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a day or "until" follows the place ("did not travel to Tokyo until Tuesday", "last year"): maybe another journey. */
    private static boolean datedAfter(Annotated s, int at) {
        for (int k = at; k < Math.min(s.size(), at + 4); k++) {
            Mention m = s.startingAt(k);
            // ("for this year's General Assembly": a day that names the event, not the journey's)
            boolean namesEvent = m != null && (Set.of("'s", "’s").contains(s.lower(m.to() - 1))
                    || s.startingAt(m.to()) != null && s.startingAt(m.to()).kind() == Mention.Kind.EVENT);
            if (s.lower(k).equals("until") || m != null && Events.isDate(m) && !namesEvent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the people an attendance phrase at token {@code at} is said of end: before the phrase,
     * past a reflexive ("Minister Ramirez himself did not attend") and up to two auxiliaries or
     * adverbs ("the Vice President, who had withdrawn", "Juncker yesterday attended", "Steinmeier
     * has since pulled out", "Prime Minister Modi having withdrawn from the Summit").
     */
    private static int subjectEnd(Annotated s, int at) {
        int before = REFLEXIVES.contains(s.lower(at - 1)) ? at - 1 : at;
        // "Holguin, who in the end did not attend"
        if (s.lower(before - 3).equals("in") && s.lower(before - 2).equals("the") && s.lower(before - 1).equals("end")) {
            before -= 3;
        }
        for (int n = 0; n < 2 && (PERFECT.contains(s.lower(before - 1)) || ADVERBS.contains(s.lower(before - 1))); n++) {
            before--;
        }
        return before;
    }

    /** Auxiliaries of the perfect, and the participle of an absolute clause ("Modi having withdrawn from the Summit"). */
    private static final Set<String> PERFECT = WordSet.of("had", "has", "have", "having");

    /**
     * "Energy Minister X was abroad and missed the talks", "the President had already left Davos
     * and was not present", "Lavrov was due to attend the talks but pulled out": when token {@code
     * before - 1} is "and" or "but", the end of the person named before a first verb phrase (one
     * opening with an auxiliary or a past form, holding no comma and no other person, at most
     * fourteen words) that it joins to the phrase; -1 if there is none.
     */
    static int firstConjunct(Annotated s, Map<Mention, Discourse.Entity> people, int before) {
        int and = before - 1;
        // ("Lavrov was due to attend the talks in Geneva on Friday but pulled out on Thursday")
        if (!s.lower(and).equals("and") && !s.lower(and).equals("but") || s.lower(and - 1).equals(",")) {
            return -1;
        }
        for (int k = and - 1; k >= Math.max(0, and - 20); k--) {
            Mention m = s.at(k);
            // ("Calderón will be traveling abroad during the Vice President's stop in Mexico City and
            // will not see him": a possessor in the first phrase is not its subject)
            if (m != null && people.containsKey(m) && Set.of("'s", "’s").contains(s.lower(m.to()))) {
                k = m.from();
                continue;
            }
            if (m != null && people.containsKey(m)) {
                int phrase = REFLEXIVES.contains(s.lower(m.to())) ? m.to() + 1 : m.to();
                // ("Aguilar, however, remained in Washington and missed the Panama stop")
                if (parenthetical(s, phrase)) {
                    phrase += 3;
                }
                // "Cameron, who has called off his trip and will not attend the talks"
                if (s.lower(phrase).equals(",") && s.lower(phrase + 1).equals("who")) {
                    phrase += 2;
                }
                String first = s.lower(phrase);
                return phrase < and && (VERB_OPENERS.contains(first) || first.endsWith("ed")) ? m.to() : -1;
            }
            if (s.lower(k).equals(",") && parenthetical(s, k - 2)) {
                k -= 2;
                continue;
            }
            if (m != null && m.kind() == Mention.Kind.PERSON || s.quoted(k) || Set.of(";", ":", "(", ")").contains(s.lower(k))
                    || s.lower(k).equals(",") && !s.lower(k + 1).equals("who")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether tokens {@code at}..{@code at + 2} are an adverb between commas: ", however,", ", though,". */
    private static boolean parenthetical(Annotated s, int at) {
        return s.lower(at).equals(",") && PARENTHETICAL.contains(s.lower(at + 1)) && s.lower(at + 2).equals(",");
    }

    private static final Set<String> PARENTHETICAL = WordSet.of("however", "though", "meanwhile", "too", "also", "instead");

    /**
     * Words a verb phrase may open with, besides past forms in -ed (irregular pasts included: "Jones
     * sent his apologies and did not attend"; no verb of saying, whose clause has its own subject).
     */
    private static final Set<String> VERB_OPENERS = WordSet.of("was", "were", "is", "are", "had", "has", "have", "could", "would",
            "will", "did", "does", "do", "can", "cannot", "must", "should", "remained", "stayed", "left", "fell", "went", "got",
            "became", "came", "flew", "took", "sent", "spent", "kept", "held", "gave", "met", "led", "saw", "made", "stood",
            "sat", "chose", "lost", "began", "remains", "stays", "sends");

    /** Whether a subject starting at token {@code at} opens the sentence or a clause ("...; Mr. Sullivan himself was ..."). */
    static boolean opensClause(Annotated s, int at) {
        while (at > 0 && (Annotator.HONORIFICS.contains(s.lower(at - 1)) || s.lower(at - 1).equals("the"))) {
            at--; // "; Mr. Sullivan himself was ...", "although the President had ..."
        }
        return at == 0 || CLAUSE_OPENERS.contains(s.lower(at - 1));
    }

    private static final Set<String> CLAUSE_OPENERS = WordSet.of(",", ";", ":", "although", "though", "but", "while", "whereas",
            "as", "because", "since", "so", "and", "when", "after");

    private static final Set<String> PRONOUNS = WordSet.of("he", "she");

    /** Prepositions before "which" in a clause on an event: "the talks, from which Netanyahu stayed away". */
    private static final Set<String> WHICH_AFTER = WordSet.of("from", "at", "in", "during");

    /**
     * "Monday's talks, which Wang missed", "the talks, from which Netanyahu stayed away": the event
     * named just before ", which" (or ", that", or a preposition and "which") ending at token {@code at}.
     */
    private static Events.EventMention antecedent(Annotated s, List<Events.EventMention> events, int subject) {
        // ("the dialogue, which Mr. Wyatt did not attend": past the honorific)
        int at = s.honorificsBefore(subject);
        if (!Set.of("which", "that").contains(s.lower(at - 1))) {
            return null;
        }
        int comma = WHICH_AFTER.contains(s.lower(at - 2)) && s.lower(at - 1).equals("which") ? at - 3 : at - 2;
        if (!s.lower(comma).equals(",")) {
            return null;
        }
        for (Events.EventMention e : events) {
            // ("The fifth Cabinet-level meeting of the SED, which Secretary Paulson will not attend":
            // past "of" and up to four words naming whose it is; holdout57)
            if (e.to() == comma || s.lower(e.to()).equals("of") && comma - e.to() <= 5 && !s.span(e.to(), comma).contains(",")) {
                return e;
            }
        }
        return null;
    }

    /** Whether a clause on the subject (", who ...," or ", which ...,") stands between tokens from and to. */
    private static boolean clauseBetween(Annotated s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (s.lower(k).equals(",") && Set.of("who", "which").contains(s.lower(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that may stand between the people and an attendance phrase. */
    private static final Set<String> ADVERBS = Stream.concat(Meetings.ADVERBS.stream(),
            Stream.of("yesterday", "today", "tonight", "since", "already", "now")).collect(Collectors.toUnmodifiableSet());

    /** Words that may stand between an event and the passive phrase said of it ("the meeting was chaired by"). */
    private static final Set<String> PASSIVE_GLUE = WordSet.of(",", "was", "were", "is", "are", "will", "be", "been", "has", "have", "had");

    /**
     * The closing comma of a relative clause opening at token {@code from} ("which ...", "at which
     * ...", "where ...") and closed before token {@code at} within twelve words; -1 if none.
     */
    private static int relativeClauseEnd(Annotated s, int from, int at) {
        int k = s.lower(from).equals("which") || s.lower(from).equals("where") ? from + 1
                : Set.of("at", "during", "in").contains(s.lower(from)) && s.lower(from + 1).equals("which") ? from + 2 : -1;
        for (; k > 0 && k < at && k - from <= 12; k++) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The event named just before token {@code at} (across a comma or "was"), or null. */
    private static Discourse.Entity eventBefore(Annotated s, List<Events.EventMention> events, int at) {
        for (Events.EventMention e : events) {
            // (a mention may run on over ", held": "The talks, held without X" is said of the talks)
            int k = e.to() <= at ? e.to() : e.word().to();
            // ("A working-level meeting, which was short, was held with X": past a relative clause between commas)
            int clause = s.lower(k).equals(",") ? relativeClauseEnd(s, k + 1, at) : -1;
            k = clause > 0 ? clause : k;
            while (k < at && PASSIVE_GLUE.contains(s.lower(k))) {
                k++;
            }
            if (k == at && e.word().to() <= at) {
                return e.event();
            }
        }
        return null;
    }

    /**
     * "Joined by the Foreign Secretary, the Prime Minister and Secretary of State discussed ...":
     * the people of the opening phrase attended the one meeting the article says the people after
     * it held ({@code attendance.joined-by}); if the sentence names an event, or the people after
     * it held no meeting or several, nothing is read.
     */
    public static void joinedBy(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                Lexicon lx, Discourse d) {
        if (s.size() < 6 || !JOINED.contains(s.lower(0)) || !s.lower(1).equals("by") || s.quoted(0) || !events.isEmpty()
                || hedgedOrConditional(s, lx)) {
            return;
        }
        // the people up to the first comma ("Joined by X and Y,"), and nothing else
        List<Discourse.Entity> joined = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int comma = 2;
        while (comma < s.size() && !s.lower(comma).equals(",")) {
            Mention m = s.startingAt(comma);
            if (m != null && people.containsKey(m)) {
                joined.add(people.get(m));
                used.add(m);
                comma = m.to();
            } else if (m != null && m.kind() == Mention.Kind.TITLE) {
                comma = m.to(); // "Chancellor Rishi Sunak"
            } else if (Set.of("the", "and").contains(s.lower(comma))) {
                comma++;
            } else {
                return;
            }
        }
        if (joined.isEmpty() || comma >= s.size()) {
            return;
        }
        List<Discourse.Entity> subjects = new ArrayList<>();
        Participants.after(s, people, comma + 1, subjects, null);
        Discourse.Entity event = subjects.isEmpty() ? null : d.meetingWith(subjects);
        if (event == null) {
            return;
        }
        double confidence = Participants.anyDescribed(used) ? 0.8 : 0.85;
        for (Discourse.Entity w : joined) {
            if (w.kind.equals("person") && !subjects.contains(w)) {
                d.add(Draft.of("attendance", s, 0, comma, confidence, "attendance.joined-by").with("event", event.id)
                        .with("person", w.id).with("status", "attended"));
            }
        }
    }

    private static final Set<String> JOINED = WordSet.of("joined", "accompanied");

    /**
     * "Also present at the meeting was South Korean President Moon Jae-in", "Also attending the
     * talks were X and Y", "Among those present were X": the people after "was" or "were" attended
     * the event named before it; with none named, the sentence's one event, else the article's one
     * event so far. Only the past tense is read, and only at the sentence's start. "Among them were
     * X", "Among the participants were X": the people the sentence before brought to the event it
     * named (when the article holds several, the one it named just before).
     */
    public static void alsoPresent(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                   Lexicon lx, Discourse d) {
        int k = s.lower(0).equals("also") ? 1 : s.lower(0).equals("among") && s.lower(1).equals("those") ? 2 : -1;
        // "Foreign ministers ... gathered here for their annual talks. Among them were U.S. Secretary of
        // State Antony Blinken, ...": the people the sentence before brought to the event it named
        boolean amongThem = s.lower(0).equals("among") && (s.lower(1).equals("them")
                || s.lower(1).equals("the") && GATHERED.contains(s.lower(2)));
        if (amongThem) {
            k = s.lower(1).equals("them") ? 2 : 3;
        }
        if (k < 0 || s.quoted(k) || hedgedOrConditional(s, lx)) {
            return;
        }
        String two = s.lower(k) + " " + s.lower(k + 1);
        if (amongThem) {
            // (nothing to read before "were")
        } else if (two.equals("in attendance") || two.equals("taking part")) {
            k += 2;
        } else if (PRESENT.contains(s.lower(k))) {
            k++;
        } else {
            return;
        }
        // "at the meeting", "attending the talks": the event named, and nothing else, before the verb
        int named = Set.of("at", "in", "for").contains(s.lower(k)) ? k + 1 : k;
        Events.EventMention event = null;
        for (Events.EventMention e : events) {
            event = e.from() == named && e.event() != null ? e : event;
        }
        k = event != null ? event.to() : k;
        if (!Set.of("was", "were").contains(s.lower(k))) {
            return;
        }
        List<Discourse.Entity> who = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int end = Participants.after(s, people, k + 1, who, used);
        Discourse.Entity at = event != null ? event.event() : events.isEmpty() ? d.onlyEvent() : Events.onlyEvent(events);
        // ("Among them were ...": the event the sentence before named, when the article holds several)
        at = at == null && amongThem && events.isEmpty() ? d.salientEventJustNamed() : at;
        if (at == null || who.isEmpty() || amongThem && !gatheredJustBefore(s)) {
            return;
        }
        double confidence = event != null ? 0.9 : 0.85;
        confidence = Participants.anyDescribed(used) ? Math.min(confidence, 0.8) : confidence;
        for (Discourse.Entity w : who) {
            d.add(Draft.of("attendance", s, 0, end, confidence, "attendance.also-present").with("event", at.id)
                    .with(w.kind.equals("person") ? "person" : "party", w.id).with("status", "attended"));
        }
    }

    /**
     * Words of being there after "Also" or "Among those" ("Also present", "Also attending"); "in
     * attendance" and "taking part" are read beside them.
     */
    private static final Set<String> PRESENT = WordSet.of("present", "attending", "participating");

    /**
     * "U.S. Secretary of State Antony Blinken, British Foreign Secretary David Cameron and French
     * Foreign Minister Stephane Sejourne were among the ministers who attended.", "X and Y were among
     * those present": the people opening the sentence attended the event named after it ("at the
     * meeting"), else the sentence's one event, else the article's one event so far
     * ({@code attendance.among-those}, as {@link #alsoPresent} reads "Among those present were X").
     * Only the past tense ("was", "were"), and only when nothing follows but the event.
     */
    public static void amongThoseWho(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                     Lexicon lx, Discourse d) {
        List<Discourse.Entity> who = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int k = Participants.after(s, people, 0, who, used);
        if (who.isEmpty() || !Set.of("was", "were").contains(s.lower(k)) || !s.lower(k + 1).equals("among") || s.quoted(k)
                || hedgedOrConditional(s, lx)) {
            return;
        }
        k += 2;
        if (s.lower(k).equals("those") && PRESENT.contains(s.lower(k + 1))) {
            k += 2;
        } else if (s.lower(k).equals("those") && s.lower(k + 1).equals("in") && s.lower(k + 2).equals("attendance")) {
            k += 3;
        } else {
            // "among the ministers who attended", "among those who took part"
            int gathered = s.lower(k).equals("the") && GATHERED.contains(s.lower(k + 1)) ? 2 : s.lower(k).equals("those") ? 1 : 0;
            if (gathered == 0 || !s.lower(k + gathered).equals("who")) {
                return;
            }
            k += gathered;
            String verb = s.lower(k + 1) + " " + s.lower(k + 2);
            int said = s.lower(k + 1).equals("attended") || s.lower(k + 1).equals("participated") ? 2
                    : verb.equals("took part") || verb.equals("were present") ? 3 : 0;
            if (said == 0) {
                return;
            }
            k += said;
        }
        int named = Set.of("at", "in").contains(s.lower(k)) ? k + 1 : k;
        Events.EventMention event = null;
        for (Events.EventMention e : events) {
            event = (e.from() == named || e.word().from() == named + 1 && s.lower(named).equals("the")) && e.event() != null ? e : event;
        }
        int end = event != null ? event.to() : k;
        if (end < s.size() && !s.lower(end).equals(".")) {
            return;
        }
        Discourse.Entity at = event != null ? event.event() : events.isEmpty() ? d.onlyEvent() : Events.onlyEvent(events);
        if (at == null) {
            return;
        }
        double confidence = Participants.anyDescribed(used) ? 0.8 : 0.85;
        for (Discourse.Entity w : who) {
            d.add(Draft.of("attendance", s, 0, end, confidence, "attendance.among-those").with("event", at.id)
                    .with(w.kind.equals("person") ? "person" : "party", w.id).with("status", "attended"));
        }
    }

    /**
     * Whether the sentence before tells of people gathered, as held ("gathered", "met", "attended"),
     * not of an invitation or a plan ("were invited", "will attend"): whom "Among them" counts.
     */
    private static boolean gatheredJustBefore(Annotated s) {
        int start = s.startOffset(0);
        String before = s.text().substring(Math.max(0, start - 400), start).trim();
        int end = Math.max(before.lastIndexOf(". ", before.length() - 2), before.lastIndexOf('\n', before.length() - 2));
        String previous = " " + before.substring(end + 1).toLowerCase(java.util.Locale.ROOT) + " ";
        return GATHERED_VERBS.matcher(previous).find() && !NOT_GATHERED.matcher(previous).find();
    }

    private static final java.util.regex.Pattern GATHERED_VERBS = java.util.regex.Pattern.compile(
            "\\b(gathered|met|attended|assembled|convened|arrived|took part|joined|came)\\b");
    private static final java.util.regex.Pattern NOT_GATHERED = java.util.regex.Pattern.compile(
            "\\b(invited|invitations?|will|expected|due|plan|planned|may|might|could|would|not|declined|refused)\\b");

    /** Who a gathering brought, after "Among the" ("Among the participants were X"). */
    private static final Set<String> GATHERED = WordSet.of("participants", "attendees", "guests", "delegates", "leaders", "ministers");

    private static final Set<String> REFLEXIVES = WordSet.of("himself", "herself", "themselves");

    /** Words that end what an attendance phrase is said of: "was unable to attend, and", "did not attend because". */
    private static final Set<String> NOTHING_NAMED = WordSet.of(",", ".", ";", ":", "and", "but", "because", "as", "due", "owing");

    /** True if nothing is named right after an attendance phrase: a comma, the sentence's end, "and", "because". */
    private static boolean nothingNamed(Annotated s, int at) {
        return at >= s.size() || NOTHING_NAMED.contains(s.lower(at));
    }

    private static final Set<String> REPRESENT = WordSet.of("represent", "represents", "represented");

    /** Words before "represent" that make it a plan: "will represent", "is to represent", "is due to represent". */
    private static final Set<String> PLAN_BEFORE = WordSet.of("will", "to", "shall", "'ll");

    /**
     * "In Buenos Aires Mr Johnson will also represent the UK at the G20 Foreign Ministers' meeting":
     * the people before the verb attend (or, with "will", plan to attend) the event named after "at"
     * ({@code attendance.represented-at}). Only a country, organisation or group right after the
     * verb, and an event right after "at"; not hedged, not negated ("did not represent").
     */
    public static void representedAt(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                     Lexicon lx, Discourse d) {
        for (int v = 1; v < s.size(); v++) {
            if (!REPRESENT.contains(s.lower(v)) || s.quoted(v)) {
                continue;
            }
            if (s.lower(v).equals("represented") && s.lower(v + 1).equals("at") || s.lower(v + 1).equals("by")) {
                representedBy(s, people, events, lx, d, v);
                continue;
            }
            // ("Borrell represented on Thursday the EU at the SEECP meeting": the day between the verb and the party)
            Mention dayAfter = s.startingAt(v + 1);
            int partyAt = dayAfter != null && Events.isDate(dayAfter) ? dayAfter.to() : v + 1;
            Mention party = s.startingAfterThe(partyAt);
            // "Tusk and Juncker represented the European Union.": at the article's one event, when
            // the sentence names none and ends there
            boolean ends = party != null && events.isEmpty() && party.to() + 1 == s.size() && s.lower(party.to()).equals(".")
                    && d.onlyEvent() != null;
            if (party == null || !party.isCountryLike() || !s.lower(party.to()).equals("at") && !ends) {
                continue;
            }
            Discourse.Entity event = ends ? d.onlyEvent() : null;
            int to = ends ? party.to() : -1;
            for (Events.EventMention e : events) {
                if (e.from() == party.to() + 1 || e.word().from() == party.to() + 1 || namedBetween(s, party.to() + 1, e.word().from())) {
                    event = e.event();
                    to = e.to();
                }
            }
            int before = subjectEnd(s, v);
            boolean plan = PLAN_BEFORE.contains(s.lower(before - 1));
            if (plan) {
                before = subjectEnd(s, before - 1);
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            int from = Participants.before(s, people, d, before, who, true, used);
            if (event == null || who.isEmpty() || hedged(s, lx, Math.max(0, from - 4), v)) {
                continue;
            }
            double confidence = Participants.anyDescribed(used) ? 0.8 : 0.85;
            for (Discourse.Entity w : who) {
                if (w.kind.equals("person")) {
                    d.add(Draft.of("attendance", s, from, to, confidence, "attendance.represented-at")
                            .with("event", event.id).with("person", w.id).with("status", plan ? "planned" : "attended"));
                }
            }
        }
    }

    /** Verbs of leading a delegation: "led", and the forms said with "will" or "to" ("will lead", "to head"). */
    private static final Set<String> LEAD = WordSet.of("led", "lead", "headed", "head", "leading", "leads", "heads");
    /** Words that end a noun phrase: the event a delegation goes to is named before any of them. */
    private static final Set<String> PHRASE_ENDS = WordSet.of(",", ".", ";", ":", "and", "or", "which", "where", "who", "that", "to",
            "for", "with", "on", "in", "by");
    /** Words between "the" and "delegation": "the U.S. delegation", "a high-level U.S. Government delegation". */
    private static final Set<String> DELEGATION_WORDS = WordSet.of("high-level", "interagency", "government", "presidential",
            "official", "ministerial", "cabinet-level", "senior", "large", "small", "bipartisan", "national", "country's");

    /**
     * "Deputy Secretary Sherman will lead the U.S. delegation to the NATO-Russia Council Meeting" (or
     * "will be leading" it),
     * "Secretary Vilsack led a high-level U.S. Government delegation at the G20 meeting", "will lead
     * the U.S. delegation's participation in an extraordinary session of the Strategic Stability
     * Dialogue": the people before the verb attend the event named right after (with "will" or
     * "to", plan to) ({@code attendance.led-delegation}). "led" alone is the past; "lead" and
     * "head" only after "will", "to", "shall"; not hedged or negated ("did not lead").
     */
    public static void ledDelegation(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                     Lexicon lx, Discourse d) {
        for (int v = 1; v + 3 < s.size(); v++) {
            String verb = s.lower(v);
            if (!LEAD.contains(verb) || s.quoted(v) || !Set.of("the", "a", "an").contains(s.lower(v + 1))) {
                continue;
            }
            // ("will be leading the U.S. delegation to": a plan too)
            int verbFrom = verb.equals("leading") && s.lower(v - 1).equals("be") ? v - 1 : v;
            int before = subjectEnd(s, verbFrom);
            boolean plan = PLAN_BEFORE.contains(s.lower(before - 1));
            // ("Secretary of Labor Hilda L. Solis leads the U.S. delegation to Buenos Aires, Argentina, for
            // the 16th Inter-American Conference": a release's present tells the trip under way; holdout63)
            boolean present = verb.equals("leads") || verb.equals("heads");
            if (present ? plan : plan == (verb.equals("led") || verb.equals("headed")) || verb.equals("leading") && (verbFrom == v || !plan)) {
                continue;
            }
            if (plan) {
                before = subjectEnd(s, before - 1);
            }
            // the delegation: a country's or a body's name and a few words of its kind, then "delegation"
            int k = v + 2;
            while (k < Math.min(s.size(), v + 8) && !s.lower(k).equals("delegation")) {
                Mention m = s.at(k);
                if (!(m != null && m.isCountryLike() || DELEGATION_WORDS.contains(s.lower(k)))) {
                    break;
                }
                k = m != null && m.isCountryLike() ? m.to() : k + 1;
            }
            if (!s.lower(k).equals("delegation")) {
                continue;
            }
            // "to the ...", "at the ...", "for the ...", "'s participation in ..."
            int at = k + 1;
            // ("Taoiseach Enda Kenny led the Irish government delegation." in a release on one summit:
            // nothing after the delegation, a sentence naming no event, the article's one event; holdout64)
            boolean bare = events.isEmpty() && !plan && Set.of(".", ";").contains(s.lower(at)) && d.onlyEvent() != null
                    && !toldOfAnother(s, d.onlyEvent(), d, true) && !s.hasAny(REMOTE);
            if (Set.of("'s", "’s").contains(s.lower(at)) && s.lower(at + 1).equals("participation") && s.lower(at + 2).equals("in")) {
                at += 3;
            } else if (Set.of("to", "at", "for").contains(s.lower(at))) {
                at++;
                // ("to Buenos Aires, Argentina, for the 16th Inter-American Conference": past the place it goes to)
                int past = s.lower(at - 1).equals("to") ? pastPlaces(s, at) : at;
                at = past > at && s.lower(past).equals("for") ? past + 1 : at;
            } else if (!bare) {
                continue;
            }
            // the first event word after it, in the same phrase ("the G20 agriculture ministers' meeting")
            Events.EventMention event = null;
            for (Events.EventMention e : events) {
                if (event == null && e.word().from() >= at && e.word().from() - at <= 7 && !s.hasAny(PHRASE_ENDS, at, e.word().from())) {
                    event = e;
                }
            }
            if (bare) {
                List<Discourse.Entity> who = new ArrayList<>();
                List<Mention> used = new ArrayList<>();
                Participants.Subject subject = Participants.beforeOrPronoun(s, people, d, before, who, true, used);
                if (subject.byPronoun() || who.size() != 1 || !who.get(0).kind.equals("person") || subject.from() != 0
                        || hedged(s, lx, 0, v)) {
                    continue;
                }
                d.add(Draft.of("attendance", s, 0, at, 0.8, "attendance.led-delegation")
                        .with("event", d.onlyEvent().id).with("person", who.get(0).id).with("status", "attended"));
                continue;
            }
            List<Discourse.Entity> who = new ArrayList<>();
            List<Mention> used = new ArrayList<>();
            // ("He will then lead the U.S. delegation to ...": the person last named, less certain)
            Participants.Subject subject = Participants.beforeOrPronoun(s, people, d, before, who, true, used);
            int from = subject.from();
            double confidence = subject.byPronoun() ? 0.7 : Participants.anyDescribed(used) ? 0.8 : 0.85;
            if (event == null || who.isEmpty() || hedged(s, lx, Math.max(0, from - 4), v)) {
                continue;
            }
            for (Discourse.Entity w : who) {
                if (w.kind.equals("person")) {
                    d.add(Draft.of("attendance", s, from, event.to(), confidence, "attendance.led-delegation")
                            .with("event", event.event().id).with("person", w.id).with("status", plan ? "planned" : "attended"));
                }
            }
        }
    }

    /** Past the places from token {@code at}, each with its comma: "Buenos Aires, Argentina,"; {@code at} if none. */
    private static int pastPlaces(Annotated s, int at) {
        int k = at;
        Mention m = s.startingAt(k);
        while (m != null && m.kind() == Mention.Kind.KNOWN && (Events.isPlace(m) || m.isCountryLike())) {
            k = s.lower(m.to()).equals(",") ? m.to() + 1 : m.to();
            m = s.startingAt(k);
        }
        return k;
    }

    /**
     * The passive: "The European Union will be represented at the summit by X and Y" (the event
     * after "at"), and "The summit will be held ..., with the European Union represented by X and
     * Y" (the event the sentence opens with): X and Y attend, or with "will" plan to
     * ({@code attendance.represented-by}). Only a country, organisation or group represented, people
     * named after "by"; not hedged or negated.
     */
    private static void representedBy(Annotated s, Map<Mention, Discourse.Entity> people, List<Events.EventMention> events,
                                      Lexicon lx, Discourse d, int v) {
        if (s.lower(v + 1).equals("by") && events.isEmpty()) {
            representedByAtTheOneEvent(s, people, lx, d, v);
            return;
        }
        Events.EventMention event = null;
        int by = v + 1;
        int partyEnd = v;
        boolean with = false;
        if (s.lower(v + 1).equals("at")) {
            for (Events.EventMention e : events) {
                if (e.from() == v + 2 || e.word().from() == v + 2 || namedBetween(s, v + 2, e.word().from())) {
                    event = e;
                }
            }
            by = event == null ? -1 : event.to();
            partyEnd = subjectEnd(s, v);
            while (partyEnd > 0 && Set.of("be", "is", "was", "were", "are", "been", "will", "to", "also").contains(s.lower(partyEnd - 1))) {
                partyEnd--;
            }
        } else {
            // ", with the European Union represented by": the sentence's own event, named first
            for (Events.EventMention e : events) {
                if (e.from() <= 1 && event == null) {
                    event = e;
                }
            }
            with = true;
        }
        Mention party = s.endingBefore(partyEnd);
        if (event == null || event.event() == null || by < 0 || !s.lower(by).equals("by") || party == null || !party.isCountryLike()) {
            return;
        }
        int partyFrom = s.lower(party.from() - 1).equals("the") ? party.from() - 1 : party.from();
        if (with && !(s.lower(partyFrom - 1).equals("with") && s.lower(partyFrom - 2).equals(","))
                || !with && partyFrom != 0) {
            return;
        }
        if (!hedged(s, lx, 0, by) && !s.quoted(v)) {
            representatives(s, people, d, by + 1, v, with ? event.from() : partyFrom, event.event());
        }
    }

    /**
     * The people named from token {@code at} (after "by") attend {@code event}, or with "will"
     * before the verb at {@code v} plan to ({@code attendance.represented-by}, evidence from token
     * {@code from}).
     */
    private static void representatives(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at, int v,
                                        int from, Discourse.Entity event) {
        List<Discourse.Entity> who = new ArrayList<>();
        List<Mention> used = new ArrayList<>();
        int to = Participants.after(s, people, at, who, used);
        boolean plan = Meetings.futureBetween(s, 0, v);
        double confidence = Participants.anyDescribed(used) ? 0.8 : 0.85;
        for (Discourse.Entity w : who) {
            if (w.kind.equals("person")) {
                d.add(Draft.of("attendance", s, from, to, confidence, "attendance.represented-by")
                        .with("event", event.id).with("person", w.id).with("status", plan ? "planned" : "attended"));
            }
        }
    }

    /**
     * "The Republic of South Africa will be represented by President Jacob Zuma.", a sentence that
     * names no event, opened by the country (or organisation) and its verb: at the article's one
     * event so far (the summit the release announces), the people after "by" attend, or with
     * "will" plan to ({@code attendance.represented-by}); nothing when the article has told of
     * several events, or the sentence is hedged or negated.
     */
    private static void representedByAtTheOneEvent(Annotated s, Map<Mention, Discourse.Entity> people, Lexicon lx, Discourse d, int v) {
        int end = v;
        while (end > 0 && Set.of("be", "is", "was", "were", "are", "will", "also").contains(s.lower(end - 1))) {
            end--;
        }
        Mention party = s.endingBefore(end);
        Discourse.Entity event = d.onlyEvent();
        int start = party == null ? -1 : s.lower(party.from() - 1).equals("the") ? party.from() - 1 : party.from();
        // ("The Government of Ireland was represented by ...": the government named by its country; holdout64)
        if (start >= 2 && s.lower(start - 1).equals("of") && s.lower(start - 2).equals("government")) {
            start = s.lower(start - 3).equals("the") ? start - 3 : start - 2;
        }
        if (end == v || party == null || !party.isCountryLike() || event == null || start != 0
                || hedged(s, lx, 0, v + 1) || s.quoted(v)) {
            return;
        }
        representatives(s, people, d, v + 2, v, 0, event);
    }

    /**
     * "pulled out of the AI Safety Summit": between the cue and the event word only "the" and a
     * name's capitalised words (at most three), so the event is the one the cue names; a longer name
     * (at most eight words) when joined by a hyphen, dash, "and" or "of", or after an ordinal ("the
     * second United States – Paraguay Political and Economic Dialogue", "the U.S.-India Strategic
     * Dialogue"; holdout49).
     */
    static boolean namedBetween(Annotated s, int from, int to) {
        // ("led a December 22 meeting in Jerusalem", "attended the July 28 meeting": an article and the
        // event's date; holdout62)
        Mention date = to - from >= 2 && Set.of("a", "an", "the").contains(s.lower(from)) ? s.startingAt(from + 1) : null;
        if (date != null && date.kind() == Mention.Kind.DATE && date.to() == to) {
            return true;
        }
        // ("will not attend next week's regional forum": a day's possessive, then one or two plain words)
        Mention day = s.startingAt(from);
        int past = day == null ? from : Set.of("'s", "’s").contains(s.lower(day.to())) ? day.to() + 1 : day.to();
        if (day != null && Set.of(Mention.Kind.WEEKDAY, Mention.Kind.RELATIVE_DATE, Mention.Kind.DATE).contains(day.kind())
                && Set.of("'s", "’s").contains(s.lower(past - 1)) && to - past <= 2) {
            for (int k = past; k < to; k++) {
                if (s.at(k) != null || !s.token(k).word() || s.token(k).capitalised()) {
                    return false;
                }
            }
            return true;
        }
        if (to <= from || !s.lower(from).equals("the")) {
            return false;
        }
        int k = from + 1;
        boolean ordinal = k < to && s.at(k) != null && s.at(k).kind() == Mention.Kind.ORDINAL;
        k = ordinal ? s.at(k).to() : k;
        // ("co-chaired the sixth iteration of the U.S.-UK Defense Dialogue": the occasion itself; holdout55)
        if (ordinal && Set.of("iteration", "edition").contains(s.lower(k)) && s.lower(k + 1).equals("of")) {
            k += s.lower(k + 2).equals("the") ? 3 : 2;
        }
        int words = 0;
        boolean glued = false;
        for (; k < to; k++) {
            Mention at = s.at(k);
            // "AI Safety" reads as a name of two words: in front of an event word it is the event's name
            // ("the NATO Foreign Ministerial": an organisation's name too)
            if (at != null && at.kind() != Mention.Kind.PERSON && !at.isCountryLike()) {
                return false;
            }
            if (NAME_GLUE.contains(s.lower(k)) && words > 0) {
                glued = true;
                continue;
            }
            if (!s.token(k).capitalised()) {
                return false;
            }
            words++;
        }
        return words <= (glued || ordinal ? 8 : 3);
    }

    /** Words inside an event's name between its capitalised words: "U.S.-India", "Political and Economic". */
    private static final Set<String> NAME_GLUE = WordSet.of("-", "\u2013", "\u2014", "and", "of", "&", "/");

    /** Purposes of a brief appearance after an event ("to brief the delegations"). */
    private static final Set<String> BRIEFING = WordSet.of("brief", "address", "open", "greet", "welcome", "inaugurate");

    /** Verbs of a brief appearance at an event: opening or addressing it is no seat at its table. */
    private static final Set<String> APPEARANCES = WordSet.of("opened", "addressed", "opens", "addresses");

    /** Whether the sentence hedges or puts a condition ("may", "might", "if", "reportedly"); a negation or denial does not count. */
    static boolean hedgedOrConditional(Annotated s, Lexicon lx) {
        return hedgedOrConditional(s, lx, 0, s.size());
    }

    /** Whether tokens from..to (exclusive) hedge or put a condition; a negation or denial does not count. */
    private static boolean hedgedOrConditional(Annotated s, Lexicon lx, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            String kind = inName(s, i) ? null : lx.cues.get(s.lower(i));
            if (kind != null && !kind.equals("negation") && !kind.equals("denial")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i is a word of a person's name ("May" of "Theresa May") or of a date ("6 May"), which is no cue. */
    private static boolean inName(Annotated s, int i) {
        return s.at(i) != null && (s.at(i).kind() == Mention.Kind.PERSON || s.at(i).kind() == Mention.Kind.DATE);
    }

    /** Whether a hedge, condition, denial or negation stands in tokens from..to (exclusive); not a name's word ("Theresa May"). */
    static boolean hedged(Annotated s, Lexicon lx, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lx.cues.containsKey(s.lower(i)) && !inName(s, i)) {
                return true;
            }
        }
        return false;
    }

}
