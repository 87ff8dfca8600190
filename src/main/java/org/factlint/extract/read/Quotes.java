package org.factlint.extract.read;

import org.factlint.model.Source;

import java.util.Map;
import java.util.Set;

/**
 * Quotations and who said them: the speaker named next to a speech verb just after the quotation
 * ("...," Rubio said / said Rubio / he wrote on social media) or before it (Rubio said: "...",
 * The US secretary of state added on X: "..."). "He" or "she" is the person last named, and a
 * definite title ("the US secretary of state") the person who holds it; both are less certain
 * than a name. A sentence that ends "SPEAKER said:" gives its speaker to a quotation that opens the
 * next sentence (a quotation set as its own paragraph). A quotation with no speaker found gives no fact,
 * and so does one whose attribution gives the words to several together ("Biden and Yoon said", "in a
 * joint statement") or says the speaker read out another's text ("as she read the message").
 */
public final class Quotes {

    private static final Set<String> VERBS = WordSet.of("said", "says", "told", "wrote", "added", "stated", "posted",
            "tweeted", "declared", "insisted", "warned", "noted", "explained", "continued", "remarked", "stressed",
            "emphasised", "emphasized", "replied", "commented", "announced");
    private static final Set<String> PRONOUNS = WordSet.of("he", "she");

    private record Speaker(Discourse.Entity entity, int from, int to, double confidence) {
    }

    private Quotes() {
    }

    public static void read(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        double announcedConfidence = d.announcedConfidence();
        Discourse.Entity announced = d.takeAnnounced();
        Discourse.Entity block = d.takeBlockSpeaker();
        if (s.source() == Source.BODY && s.quotes().isEmpty() && startsParagraph(s)) {
            // 'Defence Secretary Ben Wallace said:' and the quotation as the next paragraph, without
            // quotation marks (gov.uk's style); later paragraphs in the first person go on with it
            Discourse.Entity speaker = announced != null ? announced : block != null && firstPerson(s) ? block : null;
            if (speaker != null) {
                blockQuote(s, d, speaker, announced != null ? Math.min(0.85, announcedConfidence) : 0.8);
                return;
            }
        }
        for (Mention q : s.quotes()) {
            if (!"long".equals(q.value())) {
                continue;
            }
            int open = q.from() - 1;
            int close = q.to();
            Speaker sp = after(s, people, d, close + 1);
            String pattern = "quote.speaker-verb";
            int from = open;
            int to = close + 1;
            if (sp != null) {
                to = sp.to();
            } else {
                sp = before(s, people, d, open);
                if (sp != null) {
                    from = sp.from();
                } else if (announced != null && open == 0) {
                    // 'In response, Mr Hague said:' and the quotation as the next paragraph
                    sp = new Speaker(announced, open, close + 1, Math.min(0.85, announcedConfidence));
                    pattern = "quote.announced";
                } else if (block != null && open == 0 && startsParagraph(s)) {
                    // a quoted paragraph right after the paragraphs a speaker was announced for
                    // ('X said:', then "First ..., then "Second ...") goes on with their words
                    sp = new Speaker(block, open, close + 1, 0.8);
                    pattern = "quote.block";
                }
            }
            if (sp == null) {
                continue;
            }
            // the words around the speaker that say whose words these are: after the quotation up to
            // the next one ('"...," Duda told reporters on Wednesday, quoting Biden'), or before it
            // from the last one ('In a joint statement, Biden and Yoon said: "..."')
            int clauseFrom = sp.from() > open ? close + 1 : clauseStart(s, open);
            int clauseTo = sp.from() > open ? clauseEnd(s, close + 1) : open;
            // words two speakers gave together ('Biden and Yoon said', 'in a joint statement') are
            // neither's alone, and words read out for another ('as she read the message') are not
            // the reader's: no quote fact (either may repeat them later)
            if (joint(s, sp, clauseFrom, clauseTo) || readsAnother(s, clauseFrom, clauseTo)) {
                continue;
            }
            String text = s.span(q.from(), q.to());
            Draft f = Draft.of("quote", s, from, Math.max(to, close + 1), sp.confidence(), pattern)
                    .with("speaker", sp.entity().id).with("text", text);
            String channel = channel(s, Math.min(from, close + 1), Math.max(to, close + 1) + 8);
            f.with("channel", channel);
            // '"...," Higgins said later, repeating the secretary's words': she speaks for whoever
            // the article gave those words to first; so does a spokesperson ("Foreign ministry
            // spokesman Kitamura told reporters that \"dialogue is the only path ...\"")
            String speaker = sp.entity().id;
            // ('Starmer agreed. "We need security guarantees ...," Starmer said.': he echoes the words
            // the article gave another first; black-box trial 28, C9)
            boolean repeats = repeating(s, clauseFrom, clauseTo) || spokesperson(d, speaker)
                    || d.agreeing(sp.entity(), s.sentence().number());
            Draft earlier = repeats || d.sameWords() ? earlierQuote(d, text, speaker) : null;
            // ("Starmer and Macron ... posted the same message": the words given again to the second
            // are what the article said they would be, no quote to compare; nothing read)
            if (earlier != null && d.sameWords()) {
                continue;
            }
            if (earlier != null && repeats) {
                f.with("for", earlier.fields().get("speaker"));
            }
            d.add(f);
        }
        announce(s, people, d);
    }

