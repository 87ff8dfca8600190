package org.factlint.extract.read;

import java.util.List;
import java.util.Set;

/**
 * The level an event is held at, as the words around its mention say it: "held at foreign-minister
 * level", "at the level of senior officials", "held among technical experts", "the talks were
 * conducted by officials", "led by the two countries' national security advisers", "deputy-level
 * trade officials" ({@code event-level.at-level}, and the levels {@link Events} reads after an
 * event word). Which words name which level is data ({@code levels.tsv}); a level noun must name
 * everyone at the table ("officials and ministers" names none).
 */
final class Levels {

    private Levels() {
    }

    /** Words that say who took part, before a level's noun ("conducted by", "led by"). */
    private static final Set<String> BY_WHOM = WordSet.of("conducted by", "led by", "held between", "handled by",
            "left to", "held by", "conducted between", "run by", "chaired by", "headed by", "staffed by", "handled between",
            // "will be confined to senior officials from both sides" (holdout63)
            "confined to", "limited to", "restricted to");

    /** The participles of holding that open {@link #BY_WHOM} and "attended only by". */
    private static final Set<String> PARTICIPLES = WordSet.of("conducted", "led", "held", "handled", "left", "run", "chaired",
            "headed", "staffed", "attended");

    /** Words that say nobody else did: "attended only by", "solely", "exclusively". */
    private static final Set<String> ONLY = WordSet.of("only", "solely", "exclusively", "entirely");

    /**
     * Whether the level phrase at token {@code at} is in a relative clause (", which meets at", ",
     * which is held at") on a body named in capitals right before its comma ("the Association
     * Committee, which meets at senior official level"), not on an event mention.
     */
    private static boolean ofAnotherAntecedent(Annotated s, List<Events.EventMention> mentions, int at) {
        for (int k = at - 1; k > 1 && k >= at - 5; k--) {
            if (s.lower(k).equals("which") && s.lower(k - 1).equals(",")) {
                int comma = k - 1;
                return Words.BODY_NOUNS.contains(s.lower(comma - 1)) && s.token(comma - 1).capitalised()
                        && mentions.stream().noneMatch(e -> e.to() == comma || e.word().to() == comma);
            }
        }
        return false;
    }

    /** Verbs a level noun may be the subject of in a relative clause on the event ("which their sherpas conducted"). */
    private static final Set<String> HELD_IT_BY = WordSet.of("conducted", "ran", "handled", "held", "led", "chaired", "headed");

    /**
     * A level said after the event: "of [the] [two] foreign ministers", "[was] conducted by
     * officials", "[were] led by senior officials"; null if none.
     */
    static Phrases.Match<String> levelAfter(Annotated s, Lexicon lx, int at) {
        int k = at;
        if (s.lower(k).equals("of")) {
            // "the discussion of the security environment was conducted by working-level officials":
            // past what the event was about, to the verb group that says who held it
            int verb = pastTopic(s, k + 1);
            if (verb > 0) {
                return levelAfter(s, lx, verb);
            }
            k++;
            // ("the meeting of Weimar Triangle foreign ministers in Paris": a group's name the gazetteer
            // does not know, read as a name or a place, then the level; black-box trial 89)
            int j = s.lower(k).equals("the") ? k + 1 : k;
            int from = j;
            while (j < from + 3 && j < s.size() && s.token(j).capitalised() && (s.at(j) == null
                    || Set.of(Mention.Kind.KNOWN, Mention.Kind.PERSON).contains(s.at(j).kind()))) {
                j++;
            }
            Phrases.Match<String> afterGroup = j > from ? levelNoun(s, lx, j) : null;
            if (afterGroup != null) {
                return afterGroup;
            }
        } else {
            // "the session, which was handled by officials": a relative clause on the event
            // ("talks that were held between their deputies": the same without the comma)
            if (s.lower(k).equals(",") && s.lower(k + 1).equals("which") || s.lower(k).equals("that") && s.lower(k + 1).equals("were")) {
                k += s.lower(k).equals(",") ? 2 : 1;
                // "which this year were conducted by"
                if (s.lower(k).equals("this") && Set.of("year", "time", "week", "month").contains(s.lower(k + 1))) {
                    k += 2;
                }
                // "the meeting, which the two sides' NATO sherpas conducted": the level noun as the
                // clause's subject, right before its verb of holding
                Phrases.Match<String> subject = s.lower(at).equals(",") ? levelNoun(s, lx, k) : null;
                if (subject != null && HELD_IT_BY.contains(s.lower(subject.to()))) {
                    return subject;
                }
            }
            // "The talks, conducted purely between officials,", "At the talks, attended only by deputy
            // ministers,": a participle in apposition to the event
            if (s.lower(k).equals(",") && PARTICIPLES.contains(s.lower(k + 1))) {
                k++;
            }
            // ("The consultations themselves were conducted by senior officials"; holdout94)
            if (Set.of("themselves", "itself").contains(s.lower(k))) {
                k++;
            }
            if (Set.of("was", "were", "is", "are", "will").contains(s.lower(k))) {
                k += s.lower(k).equals("will") && s.lower(k + 1).equals("be") ? 2 : 1;
            }
            // "are being handled by the political directors"
            if (s.lower(k).equals("being")) {
                k++;
            }
            // "led on both sides by"
            if (Set.of("led", "conducted").contains(s.lower(k)) && s.lower(k + 1).equals("on") && s.lower(k + 2).equals("both")
                    && s.lower(k + 3).equals("sides") && s.lower(k + 4).equals("by")) {
                return levelNoun(s, lx, k + 5);
            }
            // "at a signing attended only by deputy ministers": attended by them alone (not "attended by
            // officials", who may have been joined by others)
            if (s.lower(k).equals("attended") && ONLY.contains(s.lower(k + 1)) && s.lower(k + 2).equals("by")) {
                return levelNoun(s, lx, k + 3);
            }
            // "will be conducted entirely by working-level staff", "conducted purely between officials": an adverb between
            if (s.lower(k + 1).endsWith("ly") && BY_WHOM.contains(s.lower(k) + " " + s.lower(k + 2))) {
                k++;
                return levelNoun(s, lx, k + 2);
            }
            // ("The talks took place between senior officials, not ministers")
            if (s.lower(k).equals("took") && s.lower(k + 1).equals("place") && s.lower(k + 2).equals("between")) {
                return levelNoun(s, lx, k + 3);
            }
            if (!BY_WHOM.contains(s.lower(k) + " " + s.lower(k + 1))) {
                return null;
            }
            k += 2;
        }
        return levelNoun(s, lx, k);
    }

    /** The forms of "be" a verb group of holding may open with ("was conducted by"). */
    private static final Set<String> BE = WordSet.of("was", "were", "is", "are");

