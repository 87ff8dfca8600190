#!/usr/bin/env python3
"""Build (and check) the gold facts for the seed article.

Writes facts/2025-04-23-london-ukraine-talks.json (factlint-facts/1) from the
facts listed below.  Facts are written with their evidence quotes only; the
offsets (UTF-16 code units, end exclusive) and sentence numbers are computed
here, never by hand.

Usage (from anywhere):
    python3 facts/tools/build_seed_facts.py           # rewrite the JSON, then check it
    python3 facts/tools/build_seed_facts.py --check   # only check the JSON on disk

Python 3 standard library only; reads nothing outside the repository (the
article text is embedded below, copied verbatim from the seed article:
line 1 headline, line 2 standfirst, body paragraphs after the blank lines).

Sentence numbers: 1-based within the text a fact comes from (body, headline
or standfirst).  A sentence ends at '.', '!' or '?' (plus any closing quote
marks or brackets right after it) followed by whitespace, and every paragraph
break ("\\n") also ends a sentence.
"""

import datetime
import json
import re
import sys
from pathlib import Path

ARTICLE_ID = "2025-04-23-london-ukraine-talks"
PUBLISHED = "2025-04-23"
OUT = Path(__file__).resolve().parent.parent / (ARTICLE_ID + ".json")

# --------------------------------------------------------------------------
# The article (verbatim)
# --------------------------------------------------------------------------
HEADLINE = 'UK talks on conflict in Ukraine downgraded after US no-shows'
STANDFIRST = 'Absence of Rubio and Witkoff means foreign ministers meeting is canceled'
PARAGRAPHS = [
    "The United Kingdom's attempt to help broker a peaceful end to the Russia-Ukraine conflict hit an embarrassing roadblock this week, when longtime ally the United States withdrew high-level support for the negotiations at the last moment.",
    'Planned talks in London on Wednesday were supposed to have involved foreign ministers from several European countries as well as US Secretary of State Marco Rubio and US special envoy Steve Witkoff, but both US representatives pulled out hours before the talks were due to start.',
    'The withdrawals led to a downgrading of the talks, from a gathering of senior politicians to one involving bureaucrats from France, Germany, the UK, Ukraine, and the US.',
    'UK Foreign Secretary David Lammy took the opportunity to meet with Ukrainian counterpart Andrii Sybiha, but the failure of the talks and the US branding them "technical meetings" will have been disappointing for London.',
    'The UK Foreign Office confirmed early on Wednesday the talks had been downgraded and would no longer involve foreign ministers, saying: "Official-level talks will continue but these are closed to media."',
    'The BBC said Rubio spoke to Lammy on Tuesday night and told him he hoped for success in what he called the latest in a series of "substantive and good technical meetings".',
    'Rubio reportedly told Lammy he will visit the UK at some time in the coming months.',
    'The US secretary of state added on the social media platform X: "I look forward to following up after the ongoing discussions."',
    "Keith Kellogg, Washington's Ukraine envoy, attended Wednesday's talks while Rubio and Witkoff focused on planned talks in Moscow later this week that will reportedly involve a fourth meeting between Witkoff and Russia's President Vladimir Putin.",
    "The downgrading of Wednesday's talks followed US President Donald Trump warning on Sunday that Washington could walk away from peace talks completely, if they fail to achieve a breakthrough soon. He added that he wants a peace deal in place by the end of April.",
    "Andriy Yermak, an advisor to Ukraine's government, said as he arrived in London ahead of the downgraded talks that officials planned to focus on ways to achieve an unconditional ceasefire, and would defer discussion of conditions either side might have on a lasting post-conflict peace deal.",
    '"Despite everything, we will work for peace," he wrote on social media.',
    'The London gathering followed one in Paris last week that involved US, Ukrainian, and European officials.',
    'Witkoff has previously said both Ukraine and Russia will need to make concessions if they are to achieve a lasting peace, the Reuters news agency said, citing unnamed diplomats.',
    "France's Foreign Minister Jean-Noel Barrot said on Tuesday that European nations will not, however, agree to recognize Russia's sovereignty over Crimea and will insist it is returned to Kyiv's control.",
]