    /** A transcript's label of a reporter's question opening a paragraph: "QUESTION:", "Q:", "Q.". */
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile("(QUESTION|Q)\\s*(\\([^)]{0,40}\\))?\\s*[:.]\\s");

    /**
     * Whether the sentence stands in a paragraph of a transcript that opens with a reporter's question
     * label ("QUESTION: Mr. Secretary, Lavrov attended the dinner last night. Did you ...?"): what it
     * says may rest on a wrong premise.
     */
    public static boolean inReportersQuestion(Annotated s) {
        String text = s.text();
        int start = s.sentence().start();
        int para = text.lastIndexOf("\n\n", start);
        para = para < 0 ? 0 : para + 2;
        java.util.regex.Matcher m = QUESTION.matcher(text);
        m.region(para, Math.min(text.length(), para + 60));
        return m.lookingAt();
    }

    /**
     * Whether the sentence is the article's own question, ending in a question mark outside quotation
     * marks ("Will President Zelensky attend the summit?", as explainers ask before answering): it
     * states nothing, so what it names is unsure (black-box trial 27).
     */
    public static boolean asksQuestion(Annotated s) {
        int last = s.size() - 1;
        return last > 0 && s.lower(last).equals("?") && !s.quoted(last);
    }

    /** Verbs that deny or reject what another said. */
    private static final Set<String> DENIED = WordSet.of("denied", "denies", "deny", "dismissed", "dismisses", "rejected",
            "rejects", "refuted", "refutes", "rebutted");
    /** Nouns of what others said, which a denial may take. */
    private static final Set<String> REPORTS = WordSet.of("report", "reports", "claim", "claims", "suggestion", "suggestions",
            "allegation", "allegations", "rumour", "rumours", "rumor", "rumors", "speculation", "story", "stories", "article");
    /** Words that say what follows was said wrongly. */
    private static final Set<String> FALSELY = WordSet.of("falsely", "wrongly", "incorrectly", "mistakenly", "erroneously",
            "inaccurately");
    /** Verbs of saying. */
    private static final Set<String> SAID = WordSet.of("said", "says", "claimed", "claims", "stated", "states", "asserted",
            "asserts", "told", "suggested", "reported", "announced", "insisted", "wrote", "posted", "tweeted", "implied");
    /** Outlets and words of the press, which "according to" may name: what they report is theirs. */
    private static final Set<String> PRESS = WordSet.of("media", "report", "reports", "newspaper", "newspapers", "daily", "press",
            "kyodo", "reuters", "ap", "afp", "bloomberg", "xinhua", "tass", "yonhap", "nhk", "interfax", "anadolu", "bbc", "cnn",
            "axios", "politico", "sources", "source", "leaks", "leaked");