    /**
     * Where the verb group stands after a topic "of ..." that follows an event word ("of the
     * rapidly evolving security environment was conducted by"): the index of "was", "were", "is"
     * or "are" when it comes within ten words, past no comma, quotation, name or other event, and
     * a verb of holding ("conducted by", "held between") follows it; else -1.
     */
    private static int pastTopic(Annotated s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 10); k++) {
            String w = s.lower(k);
            if (BE.contains(w)) {
                int v = s.lower(k + 1).equals("being") ? k + 2 : k + 1;
                return k > from && BY_WHOM.contains(s.lower(v) + " " + s.lower(v + 1)) ? k : -1;
            }
            Mention m = s.at(k);
            if (!s.token(k).word() || s.quoted(k) || m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.EVENT)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whose officials a level noun may name: "defence officials", "embassy staff". */
    private static final Set<String> OFFICIALS_OF = WordSet.of("defence", "defense", "government", "embassy", "ministry", "military",
            "trade", "foreign", "finance", "treasury", "commerce");
    /** Nouns after a "-level" compound that name the people at the table ("working-level officials"). */
    private static final Set<String> STAFF_NOUNS = WordSet.of("officials", "delegations", "delegates", "teams", "aides", "staff",
            "representatives", "negotiators");

    /** A level noun phrase at {@code k}: "[the] [two] [defence] senior officials". */
    private static Phrases.Match<String> levelNoun(Annotated s, Lexicon lx, int k) {
        // "the two countries' national security advisers": whose, then the level noun
        int possessor = possessorEnd(s, k);
        if (possessor > 0) {
            k = possessor;
        }
        if (s.lower(k).equals("the")) {
            k++;
        }
        // "a meeting of EU foreign ministers", "of the G7 leaders": the body, then the level noun
        Mention body = s.startingAt(k);
        if (body != null && body.isCountryLike() && !body.known().kind().equals("country") && lx.levelsAt.at(s.tokens(), body.to()) != null) {
            k = body.to();
        }
        // "deputy-level trade officials", "staff-level delegations": the level is the compound's
        if (s.lower(k).endsWith("-level") && STAFF_NOUNS.contains(s.lower(k + 1)) || s.lower(k).endsWith("-level")
                && STAFF_NOUNS.contains(s.lower(k + 2)) && OFFICIALS_OF.contains(s.lower(k + 1))) {
            Phrases.Match<String> compound = lx.levels.at(s.tokens(), k);
            if (compound != null) {
                int end = STAFF_NOUNS.contains(s.lower(k + 1)) ? k + 2 : k + 3;
                return new Phrases.Match<>(compound.from(), end, compound.value(), compound.phrase());
            }
        }
        if (Set.of("two", "three", "four", "both", "several", "their").contains(s.lower(k))) {
            k++;
        }
        if (OFFICIALS_OF.contains(s.lower(k)) && lx.levelsAt.at(s.tokens(), k) == null) {
            k++;
        }
        // ("The meeting was chaired by Deputy Finance Minister Sipho Ndlovu and was held at official
        // level": one person's title, who chaired it, not the level it was held at; black-box trial 81)
        Mention titled = s.at(k);
        if (titled != null && titled.kind() == Mention.Kind.TITLE && titled.from() == k && s.startingAt(titled.to()) != null
                && s.startingAt(titled.to()).kind() == Mention.Kind.PERSON) {
            return null;
        }
        Phrases.Match<String> lv = lx.levelsAt.at(s.tokens(), k);
        // "senior defense officials", "senior British officials": a department's or a country's word inside "senior officials"
        Mention whose = s.startingAt(k + 1);
        boolean country = whose != null && whose.to() == k + 2 && whose.isCountryLike();
        if (lv == null && s.lower(k).equals("senior") && (OFFICIALS_OF.contains(s.lower(k + 1)) || country) && s.lower(k + 2).equals("officials")) {
            Phrases.Match<String> senior = lx.levelsAt.at(Splitter.tokens("senior officials"), 0);
            lv = senior == null ? null : new Phrases.Match<>(k, k + 3, senior.value(), s.span(k, k + 3));
        }
        // "officials" alone, not "officials' families"; a level noun must end the phrase, and name
        // everyone at the table ("attended by officials and ministers" is no level)
        // ("a conference of deputy speakers": deputies of another post than a minister's; black-box trial 95)
        return lv != null && !s.lower(lv.to()).equals("'s") && !s.lower(lv.to()).equals("'") && !MORE_PEOPLE.contains(s.lower(lv.to()))
                && !OTHER_POSTS.contains(s.lower(lv.to()))
                && !(s.lower(lv.to()).equals(",") && s.at(lv.to() + 1) != null && s.at(lv.to() + 1).kind() != Mention.Kind.DATE
                    && listGoesOn(s, lv.to() + 1))
                ? lv : null;
    }

    /** Posts after a level's word that make it another post's ("deputy speakers", "vice chairs", "deputy governors"). */
    private static final Set<String> OTHER_POSTS = WordSet.of("speakers", "speaker", "governors", "governor", "mayors", "mayor",
            "chairs", "chair", "chairmen", "chairman", "chairpersons", "presidents", "president", "heads", "commanders",
            "directors", "rectors", "judges", "sheriffs", "marshals", "premiers", "editors");

    /** Whether an "and" within six tokens of {@code at} makes a list of what comes before and after ("officials, X and Y"). */
    private static boolean listGoesOn(Annotated s, int at) {
        for (int k = at; k < Math.min(s.size(), at + 6); k++) {
            if (s.lower(k).equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** Words after a level noun that add other people to it ("officials and ministers", "officials as well as"). */
    private static final Set<String> MORE_PEOPLE = WordSet.of("and", "as", "alongside", "including", "plus", "together", "with");

    /** The token after "the two presidents'" or "the leaders'" starting at {@code at}; -1 if none is there. */
    private static int possessorEnd(Annotated s, int at) {
        boolean pronoun = Set.of("our", "their").contains(s.lower(at));
        if (!pronoun && !s.lower(at).equals("the")) {
            return -1;
        }
        // "at this meeting of our two finance ministries' senior officials"
        for (int k = at + 1; k < Math.min(s.size(), at + 5); k++) {
            if (s.lower(k).equals("'") || s.lower(k).equals("'s") || s.lower(k).endsWith("s'")) {
                return k + 1;
            }
        }
        // "at the level of our diplomatic advisers"
        return pronoun ? at + 1 : -1;
    }

    static Phrases.Match<String> levelEnding(Annotated s, Lexicon lx, int end) {
        for (int from = Math.max(0, end - 3); from <= end; from++) {
            Mention at = s.at(from);
            if (at == null || at.kind() == Mention.Kind.TITLE || at.kind() == Mention.Kind.PERSON && at.value().equals("single")) {
                Phrases.Match<String> m = lx.levels.at(s.tokens(), from);
                if (m != null && m.to() == end + 1) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Verbs of the work done before or around an event ("prepared at official level"): their level is not the event's. */
    static final Set<String> BEFOREHAND = WordSet.of("prepared", "preparing", "prepare", "prepares", "negotiated",
            "negotiating", "drafted", "drafting", "discussed", "agreed", "organised", "organized", "arranged", "planned");

    /** Words that say how an event itself was held, which end the search for {@link #BEFOREHAND}'s verbs. */
    private static final Set<String> HELD_WORDS = WordSet.of("held", "conducted", "convened", "met", "meet", "opened", "took",
            "was", "were", "is", "are", "be", "been", "and", ",", ";");

    /**
     * Whether the level phrase at token {@code at} is said of work done before or around an event:
     * a verb of {@link #BEFOREHAND} right before it ("The summit was prepared at official level") or
     * before its object ("Officials prepared the leaders' talks at official level"), with no word of
     * holding between ("discussed trade at talks held at official level" is the talks' level).
     */
    /** Whether a verb of going on stands in the few words before token {@code at} ("continued on Thursday at"). */
    private static boolean continuedBefore(Annotated s, int at) {
        for (int k = Math.max(0, at - 6); k < at; k++) {
            if (Events.CONTINUED.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause of their own, so a negation before them is not this clause's. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of(",", ";", ":", "but", "and", "which", "that", "who", "where",
            "when", "while");
    private static final Set<String> NEGATIONS = WordSet.of("not", "n't", "never");

    /** Whether "not", "n't" or "never" stands in the few words of the clause before token {@code at} ("did not take place at"). */
    private static boolean negatedBefore(Annotated s, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
            String w = s.lower(k);
            if (CLAUSE_OPENERS.contains(w)) {
                return false;
            }
            if (NEGATIONS.contains(w) && !s.lower(k + 1).equals("only") && !s.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforehand(Annotated s, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
            if (BEFOREHAND.contains(s.lower(k))) {
                return true;
            }
            if (HELD_WORDS.contains(s.lower(k)) || CHANGED.contains(s.lower(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the event mention from token {@code from} is named as what work before it was for:
     * "to prepare the leaders' talks", "preparing for the summit", "in preparation for", "ahead of".
     */
    static boolean workedFor(Annotated s, int from) {
        int k = s.lower(from - 1).equals("for") || s.lower(from - 1).equals("of") ? from - 2 : from - 1;
        return k >= 0 && (BEFOREHAND.contains(s.lower(k)) || Set.of("preparation", "preparations", "ahead").contains(s.lower(k)));
    }

    /** "brought together": the verbs {@link #broughtTogether} looks for, at every word. */
    private static final Set<String> BRINGS = WordSet.of("brought", "brings", "bring");

    /**
     * "the meeting, which brought together senior officials rather than ministers", "The Oslo talks
     * brought together the JEF nations' defence chiefs and senior officials rather than their
     * ministers": who an event brought together, said against who it did not, is the level it was
     * held at ({@code event-level.brought-together}); the event is the one named just before
     * "brought" (or its ", which"). Without "rather than" or "instead of" nothing is read: an
     * event may bring together people of several ranks.
     */
    static void broughtTogether(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        for (int i = 1; i + 3 < s.size(); i++) {
            if (!BRINGS.contains(s.lower(i)) || !s.lower(i + 1).equals("together") || s.quoted(i)) {
                continue;
            }
            int subjectEnd = s.lower(i - 1).equals("which") && s.lower(i - 2).equals(",") ? i - 2 : i;
            Events.EventMention event = null;
            for (Events.EventMention e : mentions) {
                event = e.event() != null && e.to() == subjectEnd ? e : event;
            }
            Phrases.Match<String> lv = null;
            int k = i + 2;
            for (; k < Math.min(s.size(), i + 12) && !s.lower(k).equals("rather") && !s.lower(k).equals("instead"); k++) {
                Phrases.Match<String> here = lx.levelsAt.at(s.tokens(), k);
                if (here != null && lv == null) {
                    lv = here;
                    k = here.to() - 1;
                }
            }
            boolean contrast = s.lower(k).equals("rather") && s.lower(k + 1).equals("than") || s.lower(k).equals("instead") && s.lower(k + 1).equals("of");
            if (event == null || lv == null || !contrast || Attendance.hedgedOrConditional(s, lx)) {
                continue;
            }
            d.add(Draft.of("event-level", s, i, k + 2, 0.85, "event-level.brought-together").with("event", event.event().id)
                    .with("level", lv.value()).with("stage", Events.planned(s) ? "planned" : "actual"));
        }
    }

    /** Words after "of" or "from" that name every side of a meeting: "of both sides", "from the two countries". */
    private static final Set<String> ALL_SIDES = WordSet.of("both", "two", "three", "four", "all");

    /**
     * "The deputy foreign ministers of South Korea, China and Japan met in Seoul on Saturday for
     * talks": people of one rank from every side the sentence names (two countries or more, or
     * "both sides"), opening the sentence and meeting among themselves, are the level of the talks
     * they met for ({@code event-level.group-met}). Not "met with X" nor "for talks with X" (others
     * at the table), nor one side's officials alone.
     */
    static void groupMet(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        Phrases.Match<String> lv = s.quoted(0) ? null : levelNoun(s, lx, 0);
        if (lv == null || lv.from() > 1 || !Set.of("of", "from").contains(s.lower(lv.to()))) {
            return;
        }
        int k = lv.to() + 1;
        int countries = 0;
        if (s.lower(k).equals("the") && ALL_SIDES.contains(s.lower(k + 1)) || ALL_SIDES.contains(s.lower(k))) {
            countries = 2;
            k = s.lower(k).equals("the") ? k + 3 : k + 2;
        } else {
            k += s.lower(k).equals("the") ? 1 : 0;
            while (k < s.size()) {
                Mention m = s.startingAfterThe(k);
                if (m == null || m.kind() != Mention.Kind.KNOWN || !m.known().kind().equals("country")) {
                    break;
                }
                countries++;
                k = m.to();
                k += s.lower(k).equals(",") ? 1 : 0;
                k += s.lower(k).equals("and") ? 1 : 0;
            }
        }
        if (countries < 2 || !Set.of("met", "meet", "meeting").contains(s.lower(k))) {
            return;
        }
        int verb = k;
        for (Events.EventMention e : mentions) {
            int at = e.word().from() - 1;
            boolean own = at > verb && at - verb < 12 && Set.of("for", "in").contains(s.lower(at))
                    && !s.span(verb, at).contains(" with ") && !s.lower(e.to()).equals("with") && !s.span(e.to(), s.size()).contains(" with ");
            if (own && e.event() != null && !Attendance.hedgedOrConditional(s, lx)) {
                d.add(Draft.of("event-level", s, lv.from(), e.word().to(), 0.85, "event-level.group-met").with("event", e.event().id)
                        .with("level", lv.value()).with("stage", Events.planned(s) ? "planned" : "actual"));
                return;
            }
        }
    }

    /** Who the people who stand in are contrasted with: "rather than the ministers themselves", "rather than Mr Johnson himself". */
    private static final Set<String> PRINCIPALS = WordSet.of("ministers", "heads", "minister", "leaders", "leader", "presidents", "president",
            "secretaries", "secretary", "principals", "themselves", "himself", "herself");

    /**
     * "Senior aides to President Bush and President Mubarak, rather than the two presidents
     * themselves, are holding crucial talks", "Deputies to X and to Y, rather than the two ministers
     * themselves, will meet": the people who stand in, named opening the sentence, are the level of
     * the sentence's one event, or (with no event named, a verb of meeting) of the article's one
     * event under discussion ({@code event-level.instead-of-principals}). Nothing when the
     * sentence hedges or names several events.
     */
    static void insteadOfPrincipals(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        for (int i = 2; i + 3 < s.size(); i++) {
            int cue = standingInFor(s, i);
            if (cue < 0 || !s.lower(i - 1).equals(",") || s.quoted(i)) {
                continue;
            }
            // the contrast names the principals and closes with a comma
            int close = cue;
            boolean principals = false;
            while (close < Math.min(s.size(), i + 10) && !s.lower(close).equals(",")) {
                principals |= PRINCIPALS.contains(s.lower(close));
                close++;
            }
            if (!principals || !s.lower(close).equals(",")) {
                continue;
            }
            // who stand in: a level noun phrase in the sentence's first words, before the contrast
            Phrases.Match<String> lv = null;
            // (past a dateline: "WASHINGTON, Aug. 16, 2013 - Deputies to X ...")
            int start = 0;
            for (int k = 0; k < Math.min(i - 1, 12); k++) {
                start = Set.of("-", "–", "—", "--").contains(s.lower(k)) ? k + 1 : start;
            }
            for (int k = start; k < Math.min(i - 1, start + 4) && lv == null; k++) {
                Phrases.Match<String> here = lx.levelsAt.at(s.tokens(), k);
                lv = here != null && here.to() <= i - 1 ? here : levelNoun(s, lx, k);
                // (not "Deputy Secretary of State Christopher Landau, standing in for Secretary of State Marco
                // Rubio, attended the NATO foreign ministers' meeting": one named person in another's seat
                // says nothing of the meeting's level; black-box trial 42)
                // (the level word as the title of a name right after it, past the rest of the title)
                int after = lv == null ? i : lv.to();
                Mention title = lv == null ? null : s.at(lv.from()) != null ? s.at(lv.from()) : s.startingAt(after);
                after = s.pastHonorifics(title != null && title.kind() == Mention.Kind.TITLE ? Math.max(after, title.to()) : after);
                boolean named = s.startingAt(after) != null && s.startingAt(after).kind() == Mention.Kind.PERSON;
                // ("U.S. Ambassador to NATO Matthew Whitaker attended the meeting ..., standing in for
                // Defense Secretary Pete Hegseth": a name after the title's own words; black-box trial 46)
                // (not "Senior aides to President Bush and ...": whose aides they are; "Ambassador to NATO
                // Matthew Whitaker" is one name's title, past the body it is posted to)
                for (int j = after; lv != null && j < i - 1 && !named; j++) {
                    if (Set.of("to", "of", "for", "from", "and").contains(s.lower(j))) {
                        Mention body = s.startingAfterThe(j + 1);
                        if (body == null || body.kind() != Mention.Kind.KNOWN) {
                            break;
                        }
                        j = body.to() - 1;
                        continue;
                    }
                    named = s.at(j) != null && s.at(j).kind() == Mention.Kind.PERSON;
                }
                if (lv != null && (lv.to() > i - 1 || principalsLevel(lv.value()) || named)) {
                    lv = null;
                }
            }
            if (lv == null || Attendance.hedgedOrConditional(s, lx)) {
                continue;
            }
            Discourse.Entity event = Events.onlyEvent(mentions);
            boolean meets = false;
            for (int k = close + 1; k < Math.min(s.size(), close + 5); k++) {
                meets |= Set.of("meet", "met", "meeting", "gather", "gathered", "convene", "convened").contains(s.lower(k));
            }
            if (event == null && mentions.isEmpty() && meets && d.salientEvent() != null
                    && Set.of("talks", "meal").contains(d.salientEvent().family)) {
                event = d.salientEvent();
            }
            if (event == null) {
                continue;
            }
            d.add(Draft.of("event-level", s, lv.from(), close, 0.8, "event-level.instead-of-principals").with("event", event.id)
                    .with("level", lv.value()).with("stage", Events.planned(s) ? "planned" : "actual"));
        }
    }

    /**
     * "the talks with leaders in the region will be held by senior British officials rather than by
     * the Foreign Secretary himself", "conducted by aides instead of the ministers": who holds the
     * sentence's one event, said against the principals who do not, is its level
     * ({@code event-level.by-rather-than}). The contrast must name principals ("ministers",
     * "himself"); nothing when the sentence hedges or names several events.
     */
    static void byRatherThan(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        for (int i = 3; i + 2 < s.size(); i++) {
            int cue = standingInFor(s, i);
            if (cue < 0 || s.quoted(i) || !principalsAfter(s, cue)) {
                continue;
            }
            int end = s.lower(i - 1).equals(",") ? i - 1 : i;
            Phrases.Match<String> lv = null;
            int by = -1;
            for (int k = Math.max(1, end - 11); k < end && lv == null; k++) {
                if (!s.lower(k - 1).equals("by") || !HELD_BY.contains(s.lower(k - 2))) {
                    continue;
                }
                Phrases.Match<String> here = levelNoun(s, lx, k);
                // ("attended by senior officials of the four administrations rather than by ministers":
                // past whose they are, "of" and up to four words; holdout64)
                boolean reachesEnd = here != null && (here.to() == end || s.lower(here.to()).equals("of")
                        && end - here.to() <= 5 && !s.span(here.to(), end).contains(","));
                // ("attended by foreign ministers rather than heads of state": ministers in the
                // leaders' place; holdout42)
                if (reachesEnd && (!principalsLevel(here.value())
                        || here.value().startsWith("minister") && headsAfter(s, cue))) {
                    lv = here;
                    by = k - 2;
                }
            }
            Discourse.Entity event = lv == null ? null : Events.onlyEvent(mentions);
            if (event == null || Attendance.hedgedOrConditional(s, lx)) {
                continue;
            }
            Draft level = Draft.of("event-level", s, by, end, 0.85, "event-level.by-rather-than").with("event", event.id)
                    .with("level", lv.value()).with("stage", Events.planned(s) ? "planned" : "actual");
            // ("The talks were led by deputies instead of ...": read already after the event's word)
            addOnce(d, level);
        }
    }

    /**
     * "a meeting in Brussels at which EU ambassadors sat in for the leaders", "where deputies stood in
     * for their ministers": who sat at the table in the principals' place, a level noun phrase right
     * before the verb, is the level of the sentence's one event ({@code event-level.sat-in-for}); not
     * a level of ministers or leaders, nor when hedged.
     */
    static void satInFor(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        for (int i = 2; i + 3 < s.size(); i++) {
            int cue = SAT_IN.contains(s.lower(i)) && s.lower(i + 1).equals("in") && s.lower(i + 2).equals("for") ? i + 3
                    : DEPUTISED.contains(s.lower(i)) && s.lower(i + 1).equals("for") ? i + 2 : -1;
            if (cue < 0 || s.quoted(i) || !principalsAfter(s, cue)) {
                continue;
            }
            Phrases.Match<String> lv = null;
            for (int k = Math.max(0, i - 6); k < i && lv == null; k++) {
                Phrases.Match<String> here = levelNoun(s, lx, k);
                lv = here != null && here.to() == i && !principalsLevel(here.value())
                        ? here : null;
            }
            Discourse.Entity event = lv == null ? null : Events.onlyEvent(mentions);
            if (event == null || Attendance.hedgedOrConditional(s, lx)) {
                continue;
            }
            Draft level = Draft.of("event-level", s, lv.from(), cue, 0.85, "event-level.sat-in-for").with("event", event.id)
                    .with("level", lv.value()).with("stage", Events.planned(s) ? "planned" : "actual");
            addOnce(d, level);
        }
    }

    /**
     * "The foreign ministers' meeting was attended only by senior officials", "a defense ministers
     * conference that was attended only by officials below ministerial rank": who alone attended an
     * event whose word already carries a level (which {@link #levelAfter} then does not read) is a
     * level of its own ({@code event-level.attended-only-by}), so the two can be compared; not when
     * hedged.
     */
    static void attendedOnlyBy(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        for (Events.EventMention e : mentions) {
            if (e.event() == null || e.level() == null) {
                continue;
            }
            int k = e.word().to();
            k += s.lower(k).equals(",") ? 1 : 0;
            k += Set.of("that", "which").contains(s.lower(k)) ? 1 : 0;
            if (!BE.contains(s.lower(k)) || !s.lower(k + 1).equals("attended") || !ONLY.contains(s.lower(k + 2))
                    || !s.lower(k + 3).equals("by") || s.quoted(k)) {
                continue;
            }
            Phrases.Match<String> lv = levelNoun(s, lx, k + 4);
            if (lv == null || Attendance.hedgedOrConditional(s, lx)) {
                continue;
            }
            addOnce(d, Draft.of("event-level", s, k + 1, lv.to(), 0.85, "event-level.attended-only-by").with("event", e.event().id)
                    .with("level", lv.value()).with("stage", Events.planned(s) ? "planned" : "actual"));
        }
    }

    /** Whether a level is the principals' own (ministers, heads of state or government), whom stand-ins sit in for. */
    private static boolean principalsLevel(String level) {
        return level.startsWith("minister") || level.startsWith("head-of");
    }

    /** Adds a level fact unless the sentence gave the same one already ("led by deputies" read after the event's word). */
    private static void addOnce(Discourse d, Draft level) {
        if (d.facts().stream().noneMatch(f -> f.sentence() == level.sentence() && f.key().equals(level.key()))) {
            d.add(level);
        }
    }

    /** Verbs of sitting at the table in someone's place, before "in for": "sat in for", "stood in for". */
    private static final Set<String> SAT_IN = WordSet.of("sat", "stood", "filled");
    /** Verbs of acting for someone, before "for": "deputised for", "deputising for". */
    private static final Set<String> DEPUTISED = WordSet.of("deputised", "deputized", "deputising", "deputizing", "substituted");

    /**
     * The token after a contrast between who stands in and the principals at token {@code i}:
     * "rather than", "instead of", "in place of", "standing in for", "sitting in for"; -1 if none
     * stands there.
     */
    private static int standingInFor(Annotated s, int i) {
        String w = s.lower(i);
        if (w.equals("rather") && s.lower(i + 1).equals("than") || w.equals("instead") && s.lower(i + 1).equals("of")) {
            return i + 2;
        }
        if (w.equals("in") && s.lower(i + 1).equals("place") && s.lower(i + 2).equals("of")) {
            return i + 3;
        }
        return Set.of("standing", "sitting").contains(w) && s.lower(i + 1).equals("in") && s.lower(i + 2).equals("for") ? i + 3 : -1;
    }

    /** Verbs before "by" that say who holds an event: "held by", "conducted by", "led by". */
    private static final Set<String> HELD_BY = WordSet.of("held", "conducted", "led", "handled", "chaired", "attended");

    /** Whether the few words from {@code at} name the principals an event's holders stand against ("the Foreign Secretary himself"). */
    private static boolean principalsAfter(Annotated s, int at) {
        for (int k = at; k < Math.min(s.size(), at + 6) && !s.lower(k).equals(","); k++) {
            if (PRINCIPALS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words of heads of state or government, whom ministers may stand in for. */
    private static final Set<String> HEADS = WordSet.of("leaders", "leader", "heads", "presidents", "president", "premiers",
            "premier", "chancellors", "chancellor", "kings", "monarchs");

    /** Whether the few words from {@code at} name heads of state or government ("rather than heads of state"). */
    private static boolean headsAfter(Annotated s, int at) {
        for (int k = at; k < Math.min(s.size(), at + 4) && !s.lower(k).equals(","); k++) {
            if (HEADS.contains(s.lower(k)) || s.lower(k).equals("prime") && s.lower(k + 1).startsWith("minister")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of reporting, after which "would" tells what was to come, not a condition ("told reporters that the talks would be held"). */
    private static final Set<String> REPORTING = WordSet.of("said", "told", "says", "tells", "announced", "added", "explained");

    /**
     * Whether a hedge stands in the few words before the level phrase at {@code at} ("That meeting
     * would be held at leaders' level", "may be held at ministerial level"), but for "would" after a
     * verb of reporting ("Panetta told reporters that his Lisbon talks would be held at ...").
     */
    private static boolean hedgedLevel(Annotated s, Lexicon lx, int at) {
        for (int k = Math.max(0, at - 4); k < at; k++) {
            if (Attendance.hedged(s, lx, k, k + 1) && !(s.lower(k).equals("would") && s.hasAny(REPORTING, 0, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence gives the level the phrase at {@code at} is in as a format from some time
     * on ("Kaya said the talks would now be held at the level of senior officials, beginning in
     * September", "will henceforth meet at ministerial level", "from now on"): the level of meetings
     * to come, not of the one told of (black-box trial 78).
     */
    private static boolean fromThenOn(Annotated s, int at) {
        for (int k = Math.max(1, at - 4); k < Math.min(s.size(), at + 10); k++) {
            String w = s.lower(k);
            boolean nowOn = w.equals("now") && (Set.of("would", "will", "'ll").contains(s.lower(k - 1))
                    || s.lower(k - 1).equals("from") && s.lower(k + 1).equals("on"));
            boolean starting = Set.of("beginning", "starting").contains(w) && k > at
                    && (Set.of("in", "on", "from", "next", "with").contains(s.lower(k + 1)) || s.at(k + 1) != null && Events.isDate(s.at(k + 1)));
            if (nowOn || starting || Set.of("henceforth", "thenceforth").contains(w)
                    || w.equals("future") && s.lower(k - 1).equals("in") || w.equals("forward") && s.lower(k - 1).equals("going")) {
                return true;
            }
        }
        return false;
    }

    /** The date mention ending just before token {@code at} ("opened on Monday at ..."), or null. */
    private static Mention dayEndingAt(Annotated s, int at) {
        for (int k = Math.max(0, at - 4); k < at; k++) {
            Mention m = s.startingAt(k);
            if (m != null && m.to() == at && Events.isDate(m)) {
                return m;
            }
        }
        return null;
    }

    /** Verbs of meeting after a perfect's auxiliary: "has met", "had met", "had been held". */
    private static final Set<String> MET_PERFECT = WordSet.of("met", "been", "convened", "gathered");

    /**
     * Whether the level phrase from {@code at} to {@code end} is said of earlier meetings: after a
     * perfect ("The Quad has met four times at the level of senior officials", "The group had met at
     * the level of officials") or beside a count of times; not the level of the meeting told of
     * (black-box trial 73, a real text).
     */
    private static boolean earlierMeetings(Annotated s, int at, int end) {
        // back over the clause ("The Quad has met four times in the past two years at the level of ...")
        for (int k = at - 1; k >= Math.max(0, at - 10) && !Set.of(",", ";", ":").contains(s.lower(k)); k--) {
            String w = s.lower(k);
            String next = s.lower(k + 1).equals("previously") || s.lower(k + 1).equals("already") ? s.lower(k + 2) : s.lower(k + 1);
            if ((w.equals("had") || (w.equals("has") || w.equals("have")) && next.equals("met")) && MET_PERFECT.contains(next)
                    || w.equals("times") || w.equals("twice")) {
                return true;
            }
        }
        return s.hasAny(Set.of("times", "twice"), at, Math.min(s.size(), end + 3));
    }

    /** Verbs of how one side was there, before a level ("was represented at", "took part in it at"). */
    private static final Set<String> SIDE_VERBS = WordSet.of("represented", "attended", "participated", "part");

    /**
     * Whether the words before "at" (token {@code at}) say how one side was there: "was represented at",
     * "took part in it at", "participated in the meeting at", "attended at", past one lower-case word.
     */
    private static boolean sideRepresented(Annotated s, int at) {
        int k = at - 1;
        // "in it", "in them", "in the meeting"
        if (s.lower(k - 1).equals("in") && Set.of("it", "them").contains(s.lower(k))) {
            k -= 2;
        } else if (s.lower(k - 2).equals("in") && s.lower(k - 1).equals("the") && s.at(k) != null && s.at(k).kind() == Mention.Kind.EVENT) {
            k -= 3;
        }
        boolean part = s.lower(k).equals("part") && Set.of("took", "take", "takes", "taking").contains(s.lower(k - 1));
        return SIDE_VERBS.contains(s.lower(k)) && (!s.lower(k).equals("part") || part)
                || SIDE_VERBS.contains(s.lower(k - 1)) && !s.lower(k - 1).equals("part") && s.token(k).word() && !s.token(k).capitalised();
    }

    /** Whether the sentence names, before token {@code at}, whom its event is with ("At the talks with Ambassador Lighthizer, Canada ..."). */
    private static boolean withSomeone(Annotated s, int at) {
        for (int k = 0; k + 1 < at; k++) {
            Mention m = s.lower(k).equals("with") ? s.startingAt(s.pastHonorifics(k + 1)) : null;
            if (m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** "held at foreign-minister level", "downgraded to official level", "at the level of senior officials". */
    static void atLevel(Annotated s, List<Events.EventMention> mentions, Lexicon lx, Discourse d) {
        // "The talks opened at official level and were raised to ministerial level that afternoon":
        // the level before the one an event was raised to (in the sentence that tells the change)
        // is what it was to be, as in "upgraded from official to ministerial level"
        List<Draft> read = new java.util.ArrayList<>();
        int raisedAt = -1;
        for (int i = 0; i + 2 < s.size(); i++) {
            // ("The summit was prepared at official level": the level of the work before it, not its own)
            // ("The talks continued on Thursday at official level": the level of a later part of them)
            if (!AT_LEVEL.contains(s.lower(i)) || s.quoted(i) || beforehand(s, i) || continuedBefore(s, i)) {
                continue;
            }
            int end;
            Phrases.Match<String> lv;
            // ("Oman was represented at ministerial level", "several economies were represented at the level of
            // deputy ministers": how one side was represented, not the event's level; black-box trial 105)
            // (not one side of a meeting of two: "At the talks with Ambassador Lighthizer, Canada will be
            // represented at deputy-minister level" is the level of Canada's side, and so of the talks)
            // ("the UK took part in it at official level": how the UK took part, in a ministers' Council; black-box trial 107)
            if (sideRepresented(s, i) && (s.hasAny(Set.of("were", "are", "several", "some", "many", "most", "few"), 0, i)
                    || mentions.stream().anyMatch(e -> e.event() != null && Set.of("summit", "conference").contains(e.event().eventType))
                    || !withSomeone(s, i))) {
                continue;
            }
            // ("held below the level of ministers": not at the level named; read as nothing)
            if (s.lower(i).equals("below") && s.lower(i + 1).equals("the") && s.lower(i + 2).equals("level")) {
                continue;
            }
            if (s.lower(i + 1).equals("the") && s.lower(i + 2).equals("level") && s.lower(i + 3).equals("of")) {
                lv = lx.levelsAt.at(s.tokens(), i + 4);
                // "at the level of the two presidents' diplomatic advisers", "of senior defence
                // officials": the level noun phrase as after "conducted by"
                if (lv == null) {
                    lv = levelNoun(s, lx, i + 4);
                }
                // "at the level of trade officials": a department's officials are officials
                if (lv == null && (Annotator.PORTFOLIOS.contains(s.lower(i + 4)) || Annotator.TITLE_MODIFIERS.contains(s.lower(i + 4)))
                        && Set.of("officials", "experts").contains(s.lower(i + 5))) {
                    lv = lx.levelsAt.at(s.tokens(), i + 5);
                }
                // "at the level of NATO ambassadors": a known body before the level noun
                Mention whose = s.startingAt(i + 4);
                if (lv == null && whose != null && whose.kind() == Mention.Kind.KNOWN) {
                    lv = lx.levelsAt.at(s.tokens(), whose.to());
                }
                end = lv == null ? -1 : lv.to();
            } else if (s.lower(i).equals("below")) {
                // "held below ministerial level": at most deputies, the highest level below ministers
                boolean ministerial = Set.of("ministerial", "minister", "cabinet").contains(s.lower(i + 1)) && s.lower(i + 2).equals("level");
                lv = ministerial ? new Phrases.Match<>(i + 1, i + 2, "deputy-minister", s.lower(i + 1)) : null;
                end = lv == null ? -1 : i + 3;
            } else if (s.lower(i).equals("among")) {
                // "held among technical experts only", "held among senior officials": who sat at the table
                lv = s.lower(i - 1).equals("held") ? lx.levelsAt.at(s.tokens(), i + 1) : null;
                end = lv == null ? -1 : lv.to();
            } else {
                // "at official level", "at the working level", "only at the vice-ministerial level"
                int k = s.lower(i + 1).equals("the") ? i + 2 : i + 1;
                lv = lx.levelsAt.at(s.tokens(), k);
                end = levelWordEnd(s, lv);
            }
            // "A planned meeting did not take place at ministerial level", "held not at ministerial level but
            // at official level": a denied level is none the event was held at (black-box trial 29)
            // ("That meeting would be held at leaders' level", "may be held at ministerial level": a
            // level hedged just before is none the event was held at; black-box trial 55)
            // ("North Korea invited at ambassador level to Queen's funeral": the level of whom a country
            // was asked to send, not of the event; black-box trial 65)
            if (end < 0 || negatedBefore(s, i) || hedgedLevel(s, lx, i) || s.hasAny(INVITED, 0, i) || earlierMeetings(s, i, end)
                    || fromThenOn(s, i)) {
                continue;
            }
            Discourse.Entity event = Events.onlyEvent(mentions);
            // ("Meeting at director-general level, they discussed ... presented at the Camp David Summit",
            // "The two sides, meeting at director-general level, discussed": the event word right before
            // "at" is the one, whatever else the sentence names; holdout55)
            for (Events.EventMention e : mentions) {
                event = event == null && e.to() == i && e.event() != null && s.lower(e.word().from()).equals("meeting")
                        && e.word().from() == e.from() ? e.event() : event;
            }
            // ("The dialogue, held at vice-ministerial level, followed a meeting of the two foreign
            // ministers in Tokyo": the phrase is said of what came after that meeting, which the
            // sentence names with no event read; black-box trial 41)
            int phraseEnd = end;
            if (event != null && mentions.stream().allMatch(e -> e.from() > phraseEnd
                    && s.hasAny(ORDER_WORDS, phraseEnd, e.from()))) {
                continue;
            }
            // ("Officials briefed the committee at official level on the agenda of the meeting": the
            // event after the phrase is what the briefing was about; black-box trial 67)
            if (event != null && mentions.stream().allMatch(e -> e.from() > phraseEnd && s.hasAny(TOPIC_WORDS, phraseEnd, e.from()))) {
                continue;
            }
            // ("The ministerial meeting was preceded by the Association Committee, which meets at senior
            // official level": the level of what the relative clause is on, not of the meeting; black-box trial 100)
            if (event != null && ofAnotherAntecedent(s, mentions, i)) {
                continue;
            }
            // "Senior officials met at official level to prepare the leaders' talks", "ahead of the
            // summit": the sentence's one event is what the work was for, not where the level was
            Discourse.Entity only = event;
            if (only != null && mentions.stream().anyMatch(e -> e.event() == only && workedFor(s, e.from()))) {
                continue;
            }
            // ("The dialogue includes summits, ministerial meetings, and regular meetings like this one
            // at the senior official level": two mentions read as one, one with a level of its own;
            // which one the phrase is said of is not sure; holdout45's one false alarm at first sight)
            if (only != null && mentions.stream().filter(e -> e.event() == only).count() > 1
                    && mentions.stream().anyMatch(e -> e.event() == only && e.level() != null)) {
                continue;
            }
            if (event == null) {
                event = heldAt(s, mentions, i, end);
            }
            // "The Committee met at the level of senior officials", "the European Union Troika met at the
            // level of senior officials": a body that met, with no event named, met for the event under discussion
            if (event == null && mentions.isEmpty() && Set.of("met", "convened").contains(s.lower(i - 1)) && bodyBefore(s, i - 1)
                    && d.salientEvent() != null && "talks".equals(d.salientEvent().family)) {
                event = d.salientEvent();
            }
            // "It was held at the level of senior officials.": the event under discussion
            if (event == null && mentions.isEmpty() && s.lower(0).equals("it") && HELD_IT.contains(s.lower(1) + " " + s.lower(2))
                    && d.salientEvent() != null && "talks".equals(d.salientEvent().family)) {
                event = d.salientEvent();
            }
            if (event == null) {
                continue;
            }
            boolean planned = s.lower(i).equals("at") && Events.planned(s);
            // "which opened at official level on Monday, were upgraded to ministerial level on
            // Tuesday": each level with its day (levels on different days of one event are no
            // contradiction); a level an event was raised to had another before it, and a
            // finding that rests on it needs a look
            Mention day = s.startingAt(end);
            // ("held their weekly meeting at deputies' level in Strasbourg on Wednesday": past the place to the day)
            Mention placeAfter = s.lower(end).equals("in") ? s.startingAt(end + 1) : null;
            if ((day == null || !Events.isDate(day)) && placeAfter != null && placeAfter.kind() == Mention.Kind.KNOWN
                    && Events.isPlace(placeAfter) && s.startingAt(placeAfter.to()) != null && Events.isDate(s.startingAt(placeAfter.to()))) {
                day = s.startingAt(placeAfter.to());
            }
            // ("The talks opened on Monday at deputy minister level": the day just before "at" is the level's too)
            Mention dayBefore = dayEndingAt(s, i);
            boolean before = (day == null || !Events.isDate(day)) && dayBefore != null;
            day = before ? dayBefore : day;
            String date = day != null && Events.isDate(day) ? EventDates.isoDay(s, day, d.published()) : null;
            // "were raised to ministerial level", "the two ministers joined, raising them to ministerial level"
            boolean raised = CHANGED.contains(s.lower(i - 1))
                    || Set.of("it", "them").contains(s.lower(i - 1)) && RAISING.contains(s.lower(i - 2));
            if (raised && raisedAt < 0 && !s.lower(i - 1).equals("continued") && !s.lower(i - 1).equals("resumed")) {
                raisedAt = i;
            }
            // "The talks opened at the level of experts" (no day said), "held at the level of experts
            // on Tuesday morning": the level of the opening, or of a part of the day, which a later hour may
            // have changed (a minister "joined" in the afternoon; black-box trial 29): a finding on
            // it needs a look
            // (an opening level dated by its day, "opened at official level on Monday", is that day's)
            // ("On the first day the talks were held at expert level": the level of one day of several)
            boolean partOfDay = date == null && Set.of("opened", "began", "started").contains(s.lower(before ? dayBefore.from() - 1 : i - 1))
                    || Days.dayOfSeveral(s)
                    || Words.PARTS_OF_DAY.contains(s.lower(date != null ? day.to() - 1 : end))
                    || s.lower(end).equals("in") && s.lower(end + 1).equals("the") && Words.PARTS_OF_DAY.contains(s.lower(end + 2));
            read.add(Draft.of("event-level", s, i, date != null && !before ? day.to() : end, raised || partOfDay ? 0.75 : 0.85, "event-level.at-level")
                    .with("event", event.id).with("level", lv.value()).with("stage", planned ? "planned" : "actual")
                    .with("date", date));
        }
        // "held at the level of senior officials in the morning and at ministerial level in the afternoon":
        // two levels of one event in one sentence, not told as a change, are parts of it (black-box trial 25);
        // a finding on them needs a look
        boolean parts = raisedAt < 0 && read.stream().map(f -> f.fields().get("event") + "|" + f.fields().get("date")).distinct().count()
                < read.stream().map(f -> f.fields().get("event") + "|" + f.fields().get("date") + "|" + f.fields().get("level")).distinct().count();
        for (Draft f : read) {
            if (raisedAt >= 0 && f.start() < s.startOffset(raisedAt)) {
                f.with("stage", "planned");
            } else if (raisedAt >= 0) {
                d.levelRaised(s, String.valueOf(f.fields().get("event")));
            }
            d.add(parts ? f.atMost(0.7) : f);
        }
    }

    /**
     * Of several events in a sentence, the one a level phrase (tokens {@code at} to {@code end})
     * is said of by its place: "Held at adviser level, the talks ..." (the event just after the
     * phrase and its comma) or "The talks, held at adviser level, ..." / "The talks were held at
     * ..." (the event just before "held"). Null if neither.
     */
    private static Discourse.Entity heldAt(Annotated s, List<Events.EventMention> mentions, int at, int end) {
        boolean fronted = s.lower(end).equals(",") && (at == 0 || at == 1);
        // ("which is being held this time at the level of", "held again at", "held only at")
        int gap = Set.of("again", "only", "instead", "now", "also").contains(s.lower(at - 1)) ? 1
                : s.lower(at - 2).equals("this") && Set.of("time", "year", "week", "month").contains(s.lower(at - 1)) ? 2 : 0;
        // ("which was conducted at the working level", "was convened at the level of ambassadors")
        int held = HELD_AT.contains(s.lower(at - 1 - gap)) ? at - 1 - gap : -1;
        // ("The encounter took place at the level of senior officials")
        if (held < 0 && s.lower(at - 1 - gap).equals("place") && Set.of("took", "takes").contains(s.lower(at - 2 - gap))) {
            held = at - 2 - gap;
        }
        int before = held;
        // "was held", "will be held", "had been held", "is being held": the auxiliaries before "held"
        // ("The talks, to be held at ...": the infinitive too)
        while (before > 0 && Set.of("was", "were", "is", "are", "be", "been", "being", "will", "has", "have", "had", "to")
                .contains(s.lower(before - 1))) {
            before--;
        }
        if (before > 0 && s.lower(before - 1).equals(",") && (before == held || s.lower(before).equals("to"))) {
            before--;
        }
        // "the meetings, which were held at deputy level,"
        if (before > 2 && s.lower(before - 1).equals("which") && s.lower(before - 2).equals(",")) {
            before -= 2;
        }
        for (Events.EventMention e : mentions) {
            // ("an informal session held at the level of ...": the event's own span reaches past "held")
            // ("The talks, to be held at ...", "The meeting, held at ...": the sentence's subject, whose own span
            // ends with "held"; not "a meeting that, unlike the day's other talks, will be held at ...")
            // ("will have a working lunch meeting with Prime Minister X, conducted at the level of
            // embassy officials": the meeting with the people it is with; holdout40)
            // ("The talks on the trip will be held at ...", "The talks with Kosovo's leaders were held at ...":
            // the sentence's subject, past a short phrase on what or whom they were with)
            if (before >= 0 && e.from() <= 1 && e.to() < before && subjectPhrase(s, e.to(), before)) {
                return e.event();
            }
            if (fronted && e.from() == end + 1 || before >= 0 && e.to() == before || held >= 0 && e.word().to() == held
                    || held >= 0 && e.from() == 0 && e.to() == held + 1 && e.word().to() < held
                    || before >= 0 && before < held && s.lower(e.word().to()).equals("with") && onlyNames(s, e.word().to() + 1, before)) {
                return e.event();
            }
        }
        return null;
    }

    /** Nouns of a body that meets ("the Committee met", "the two sides met"). */
    private static final Set<String> BODIES = WordSet.of("committee", "council", "troika", "group", "commission", "sides",
            "delegations", "board", "forum", "quartet", "quad");

    /** Whether the word before token {@code verb} is a body's noun or an organisation the lists know ("the EU Troika met"). */
    private static boolean bodyBefore(Annotated s, int verb) {
        Mention m = s.endingBefore(verb);
        return BODIES.contains(s.lower(verb - 1)) && (m == null || m.kind() == Mention.Kind.KNOWN)
                || m != null && m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("organisation");
    }

    /** Prepositions that open a phrase on an event's subject before its verb ("The talks on the trip were held"). */
    private static final Set<String> SUBJECT_PREPOSITIONS = WordSet.of("on", "with", "about", "between", "among");

    /**
     * Whether tokens {@code from} to {@code to} are one short phrase opened by a preposition
     * ("on the trip", "with Kosovo's leaders"): at most six words, no comma, quotation or verb of
     * holding.
     */
    private static boolean subjectPhrase(Annotated s, int from, int to) {
        if (!SUBJECT_PREPOSITIONS.contains(s.lower(from)) || to - from > 7) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!s.token(k).word() && !s.lower(k).equals("'s") || s.quoted(k) || HELD_AT.contains(s.lower(k))
                    || Set.of("which", "that", "who", "and", "or").contains(s.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code from} to {@code to} are only people, titles and countries, with "and" and "the" between them. */
    private static boolean onlyNames(Annotated s, int from, int to) {
        int k = from;
        while (k < to) {
            Mention m = s.startingAt(k);
            if (m != null && Set.of(Mention.Kind.PERSON, Mention.Kind.TITLE, Mention.Kind.KNOWN).contains(m.kind())) {
                k = m.to();
            } else if (m == null && Set.of("and", "the").contains(s.lower(k))) {
                k++;
            } else {
                return false;
            }
        }
        return k == to && to > from;
    }

    /** Words of order between a level phrase and an event, which make the event another occasion ("followed a meeting"). */
    private static final Set<String> ORDER_WORDS = WordSet.with(Events.SEQUENCE_WORDS, "ahead");

    /** Words that make an event named after a level phrase the topic of what the phrase is said of. */
    private static final Set<String> TOPIC_WORDS = WordSet.of("agenda", "about", "outcome", "outcomes", "results", "topics", "preparations");

    /**
     * The token after the word "level" that closes a level phrase ("official level", "officials'
     * level"), or -1 if the phrase is null or "level" does not follow it.
     */
    static int levelWordEnd(Annotated s, Phrases.Match<String> lv) {
        if (lv == null) {
            return -1;
        }
        int k = Set.of("'", "\u2019").contains(s.lower(lv.to())) ? lv.to() + 1 : lv.to();
        return s.lower(k).equals("level") ? k + 1 : -1;
    }

    /** Verbs that say an event was held at a level: "held at", "conducted at", "convened at". */
    private static final Set<String> HELD_AT = WordSet.of("held", "conducted", "convened", "pitched", "sat");

    /** Words of an invitation, whose level is of whom is asked to come. */
    private static final Set<String> INVITED = WordSet.of("invited", "invite", "invites", "inviting", "invitation", "invitations");

    /** Verbs of a level changed while the event ran: "upgraded to", "raised to", "continued at". */
    private static final Set<String> CHANGED = WordSet.of("upgraded", "raised", "elevated", "lifted", "continued", "resumed");

    /** Verbs of raising a level, with the event as their object: "raising them to ministerial level". */
    private static final Set<String> RAISING = WordSet.of("raising", "raised", "upgrading", "upgraded", "elevating", "elevated",
            "lifting", "lifted");

    /** The words a level phrase follows: "at official level", "downgraded to official level", "held among officials". */
    private static final Set<String> AT_LEVEL = WordSet.of("at", "to", "among", "below");

    /** "It was held at ...", "It will be held at ...": the sentence's first words after "It". */
    private static final Set<String> HELD_IT = WordSet.of("was held", "is held", "will be", "took place", "has been", "had been");
}