BODY = "\n".join(PARAGRAPHS)
TEXTS = {"body": BODY, "headline": HEADLINE, "standfirst": STANDFIRST}
SOURCE_ORDER = {"headline": 0, "standfirst": 1, "body": 2}

# --------------------------------------------------------------------------
# Vocabulary of factlint-facts/1
# --------------------------------------------------------------------------
ENTITY_KINDS = {"person", "organisation", "country", "place", "event", "group"}
FACT_TYPES = {"role", "attendance", "event-level", "event-date", "event-place",
              "presence", "sequence", "quote", "quantity", "affiliation", "claim"}
STATUSES = {"attended", "absent", "withdrew", "declined", "planned", "invited"}
LADDER = ["head-of-state", "head-of-government", "minister", "deputy-minister",
          "envoy", "senior-official", "official", "adviser", "other"]
STAGES = {"planned", "actual"}
QUANTITY_KINDS = {"count", "ordinal"}
SOURCES = {"headline", "standfirst", "body"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FACT_ID_RE = re.compile(r"^f[1-9][0-9]*$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def valid_rank(value, allow_mixed=False):
    if allow_mixed and value == "mixed":
        return True
    base, _, portfolio = value.partition(":")
    if base not in LADDER:
        return False
    if portfolio:
        return base == "minister" and ID_RE.match(portfolio) is not None
    return True


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------
def person(id, name, aliases=()):
    e = {"id": id, "kind": "person", "name": name}
    if aliases:
        e["aliases"] = list(aliases)
    return e


def thing(id, kind, name, aliases=(), eventType=None):
    e = {"id": id, "kind": kind, "name": name}
    if aliases:
        e["aliases"] = list(aliases)
    if eventType:
        e["eventType"] = eventType
    return e


ENTITIES = [
    # persons (name as first written in the body, aliases as later written)
    person("rubio", "Marco Rubio", ["Rubio"]),
    person("witkoff", "Steve Witkoff", ["Witkoff"]),
    person("lammy", "David Lammy", ["Lammy"]),
    person("sybiha", "Andrii Sybiha"),
    person("kellogg", "Keith Kellogg"),
    person("putin", "Vladimir Putin"),
    person("trump", "Donald Trump"),
    person("yermak", "Andriy Yermak"),
    person("barrot", "Jean-Noel Barrot"),
    # countries
    thing("uk", "country", "United Kingdom", ["UK"]),
    thing("us", "country", "United States", ["US", "Washington"]),
    thing("ukraine", "country", "Ukraine"),
    thing("russia", "country", "Russia"),
    thing("france", "country", "France"),
    thing("germany", "country", "Germany"),
    # organisations
    thing("uk-foreign-office", "organisation", "UK Foreign Office"),
    thing("bbc", "organisation", "BBC"),
    thing("reuters", "organisation", "Reuters"),
    # places
    thing("london", "place", "London"),
    thing("moscow", "place", "Moscow"),
    thing("paris", "place", "Paris"),
    thing("crimea", "place", "Crimea"),
    thing("kyiv", "place", "Kyiv"),
    # events
    thing("russia-ukraine-conflict", "event", "Russia-Ukraine conflict",
          ["conflict in Ukraine"], eventType="conflict"),
    thing("london-talks", "event", "talks in London",
          ["Wednesday's talks", "London gathering"], eventType="talks"),
    thing("lammy-sybiha-meeting", "event", "meeting between Lammy and Sybiha",
          eventType="meeting"),
    thing("rubio-lammy-call", "event", "call between Rubio and Lammy",
          eventType="call"),
    thing("moscow-talks", "event", "talks in Moscow", eventType="talks"),
    thing("witkoff-putin-meeting", "event", "meeting between Witkoff and Putin",
          eventType="meeting"),
    thing("trump-warning", "event", "Trump's warning", eventType="statement"),
    thing("london-talks-downgrade", "event", "downgrading of the talks",
          eventType="downgrade"),
    thing("paris-talks", "event", "gathering in Paris", eventType="talks"),
]

# persons whose body mentions are listed (full name, then alias occurrences)
MENTIONED_PERSONS = ["rubio", "witkoff", "lammy", "sybiha", "kellogg", "putin",
                     "trump", "yermak", "barrot"]

# --------------------------------------------------------------------------
# Facts: (fact fields, evidence quote, options).  Options: source (default
# body), nth (which occurrence of the quote, 1-based; required when the quote
# occurs more than once).  Ids f1.. are assigned after sorting by position.
# --------------------------------------------------------------------------
F = []


def fact(quote, source="body", nth=None, **fields):
    F.append((fields, quote, source, nth))


def role(quote, person, title, of=None, rank=None, **kw):
    f = {"type": "role", "person": person, "title": title}
    if of:
        f["of"] = of
    if rank:
        f["rank"] = rank
    fact(quote, **kw, **f)


def attendance(quote, event, status, person=None, party=None, **kw):
    f = {"type": "attendance", "event": event}
    if person:
        f["person"] = person
    if party:
        f["party"] = party
    f["status"] = status
    fact(quote, **kw, **f)


def claim(quote, subject, predicate, object, negated=False, date=None, **kw):
    f = {"type": "claim", "subject": subject, "predicate": predicate, "object": object}
    if negated:
        f["negated"] = True
    if date:
        f["date"] = date
    fact(quote, **kw, **f)


def affiliation(quote, person, of, **kw):
    fact(quote, type="affiliation", person=person, of=of, **kw)


def quote(evidence, speaker, text, channel=None, event=None, date=None, **kw):
    f = {"type": "quote", "speaker": speaker, "text": text}
    if channel:
        f["channel"] = channel
    if event:
        f["event"] = event
    if date:
        f["date"] = date
    fact(evidence, **kw, **f)


def event_date(quote, event, date=None, expression=None, **kw):
    f = {"type": "event-date", "event": event}
    if date:
        f["date"] = date
    if expression:
        f["expression"] = expression
    fact(quote, **kw, **f)


# ---- headline -------------------------------------------------------------
claim("UK talks on conflict in Ukraine", "london-talks", "about",
      "russia-ukraine-conflict", source="headline")
claim("talks on conflict in Ukraine downgraded after US no-shows", "london-talks",
      "downgraded after", "US no-shows", source="headline")

# ---- standfirst -----------------------------------------------------------
attendance("Absence of Rubio and Witkoff", "london-talks", "absent", person="rubio",
           source="standfirst")
attendance("Absence of Rubio and Witkoff", "london-talks", "absent", person="witkoff",
           source="standfirst")
fact("foreign ministers meeting", source="standfirst",
     type="event-level", event="london-talks", level="minister:foreign", stage="planned")
claim("foreign ministers meeting is canceled", "london-talks", "canceled as",
      "foreign ministers meeting", source="standfirst")

# ---- body, paragraph 1 ----------------------------------------------------
claim("The United Kingdom's attempt to help broker a peaceful end to the Russia-Ukraine conflict",
      "uk", "attempted to help broker a peaceful end to", "russia-ukraine-conflict")
claim("the United States withdrew high-level support for the negotiations at the last moment",
      "us", "withdrew high-level support for", "london-talks")

# ---- paragraph 2 ----------------------------------------------------------
fact("Planned talks in London", type="event-place", event="london-talks", place="london")
event_date("Planned talks in London on Wednesday", "london-talks",
           date="2025-04-23", expression="on Wednesday")
fact("were supposed to have involved foreign ministers from several European countries",
     type="event-level", event="london-talks", level="minister:foreign", stage="planned")
role("US Secretary of State Marco Rubio", "rubio", "Secretary of State", of="us",
     rank="minister:foreign")
affiliation("US Secretary of State Marco Rubio", "rubio", "us")
role("US special envoy Steve Witkoff", "witkoff", "special envoy", of="us", rank="envoy")
affiliation("US special envoy Steve Witkoff", "witkoff", "us")
PLANNED_LONDON = ("were supposed to have involved foreign ministers from several European "
                  "countries as well as US Secretary of State Marco Rubio and US special "
                  "envoy Steve Witkoff")
attendance(PLANNED_LONDON, "london-talks", "planned", person="rubio")
attendance(PLANNED_LONDON, "london-talks", "planned", person="witkoff")
PULLED_OUT = "both US representatives pulled out hours before the talks were due to start"
attendance(PULLED_OUT, "london-talks", "withdrew", person="rubio")
attendance(PULLED_OUT, "london-talks", "withdrew", person="witkoff")

# ---- paragraph 3 ----------------------------------------------------------
claim("The withdrawals led to a downgrading of the talks", "london-talks",
      "downgraded after", "withdrawals of Rubio and Witkoff")
fact("to one involving bureaucrats from France, Germany, the UK, Ukraine, and the US",
     type="event-level", event="london-talks", level="official", stage="actual")
BUREAUCRATS = "bureaucrats from France, Germany, the UK, Ukraine, and the US"
for country in ["france", "germany", "uk", "ukraine", "us"]:
    attendance(BUREAUCRATS, "london-talks", "attended", party=country)

# ---- paragraph 4 ----------------------------------------------------------
role("UK Foreign Secretary David Lammy", "lammy", "Foreign Secretary", of="uk",
     rank="minister:foreign")
affiliation("UK Foreign Secretary David Lammy", "lammy", "uk")
MEET = "took the opportunity to meet with Ukrainian counterpart Andrii Sybiha"
attendance(MEET, "lammy-sybiha-meeting", "attended", person="lammy")
attendance(MEET, "lammy-sybiha-meeting", "attended", person="sybiha")
role("Ukrainian counterpart Andrii Sybiha", "sybiha", "counterpart", of="ukraine",
     rank="minister:foreign")
affiliation("Ukrainian counterpart Andrii Sybiha", "sybiha", "ukraine")
quote('the US branding them "technical meetings"', "us", "technical meetings")

# ---- paragraph 5 ----------------------------------------------------------
claim("The UK Foreign Office confirmed early on Wednesday the talks had been downgraded",
      "uk-foreign-office", "confirmed downgraded", "london-talks", date="2025-04-23")
claim("would no longer involve foreign ministers", "london-talks", "no longer involve",
      "foreign ministers")
fact("Official-level talks will continue", type="event-level", event="london-talks",
     level="official", stage="actual")
quote("Official-level talks will continue but these are closed to media.",
      "uk-foreign-office",
      "Official-level talks will continue but these are closed to media.",
      date="2025-04-23")

# ---- paragraph 6 ----------------------------------------------------------
claim("The BBC said Rubio spoke to Lammy", "bbc", "reported", "rubio-lammy-call")
CALL = "Rubio spoke to Lammy on Tuesday night"
attendance(CALL, "rubio-lammy-call", "attended", person="rubio")
attendance(CALL, "rubio-lammy-call", "attended", person="lammy")
event_date(CALL, "rubio-lammy-call", date="2025-04-22", expression="on Tuesday night")
claim("told him he hoped for success", "rubio", "hoped for success in", "london-talks",
      date="2025-04-22")
quote('what he called the latest in a series of "substantive and good technical meetings"',
      "rubio", "substantive and good technical meetings",
      event="rubio-lammy-call", date="2025-04-22")

# ---- paragraph 7 ----------------------------------------------------------
claim("Rubio reportedly told Lammy he will visit the UK at some time in the coming months",
      "rubio", "will visit", "uk")

# ---- paragraph 8 ----------------------------------------------------------
role("The US secretary of state", "rubio", "secretary of state", of="us",
     rank="minister:foreign")
quote('added on the social media platform X: "I look forward to following up after the ongoing discussions."',
      "rubio", "I look forward to following up after the ongoing discussions.",
      channel="X")

# ---- paragraph 9 ----------------------------------------------------------
role("Keith Kellogg, Washington's Ukraine envoy", "kellogg", "Ukraine envoy", of="us",
     rank="envoy")
affiliation("Washington's Ukraine envoy", "kellogg", "us")
attendance("Keith Kellogg, Washington's Ukraine envoy, attended Wednesday's talks",
           "london-talks", "attended", person="kellogg")
event_date("attended Wednesday's talks", "london-talks", date="2025-04-23",
           expression="Wednesday's")
FOCUS = "Rubio and Witkoff focused on planned talks in Moscow"
claim(FOCUS, "rubio", "focused on", "moscow-talks")
claim(FOCUS, "witkoff", "focused on", "moscow-talks")
fact("planned talks in Moscow", type="event-place", event="moscow-talks", place="moscow")
event_date("planned talks in Moscow later this week", "moscow-talks",
           expression="later this week")
attendance("planned talks in Moscow later this week that will reportedly involve a fourth meeting between Witkoff",
           "moscow-talks", "planned", person="witkoff")
claim("will reportedly involve a fourth meeting between Witkoff and Russia's President Vladimir Putin",
      "moscow-talks", "will involve", "witkoff-putin-meeting")
FOURTH = "a fourth meeting between Witkoff and Russia's President Vladimir Putin"
attendance(FOURTH, "witkoff-putin-meeting", "planned", person="witkoff")
attendance(FOURTH, "witkoff-putin-meeting", "planned", person="putin")
fact(FOURTH, type="quantity", subject="witkoff-putin-meeting",
     property="meetings between Witkoff and Putin", value=4, kind="ordinal")
role("Russia's President Vladimir Putin", "putin", "President", of="russia",
     rank="head-of-state")
affiliation("Russia's President Vladimir Putin", "putin", "russia")

# ---- paragraph 10 ---------------------------------------------------------
event_date("The downgrading of Wednesday's talks", "london-talks", date="2025-04-23",
           expression="Wednesday's")
fact("The downgrading of Wednesday's talks followed US President Donald Trump warning on Sunday",
     type="sequence", before="trump-warning", after="london-talks-downgrade")
role("US President Donald Trump", "trump", "President", of="us", rank="head-of-state")
affiliation("US President Donald Trump", "trump", "us")
event_date("Donald Trump warning on Sunday", "trump-warning", date="2025-04-20",
           expression="on Sunday")
claim("warning on Sunday that Washington could walk away from peace talks completely",
      "trump", "warned that Washington could walk away from", "peace talks",
      date="2025-04-20")
claim("he wants a peace deal in place by the end of April", "trump",
      "wants a peace deal in place by", "the end of April", date="2025-04-20")

# ---- paragraph 11 ---------------------------------------------------------
role("Andriy Yermak, an advisor to Ukraine's government", "yermak", "advisor",
     of="ukraine", rank="adviser")
affiliation("an advisor to Ukraine's government", "yermak", "ukraine")
fact("as he arrived in London ahead of the downgraded talks", type="presence",
     person="yermak", place="london", date="2025-04-23")
claim("officials planned to focus on ways to achieve an unconditional ceasefire",
      "london-talks", "officials planned to focus on",
      "ways to achieve an unconditional ceasefire")
claim("would defer discussion of conditions either side might have on a lasting post-conflict peace deal",
      "london-talks", "would defer discussion of",
      "conditions on a lasting post-conflict peace deal")

# ---- paragraph 12 ---------------------------------------------------------
quote('"Despite everything, we will work for peace," he wrote on social media',
      "yermak", "Despite everything, we will work for peace,", channel="social media")

# ---- paragraph 13 ---------------------------------------------------------
fact("The London gathering followed one in Paris last week", type="sequence",
     before="paris-talks", after="london-talks")
fact("one in Paris last week", type="event-place", event="paris-talks", place="paris")
event_date("one in Paris last week", "paris-talks", expression="last week")
INVOLVED = "involved US, Ukrainian, and European officials"
attendance(INVOLVED, "paris-talks", "attended", party="us")
attendance(INVOLVED, "paris-talks", "attended", party="ukraine")
claim(INVOLVED, "paris-talks", "involved", "European officials")

# ---- paragraph 14 ---------------------------------------------------------
claim("Witkoff has previously said both Ukraine and Russia will need to make concessions",
      "witkoff", "has said will need to make concessions for a lasting peace",
      "both Ukraine and Russia")
claim("the Reuters news agency said, citing unnamed diplomats", "reuters",
      "reported, citing", "unnamed diplomats")

# ---- paragraph 15 ---------------------------------------------------------
role("France's Foreign Minister Jean-Noel Barrot", "barrot", "Foreign Minister",
     of="france", rank="minister:foreign")
affiliation("France's Foreign Minister Jean-Noel Barrot", "barrot", "france")
claim("European nations will not, however, agree to recognize Russia's sovereignty over Crimea",
      "European nations", "will agree to recognize Russia's sovereignty over", "crimea",
      negated=True, date="2025-04-22")
claim("will insist it is returned to Kyiv's control", "European nations",
      "will insist Crimea is returned to the control of", "kyiv", date="2025-04-22")


# --------------------------------------------------------------------------
# Offsets and sentences
# --------------------------------------------------------------------------
def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def utf16_slice(s, start, end):
    return s.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


def sentence_starts(text):
    """Python indices where sentences begin (see module docstring)."""
    starts = {0}
    ends = [m.end() for m in re.finditer(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)", text)]
    ends += [m.end() for m in re.finditer(r"\n", text)]
    for e in ends:
        i = e
        while i < len(text) and text[i].isspace():
            i += 1
        if i < len(text):
            starts.add(i)
    return sorted(starts)


def sentence_of(text, py_index):
    return sum(1 for s in sentence_starts(text) if s <= py_index)


def occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def evidence_at(text, py_start, quote_text):
    return {
        "quote": quote_text,
        "start": utf16_len(text[:py_start]),
        "end": utf16_len(text[:py_start + len(quote_text)]),
        "sentence": sentence_of(text, py_start),
    }


def locate(quote_text, source, nth):
    text = TEXTS[source]
    occ = occurrences(text, quote_text)
    if not occ:
        raise SystemExit(f"quote not found in {source}: {quote_text!r}")
    if nth is None:
        if len(occ) > 1:
            raise SystemExit(f"quote occurs {len(occ)} times in {source}, say which (nth): {quote_text!r}")
        nth = 1
    return evidence_at(text, occ[nth - 1], quote_text), occ[nth - 1]


def mentions(entity):
    """Every place the body names a person: full name, then aliases outside it."""
    names = [entity["name"]] + entity.get("aliases", [])
    taken, found = [], []
    for name in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", BODY):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), name))
    found.sort()
    return [evidence_at(BODY, i, name) for i, name in found]


def build():
    entities = []
    for e in ENTITIES:
        e = dict(e)
        if e["id"] in MENTIONED_PERSONS:
            e["mentions"] = mentions(e)
        entities.append(e)

    located = []
    for order, (fields, quote_text, source, nth) in enumerate(F):
        ev, py_start = locate(quote_text, source, nth)
        located.append((SOURCE_ORDER[source], py_start, order, fields, source, ev))
    located.sort(key=lambda t: (t[0], t[1], t[2]))

    facts = []
    for n, (_, _, _, fields, source, ev) in enumerate(located, 1):
        f = {"id": f"f{n}", "type": fields["type"]}
        if source != "body":
            f["source"] = source
        f.update({k: v for k, v in fields.items() if k != "type"})
        f["evidence"] = ev
        facts.append(f)

    return {
        "format": "factlint-facts/1",
        "article": {
            "id": ARTICLE_ID,
            "headline": HEADLINE,
            "standfirst": STANDFIRST,
            "published": PUBLISHED,
            "language": "en",
            "section": "World",
            "text": BODY,
        },
        "entities": entities,
        "facts": facts,
    }


# --------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------
# fact type -> {field: allowed entity kinds}; None = any kind; "free" = id or free text
REFS = {
    "role": {"person": {"person"}, "of": {"country", "organisation", "group", "person"}},
    "attendance": {"event": {"event"}, "person": {"person"},
                   "party": {"country", "organisation", "group"}},
    "event-level": {"event": {"event"}},
    "event-date": {"event": {"event"}},
    "event-place": {"event": {"event"}, "place": "free"},
    "presence": {"person": {"person"}, "place": {"place", "country"}},
    "sequence": {"before": {"event"}, "after": {"event"}},
    "quote": {"speaker": {"person", "organisation", "country"}, "event": {"event"}},
    "quantity": {"subject": "free"},
    "affiliation": {"person": {"person"}, "of": {"country", "organisation", "group", "person"}},
    "claim": {"subject": "free", "object": "free"},
}
REQUIRED = {
    "role": ["person", "title"],
    "attendance": ["event", "status"],
    "event-level": ["event", "level"],
    "event-date": ["event"],
    "event-place": ["event", "place"],
    "presence": ["person", "place"],
    "sequence": ["before", "after"],
    "quote": ["speaker", "text"],
    "quantity": ["subject", "property", "value", "kind"],
    "affiliation": ["person", "of"],
    "claim": ["subject", "predicate", "object"],
}
OPTIONAL_COMMON = {"id", "type", "evidence", "source", "confidence"}
OPTIONAL = {
    "role": {"of", "rank", "current"},
    "attendance": {"person", "party"},
    "event-level": {"stage"},
    "event-date": {"date", "expression"},
    "event-place": set(),
    "presence": {"date"},
    "sequence": set(),
    "quote": {"channel", "event", "date"},
    "quantity": set(),
    "affiliation": set(),
    "claim": {"negated", "date"},
}


def check(doc):
    errors = []

    def err(pointer, msg):
        errors.append(f"{pointer}: {msg}")

    if doc.get("format") != "factlint-facts/1":
        err("/format", "expected factlint-facts/1")
    art = doc.get("article", {})
    for key, want in [("id", ARTICLE_ID), ("headline", HEADLINE), ("standfirst", STANDFIRST),
                      ("published", PUBLISHED), ("text", BODY)]:
        if art.get(key) != want:
            err(f"/article/{key}", "differs from the embedded article")
    texts = {"body": art.get("text", ""), "headline": art.get("headline", ""),
             "standfirst": art.get("standfirst", "")}

    def check_evidence(pointer, ev, source):
        text = texts[source]
        q, s, e = ev.get("quote"), ev.get("start"), ev.get("end")
        if not isinstance(q, str) or not q:
            err(pointer + "/quote", "missing")
            return
        if not (isinstance(s, int) and isinstance(e, int)):
            err(pointer, "start/end missing")
            return
        if not (0 <= s <= e <= utf16_len(text)) or utf16_slice(text, s, e) != q:
            err(pointer, f"quote {q!r} is not at [{s},{e}) of {source}")
            return
        py_start = len(text.encode("utf-16-le")[:2 * s].decode("utf-16-le"))
        if ev.get("sentence") != sentence_of(text, py_start):
            err(pointer + "/sentence", f"is {ev.get('sentence')}, computed {sentence_of(text, py_start)}")

    # entities
    kinds = {}
    for i, e in enumerate(doc.get("entities", [])):
        p = f"/entities/{i}"
        eid = e.get("id")
        if not isinstance(eid, str) or not ID_RE.match(eid):
            err(p + "/id", f"not a kebab-case id: {eid!r}")
        if eid in kinds:
            err(p + "/id", f"duplicate entity id {eid!r}")
        if e.get("kind") not in ENTITY_KINDS:
            err(p + "/kind", f"unknown kind {e.get('kind')!r}")
        if not e.get("name"):
            err(p + "/name", "missing")
        kinds[eid] = e.get("kind")
        if "eventType" in e and e.get("kind") != "event":
            err(p + "/eventType", "only events have an eventType")
        for j, m in enumerate(e.get("mentions", [])):
            check_evidence(f"{p}/mentions/{j}", m, "body")
            names = [e.get("name")] + e.get("aliases", [])
            if m.get("quote") not in names:
                err(f"{p}/mentions/{j}/quote", "is not the entity's name or an alias")
    for i, e in enumerate(doc.get("entities", [])):
        for j, m in enumerate(e.get("members", [])):
            if m not in kinds:
                err(f"/entities/{i}/members/{j}", f"unknown entity {m!r}")

    # facts
    fact_ids = set()
    last_pos = (-1, -1)
    for i, f in enumerate(doc.get("facts", [])):
        p = f"/facts/{i}"
        fid, ftype = f.get("id"), f.get("type")
        if fid != f"f{i + 1}" or not FACT_ID_RE.match(str(fid)):
            err(p + "/id", f"expected f{i + 1}, got {fid!r}")
        if fid in fact_ids or fid in kinds:
            err(p + "/id", f"duplicate id {fid!r}")
        fact_ids.add(fid)
        if ftype not in FACT_TYPES:
            err(p + "/type", f"unknown type {ftype!r}")
            continue
        for key in f:
            if key not in OPTIONAL_COMMON | set(REQUIRED[ftype]) | OPTIONAL[ftype]:
                err(f"{p}/{key}", f"field not in the contract for {ftype}")
        for key in REQUIRED[ftype]:
            if key not in f:
                err(f"{p}/{key}", "required")
        source = f.get("source", "body")
        if source not in SOURCES:
            err(p + "/source", f"unknown source {source!r}")
            continue
        # references
        for key, allowed in REFS[ftype].items():
            if key not in f:
                continue
            v = f[key]
            if allowed == "free":
                if not isinstance(v, str) or not v:
                    err(f"{p}/{key}", "expected a non-empty string")
                elif ID_RE.match(v) and v not in kinds:
                    err(f"{p}/{key}", f"looks like an id but no entity {v!r}")
            elif v not in kinds:
                err(f"{p}/{key}", f"unknown entity {v!r}")
            elif kinds[v] not in allowed:
                err(f"{p}/{key}", f"{v!r} is a {kinds[v]}, expected {sorted(allowed)}")
        # values
        if ftype == "attendance":
            if ("person" in f) == ("party" in f):
                err(p, "attendance needs exactly one of person / party")
            if f.get("status") not in STATUSES:
                err(p + "/status", f"unknown status {f.get('status')!r}")
        if ftype == "role" and "rank" in f and not valid_rank(f["rank"]):
            err(p + "/rank", f"unknown rank {f['rank']!r}")
        if ftype == "event-level":
            if not valid_rank(f.get("level", ""), allow_mixed=True):
                err(p + "/level", f"unknown level {f.get('level')!r}")
            if f.get("stage", "actual") not in STAGES:
                err(p + "/stage", f"unknown stage {f.get('stage')!r}")
        if ftype == "event-date" and not ("date" in f or "expression" in f):
            err(p, "event-date needs date or expression")
        if ftype == "quantity":
            if f.get("kind") not in QUANTITY_KINDS:
                err(p + "/kind", f"unknown kind {f.get('kind')!r}")
            if isinstance(f.get("value"), bool) or not isinstance(f.get("value"), (int, float)):
                err(p + "/value", "expected a number")
        if ftype == "claim" and not isinstance(f.get("negated", False), bool):
            err(p + "/negated", "expected a boolean")
        if ftype == "quote" and f.get("text") and f["text"] not in texts[source]:
            err(p + "/text", "quoted words do not occur in the article")
        if "date" in f:
            try:
                d = datetime.date.fromisoformat(f["date"])
            except (TypeError, ValueError):
                err(p + "/date", f"not an ISO date: {f['date']!r}")
            else:
                expr = f.get("expression", "").lower()
                for wd, name in enumerate(WEEKDAYS):
                    if name in expr and d.weekday() != wd:
                        err(p + "/date", f"{d} is not a {name}")
        # evidence
        ev = f.get("evidence")
        if not isinstance(ev, dict):
            err(p + "/evidence", "missing")
            continue
        check_evidence(p + "/evidence", ev, source)
        if ftype == "quote" and f.get("text") not in ev.get("quote", ""):
            err(p + "/evidence/quote", "does not contain the quoted words")
        pos = (SOURCE_ORDER[source], ev.get("start", -1))
        if pos < last_pos:
            err(p, "facts are not in article order")
        last_pos = pos
    return errors


def main(argv):
    if "--check" not in argv:
        doc = build()
        OUT.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(doc['entities'])} entities, {len(doc['facts'])} facts)")
    doc = json.loads(OUT.read_text(encoding="utf-8"))
    errors = check(doc)
    for e in errors:
        print("FAIL " + e, file=sys.stderr)
    if errors:
        return 1
    print(f"check ok: {OUT.name}: {len(doc['entities'])} entities, {len(doc['facts'])} facts, "
          "every quote at its offsets, every reference resolved, ids unique")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