    /**
     * Whether the sentence tells what others said without stating it, or labels it false: a
     * denial of a report ("The Foreign Office denied a report in The Times that Lammy met Wang
     * Yi"), words said falsely ("Zijlstra falsely said that he attended the meeting"), the press
     * quoted ("According to Kyodo, Hayashi will not attend the dinner"), or a condition told by
     * an opening "Had" ("Had Kishida attended the summit, he would have met Biden"). What it names
     * is unsure (black-box trial 60).
     */
    public static boolean notAsserted(Annotated s) {
        if (s.size() > 2 && s.lower(0).equals("had") && s.startingAt(s.pastHonorifics(1)) != null) {
            return true;
        }
        if (s.lower(0).equals("according") && s.lower(1).equals("to")) {
            for (int k = 2; k < Math.min(s.size(), 7) && !s.lower(k).equals(","); k++) {
                if (PRESS.contains(s.lower(k))) {
                    return true;
                }
            }
        }
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.quoted(k)) {
                continue;
            }
            if (FALSELY.contains(s.lower(k)) && SAID.contains(s.lower(k + 1))) {
                return true;
            }
            if (DENIED.contains(s.lower(k))) {
                for (int j = k + 1; j < Math.min(s.size(), k + 8); j++) {
                    if (REPORTS.contains(s.lower(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs that say a speaker takes up another's words: "agreed", "concurred", "echoed". */
    private static final Set<String> AGREED = WordSet.of("agreed", "concurred", "echoed");

    /**
     * "Starmer agreed.", "Prime Minister Starmer echoed him.": a short sentence, outside quotation
     * marks, whose subject is a named person and whose verb {@link #AGREED} follows the name; the
     * person's quotation in it or the next sentence may repeat another's words (read as repeating).
     */
    public static void agreement(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        if (s.size() > 16 || !s.quotes().isEmpty()) {
            return;
        }
        // the verb ends the sentence ("agreed.", "echoed him.")
        int last = s.lower(s.size() - 1).equals(".") ? s.size() - 2 : s.size() - 1;
        int verb = s.lower(last).equals("him") || s.lower(last).equals("her") ? last - 1 : last;
        if (verb < 1 || !AGREED.contains(s.lower(verb))) {
            return;
        }
        // the subject: a name, or a title and a name, opening the sentence, the verb right after it
        // or after a clause between commas ("Prime Minister Keir Starmer, who hosted the summit,
        // agreed."); a surname the article names in full only later is no mention yet ("Starmer agreed.")
        int k = s.startingAt(0) != null && s.startingAt(0).kind() == Mention.Kind.TITLE ? s.startingAt(0).to() : 0;
        Mention m = s.startingAt(k);
        int end = m != null && m.kind() == Mention.Kind.PERSON ? m.to() : m == null && s.token(k).capitalised() ? k + 1 : -1;
        if (end > k && (end == verb || s.lower(end).equals(",") && s.lower(verb - 1).equals(","))) {
            d.agreed(s.token(end - 1).text(), s.sentence().number());
        }
    }

    /** Whether the sentence says people gave the same words: "the same message", "identical statements", "the same words". */
    public static boolean saysSameWords(Annotated s) {
        for (int k = 0; k + 1 < s.size(); k++) {
            boolean same = s.lower(k).equals("same") && s.lower(k - 1).equals("the") || s.lower(k).equals("identical");
            if (same && Set.of("message", "messages", "words", "statement", "statements", "post", "posts", "text")
                    .contains(s.lower(k + 1)) && !s.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    /** The first quote read so far of these words (case and punctuation aside) given to another speaker, or null. */
    private static Draft earlierQuote(Discourse d, String text, String speaker) {
        return d.facts().stream().filter(o -> o.type().equals("quote") && !speaker.equals(o.fields().get("speaker"))
                && sameWords(text, String.valueOf(o.fields().get("text")))).findFirst().orElse(null);
    }

    /** Whether two quotations are the same words, case and punctuation aside, as the quote rules compare them. */
    private static boolean sameWords(String a, String b) {
        return org.factlint.engine.helpers.Quotes.words(a).equals(org.factlint.engine.helpers.Quotes.words(b));
    }

    /** Whether the article gives this person a spokesperson's or press secretary's title. */
    private static boolean spokesperson(Discourse d, String person) {
        return d.facts().stream().anyMatch(f -> f.type().equals("role") && person.equals(f.fields().get("person"))
                && String.valueOf(f.fields().get("title")).toLowerCase(java.util.Locale.ROOT)
                        .matches(".*\\b(spokes(person|man|woman)|press secretary)\\b.*"));
    }

    /** Words in a quote's attribution that say the words are another's: "repeating", "echoing", "quoting", "citing". */
    private static final Set<String> REPEATING = WordSet.of("repeating", "echoing", "quoting", "relaying", "reiterating", "citing");

    /**
     * Whether a word of {@link #REPEATING} opens a phrase of the attribution clause (tokens from..to,
     * outside the quotation): after a comma (', quoting Biden', also past 'told reporters on
     * Wednesday') or opening the sentence ('Quoting Biden, Duda said: "..."').
     */
    private static boolean repeating(Annotated s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (REPEATING.contains(s.lower(k)) && (s.lower(k - 1).equals(",") || k == 0)) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the attribution before a quotation opening at {@code open}: just past the previous quotation, or 0. */
    private static int clauseStart(Annotated s, int open) {
        int k = open - 1;
        while (k >= 0 && !s.quoted(k) && !isQuoteMark(s, k)) {
            k--;
        }
        return k + 1;
    }

    /** The end (exclusive) of the attribution after a quotation: the next quotation's opening mark, or the sentence's end. */
    private static int clauseEnd(Annotated s, int at) {
        int k = at;
        while (k < s.size() && !s.quoted(k) && !isQuoteMark(s, k)) {
            k++;
        }
        return k;
    }

    private static boolean isQuoteMark(Annotated s, int k) {
        String w = s.lower(k);
        return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("``") || w.equals("''");
    }

    /** Nouns of a statement issued by several: "a joint statement", "their joint declaration", "a joint press release". */
    private static final Set<String> JOINT_TEXTS = WordSet.of("statement", "statements", "declaration", "communique", "communiqu\u00e9",
            "letter", "message", "op-ed", "article", "editorial", "readout", "release");

    /**
     * Whether the speaker gave the words together with others: the speaker is the last of names
     * joined by "and" ("President Joe Biden and President Yoon Suk Yeol said", "said Biden and
     * Yoon"), or the attribution says the words are a joint text ("in a joint statement", "a joint
     * press release", "jointly"). Not "at a joint news conference": a speaker's own words there.
     */
    private static boolean joint(Annotated s, Speaker sp, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (w.equals("jointly")) {
                return true;
            }
            if (w.equals("joint")) {
                int n = s.lower(k + 1).equals("press") ? k + 2 : k + 1;
                if (JOINT_TEXTS.contains(s.lower(n))) {
                    return true;
                }
            }
        }
        // 'and' before the speaker, past up to four words of its description ("Japan's"), after a name
        for (int k = sp.from() - 1; k >= Math.max(0, sp.from() - 5); k--) {
            String w = s.lower(k);
            if (w.equals("and") || w.equals("&")) {
                // ", and" only closing a list ("Biden, Kishida, and Yoon said"), not a second clause
                // ("Biden met Kishida, and Yoon said: ...")
                boolean comma = s.lower(k - 1).equals(",");
                int b = comma ? k - 2 : k - 1;
                boolean list = !comma;
                for (int c = b - 1; comma && c >= Math.max(0, b - 6); c--) {
                    list |= s.lower(c).equals(",") && named(s, c - 1);
                }
                if (list && named(s, b)) {
                    return true;
                }
                break;
            }
            if (!(s.token(k).capitalised() || w.equals("'s") || w.equals("\u2019s") || w.equals("the"))) {
                break;
            }
        }
        // 'said Biden and Yoon', 'Biden and Yoon said' (the speaker's span ends before 'and')
        return (s.lower(sp.to()).equals("and") || s.lower(sp.to()).equals("&")) && named(s, s.pastHonorifics(sp.to() + 1));
    }

    /** Whether token k is part of a person, a title, or a known country or organisation. */
    private static boolean named(Annotated s, int k) {
        Mention m = s.at(k);
        return m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.TITLE
                || m.kind() == Mention.Kind.KNOWN && Set.of("country", "organisation").contains(m.known().kind()));
    }

    private static final Set<String> READING = WordSet.of("read", "reads", "reading", "deliver", "delivers", "delivered",
            "delivering", "convey", "conveys", "conveyed", "conveying");
    /** Texts that are someone's message whoever reads them out. */
    private static final Set<String> MESSAGES = WordSet.of("message", "messages", "letter", "greetings", "greeting");
    /** Texts a speaker may read as their own ("read from a prepared statement"): another's only with an owner said. */
    private static final Set<String> OWN_TEXTS = WordSet.of("statement", "remarks", "speech", "address");

    /**
     * Whether the attribution says the speaker read out another's text: "as she read the message",
     * "reading out the Secretary-General's message", "delivered a message from the President",
     * "conveying the statement of the minister". Not "a message read by X" (X is the reader, the
     * speaker the author), not "his/her message", not "delivering a message to Moscow" or "the
     * message that ..." (the speaker's own point), not "read from a prepared statement".
     */
    private static boolean readsAnother(Annotated s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!READING.contains(s.lower(k)) || s.lower(k + 1).equals("by")) {
                continue;
            }
            int j = s.lower(k + 1).equals("out") ? k + 2 : k + 1;
            boolean owner = false;
            boolean det = false;
            while (j < to && j < k + 8) {
                String w = s.lower(j);
                if (Set.of("the", "a", "an", "this").contains(w)) {
                    det = true;
                } else if (w.equals("'s") || w.equals("\u2019s") || w.equals("'")) {
                    owner = true;
                } else if (!s.token(j).capitalised() || MESSAGES.contains(w) || OWN_TEXTS.contains(w)) {
                    break;
                }
                j++;
            }
            String noun = s.lower(j);
            String next = s.lower(j + 1);
            // ("delivering a message to Moscow" is the speaker's own point; "as she read the message to the
            // Heads of State" reads out the message the article told of; black-box trial 26's L30)
            boolean readThe = s.lower(k).startsWith("read") && s.lower(j - 1).equals("the");
            if (j >= to || !(det || owner) || next.equals("to") && !readThe || next.equals("that")) {
                continue;
            }
            boolean of = next.equals("from") || next.equals("of") || next.equals("on") && s.lower(j + 2).equals("behalf");
            if (MESSAGES.contains(noun) || OWN_TEXTS.contains(noun) && (owner || of)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens a paragraph (a line break before it, or the text's start). */
    private static boolean startsParagraph(Annotated s) {
        int at = s.sentence().start();
        for (int i = at - 1; i >= 0; i--) {
            char c = s.text().charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> FIRST_PERSON = WordSet.of("i", "we", "our", "us", "my", "me", "i'm",
            "we're", "we've", "i've");

    /** Verbs that introduce someone else's words ("continued" and "noted" are often adjectives or narration). */
    private static final java.util.Set<String> SAYING = WordSet.of("said", "says", "told", "added", "wrote", "stated");

    /** A sentence in the first person, with no verb of saying: a block quotation going on. */
    private static boolean firstPerson(Annotated s) {
        boolean first = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (SAYING.contains(w)) {
                return false;
            }
            String t = s.token(i).text();
            // "We", "our", "I"; not "US", the country
            first |= FIRST_PERSON.contains(w) && !(t.length() > 1 && t.equals(t.toUpperCase(java.util.Locale.ROOT)));
        }
        return first;
    }

    /**
     * The paragraph from this sentence on as one quotation of {@code speaker} (gov.uk writes a
     * quotation as paragraphs after "X said:"); the speaker is kept for a next paragraph in the
     * first person.
     */
    private static void blockQuote(Annotated s, Discourse d, Discourse.Entity speaker, double confidence) {
        String text = s.text();
        int from = s.sentence().start();
        int end = text.indexOf('\n', from);
        end = end < 0 ? text.length() : end;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - from < 20) {
            return;
        }
        // fields in the order every other quote fact has them (Map.of would iterate in a different order each run)
        d.add(new Draft("quote", Map.of(), s.source(), from, end, s.sentence().number(), confidence, "quote.block")
                .with("speaker", speaker.id).with("text", text.substring(from, end)));
        d.blockSpeaker(speaker);
    }

    /** Whether the sentence ends by announcing a quotation ("SPEAKER said:"): its speaker is kept for the next sentence. */
    private static void announce(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d) {
        if (s.size() > 2 && s.lower(s.size() - 1).equals(":") && !s.quoted(s.size() - 2)) {
            Speaker sp = before(s, people, d, s.size());
            // ('In a joint statement, Biden and Yoon said:', 'Mohammed, reading the message, said:': no one speaker's words)
            int from = clauseStart(s, s.size() - 1);
            if (sp != null && !joint(s, sp, from, s.size()) && !readsAnother(s, from, s.size())) {
                d.announce(sp.entity(), sp.confidence());
            }
        }
    }

    /** After the quotation: [,] SPEAKER VERB or [,] VERB SPEAKER. */
    private static Speaker after(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int at) {
        int k = s.lower(at).equals(",") ? at + 1 : at;
        Speaker sp = speakerAt(s, people, d, k);
        if (sp != null && VERBS.contains(s.lower(sp.to()))) {
            return new Speaker(sp.entity(), sp.from(), sp.to() + 1, sp.confidence());
        }
        if (VERBS.contains(s.lower(k))) {
            Speaker x = speakerAt(s, people, d, k + 1);
            if (x != null && !PRONOUNS.contains(s.lower(k + 1))) {
                return new Speaker(x.entity(), x.from(), x.to(), x.confidence());
            }
        }
        return null;
    }

    /** Before the quotation: SPEAKER VERB [up to eight words] (: | that) "..." */
    private static Speaker before(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int open) {
        String lead = s.lower(open - 1);
        if (!(lead.equals(":") || lead.equals("that") || lead.equals(","))) {
            return null;
        }
        // "Martin opened the news conference by saying: ...": the person opening the sentence
        if (s.lower(open - 2).equals("saying") && s.lower(open - 3).equals("by")) {
            Speaker sp = speakerAt(s, people, d, 0);
            return sp == null ? null : new Speaker(sp.entity(), sp.from(), sp.to(), 0.85);
        }
        for (int v = open - 2; v >= Math.max(0, open - 10); v--) {
            if (VERBS.contains(s.lower(v))) {
                for (int from = v - 1; from >= Math.max(0, v - 8); from--) {
                    Speaker sp = speakerAt(s, people, d, from);
                    if (sp != null && sp.to() == v) {
                        return sp;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** A speaker starting at token k: a person, a known organisation or country, he/she, or "the [country] TITLE". */
    private static Speaker speakerAt(Annotated s, Map<Mention, Discourse.Entity> people, Discourse d, int k) {
        // "Mr Johnson said", "Dr. Tedros said": the honorific is part of the speaker's span
        if (Annotator.HONORIFICS.contains(s.lower(k)) && s.startingAt(k) == null) {
            Mention p = s.startingAt(k + 1);
            if (p != null && p.kind() == Mention.Kind.PERSON && people.containsKey(p)) {
                return new Speaker(people.get(p), k, p.to(), 0.9);
            }
        }
        Mention m = s.startingAt(k);
        if (m != null && m.kind() == Mention.Kind.PERSON && people.containsKey(m)) {
            return new Speaker(people.get(m), k, m.to(), 0.9);
        }
        // "said Norwegian Defence Minister Bjørn Arild Gram": a country before the title
        if (m != null && m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("country") && s.startingAt(m.to()) != null
                && s.startingAt(m.to()).kind() == Mention.Kind.TITLE) {
            m = s.startingAt(m.to());
        }
        if (m != null && m.kind() == Mention.Kind.TITLE) {
            Mention p = s.startingAt(m.to());
            if (p != null && p.kind() == Mention.Kind.PERSON && people.containsKey(p)) {
                return new Speaker(people.get(p), k, p.to(), 0.9);
            }
        }
        Discourse.Entity he = PRONOUNS.contains(s.lower(k)) ? People.pronoun(s, people, k, d) : null;
        if (he != null) {
            return new Speaker(he, k, k + 1, 0.7);
        }
        if (s.lower(k).equals("the")) {
            int j = k + 1;
            Mention c = s.startingAt(j);
            String country = null;
            if (c != null && c.kind() == Mention.Kind.KNOWN && c.known().kind().equals("country")) {
                country = c.known().id();
                j = c.to();
            }
            Mention t = s.startingAt(j);
            if (t != null && t.kind() == Mention.Kind.TITLE) {
                Discourse.Entity holder = People.holder(d, s.span(t.from(), t.to()), country);
                if (holder != null) {
                    return new Speaker(holder, k, t.to(), 0.8);
                }
            }
            if (c != null && c.kind() == Mention.Kind.KNOWN && c.known().kind().equals("organisation")) {
                return new Speaker(d.known(c.known()), k, c.to(), 0.9);
            }
        }
        if (m != null && m.kind() == Mention.Kind.KNOWN && m.known().kind().equals("organisation")) {
            return new Speaker(d.known(m.known()), k, m.to(), 0.9);
        }
        return null;
    }

    /** "on X", "on social media", "on the social media platform X", "on Telegram" within the window. */
    private static String channel(Annotated s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(s.size(), to); i++) {
            if (!s.lower(i).equals("on")) {
                continue;
            }
            int k = i + 1;
            if (s.lower(k).equals("the")) {
                k++;
            }
            if (s.lower(k).equals("social") && s.lower(k + 1).equals("media")) {
                if (s.lower(k + 2).equals("platform") && k + 3 < s.size() && s.token(k + 3).capitalised()) {
                    return s.token(k + 3).text();
                }
                return "social media";
            }
            String w = k < s.size() ? s.token(k).text() : "";
            if (Set.of("X", "Twitter", "Facebook", "Telegram", "Instagram", "Truth", "TikTok", "Bluesky", "LinkedIn").contains(w)) {
                return w.equals("Truth") ? "Truth Social" : w;
            }
        }
        return null;
    }
}
