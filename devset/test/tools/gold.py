#!/usr/bin/env python3
"""Build the gold facts of one TEST-split article, and its planted / look-alike variants.

    python3 devset/test/tools/gold.py facts <id>      # specs/<id>.py -> devset/test/<id>.facts.json
    python3 devset/test/tools/gold.py variants <id>   # the VARIANTS list of specs/<id>.py -> .txt (+ .expect)
    python3 devset/test/tools/gold.py words           # word counts of the bodies (for SOURCES.md)

A spec (specs/<id>.py) is plain Python that defines ENTITIES, FACTS and VARIANTS with the helpers
below. Every fact is written with its evidence quote only: offsets (UTF-16 code units, end
exclusive) and sentence numbers are computed here from the article's .txt, never by hand, and a
quote that is not in the text (or occurs more than once without `nth`) stops the build.
Python 3 standard library only.
"""

import json
import re
import sys
from pathlib import Path

SPLIT = Path(__file__).resolve().parent.parent
SPECS = Path(__file__).resolve().parent / "specs"


# ----------------------------------------------------------------------------- the article file
def read_article(path):
    """Front matter dict and body of an article .txt (body: after the closing ---, no final newline)."""
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---\n"):
        raise SystemExit(f"{path}: no front matter")
    end = raw.index("\n---\n", 3)
    meta = {}
    for line in raw[4:end].split("\n"):
        key, _, value = line.partition(": ")
        meta[key.strip()] = value
    body = raw[end + 5:]
    if body.endswith("\n"):
        body = body[:-1]
    return meta, body


def write_article(path, meta, body):
    head = "".join(f"{k}: {meta[k]}\n" for k in ("id", "headline", "published", "url"))
    path.write_text("---\n" + head + "---\n" + body + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- offsets
def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def sentence_starts(text):
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


def evidence(text, quote, nth=None):
    occ = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not occ:
        raise SystemExit(f"quote not found: {quote!r}")
    if nth is None and len(occ) > 1:
        raise SystemExit(f"quote occurs {len(occ)} times, say which (nth=): {quote!r}")
    i = occ[(nth or 1) - 1]
    starts = sentence_starts(text)
    return {"quote": quote, "start": utf16_len(text[:i]), "end": utf16_len(text[:i + len(quote)]),
            "sentence": sum(1 for s in starts if s <= i)}, i


# ----------------------------------------------------------------------------- spec helpers
def _ent(id, kind, name, aliases=(), **kw):
    e = {"id": id, "kind": kind, "name": name}
    if aliases:
        e["aliases"] = list(aliases)
    e.update({k: v for k, v in kw.items() if v is not None})
    return e


def person(id, name, aliases=()):
    return _ent(id, "person", name, aliases)


def country(id, name, aliases=()):
    return _ent(id, "country", name, aliases)


def org(id, name, aliases=()):
    return _ent(id, "organisation", name, aliases)


def place(id, name, aliases=()):
    return _ent(id, "place", name, aliases)


def event(id, name, eventType, aliases=()):
    return _ent(id, "event", name, aliases, eventType=eventType)


def group(id, name, members, aliases=()):
    return _ent(id, "group", name, aliases, members=list(members))


def _fact(type, quote, nth=None, **fields):
    return {"type": type, "_quote": quote, "_nth": nth,
            **{k: v for k, v in fields.items() if v is not None}}


def role(q, person, title, of=None, rank=None, nth=None):
    return _fact("role", q, nth, person=person, title=title, of=of, rank=rank)


def attendance(q, event, status, person=None, party=None, nth=None):
    return _fact("attendance", q, nth, event=event, person=person, party=party, status=status)


def level(q, event, level, stage="actual", nth=None):
    return _fact("event-level", q, nth, event=event, level=level, stage=stage)


def when(q, event, date=None, expression=None, nth=None):
    return _fact("event-date", q, nth, event=event, date=date, expression=expression)


def where(q, event, place, nth=None):
    return _fact("event-place", q, nth, event=event, place=place)


def presence(q, person, place, date=None, nth=None):
    return _fact("presence", q, nth, person=person, place=place, date=date)


def sequence(q, before, after, nth=None):
    return _fact("sequence", q, nth, before=before, after=after)


def quote(q, speaker, text, channel=None, event=None, date=None, nth=None):
    return _fact("quote", q, nth, speaker=speaker, text=text, channel=channel, event=event, date=date)


def quantity(q, subject, property, value, kind, nth=None):
    return _fact("quantity", q, nth, subject=subject, property=property, value=value, kind=kind)


def affiliation(q, person, of, nth=None):
    return _fact("affiliation", q, nth, person=person, of=of)


def claim(q, subject, predicate, object, negated=False, date=None, nth=None):
    return _fact("claim", q, nth, subject=subject, predicate=predicate, object=object,
                 negated=negated or None, date=date)


def planted(slug, category, old, new):
    """A planted contradiction: `old` (exact, once in the body) becomes `new`; `new` is the sentence
    named in the .expect unless `sentence=` differs (see planted_s)."""
    return {"kind": "planted", "slug": slug, "category": category, "old": old, "new": new, "sentence": None}


def planted_s(slug, category, old, new, sentence):
    return {"kind": "planted", "slug": slug, "category": category, "old": old, "new": new,
            "sentence": sentence}


def lookalike(slug, old, new):
    return {"kind": "lookalike", "slug": slug, "old": old, "new": new}


HELPERS = {n: globals()[n] for n in (
    "person", "country", "org", "place", "event", "group", "role", "attendance", "level", "when",
    "where", "presence", "sequence", "quote", "quantity", "affiliation", "claim", "planted",
    "planted_s", "lookalike")}


def load_spec(article_id):
    ns = dict(HELPERS)
    exec(compile((SPECS / f"{article_id}.py").read_text(encoding="utf-8"), f"{article_id}.py", "exec"), ns)
    return ns


# ----------------------------------------------------------------------------- commands
def person_mentions(entity, body):
    """Every place the body names a person: full name first, then aliases outside it."""
    names = [entity["name"]] + entity.get("aliases", [])
    taken, found = [], []
    for name in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", body):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), name))
    starts = sentence_starts(body)
    return [{"quote": n, "start": utf16_len(body[:i]), "end": utf16_len(body[:i + len(n)]),
             "sentence": sum(1 for s in starts if s <= i)} for i, n in sorted(found)]


def build_facts(article_id):
    meta, body = read_article(SPLIT / f"{article_id}.txt")
    spec = load_spec(article_id)
    entities = []
    for e in spec["ENTITIES"]:
        e = dict(e)
        if e["kind"] == "person":
            e["mentions"] = person_mentions(e, body)
        entities.append(e)
    located = []
    for order, f in enumerate(spec["FACTS"]):
        ev, i = evidence(body, f["_quote"], f["_nth"])
        located.append((i, order, f, ev))
    located.sort(key=lambda t: (t[0], t[1]))
    facts = []
    for n, (_, _, f, ev) in enumerate(located, 1):
        out = {"id": f"f{n}", "type": f["type"]}
        out.update({k: v for k, v in f.items() if not k.startswith("_") and k != "type"})
        out["evidence"] = ev
        facts.append(out)
    doc = {"format": "factlint-facts/1",
           "article": {"id": meta["id"], "headline": meta["headline"], "published": meta["published"],
                       "language": "en", "url": meta["url"], "text": body},
           "entities": entities, "facts": facts}
    out = SPLIT / f"{article_id}.facts.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(entities)} entities, {len(facts)} facts")


def build_variants(article_id):
    meta, body = read_article(SPLIT / f"{article_id}.txt")
    spec = load_spec(article_id)
    for v in spec.get("VARIANTS", []):
        if body.count(v["old"]) != 1:
            raise SystemExit(f"{v['slug']}: the text to change occurs {body.count(v['old'])} times: {v['old']!r}")
        vid = f"{article_id}--{v['kind']}-{v['slug']}"
        vbody = body.replace(v["old"], v["new"])
        write_article(SPLIT / f"{vid}.txt", dict(meta, id=vid), vbody)
        if v["kind"] == "planted":
            sentence = v["sentence"] or v["new"].strip()
            if sentence not in vbody:
                raise SystemExit(f"{v['slug']}: the .expect sentence is not in the variant: {sentence!r}")
            (SPLIT / f"{vid}.expect").write_text(f"category: {v['category']}\nsentence: {sentence}\n",
                                                  encoding="utf-8")
        print(vid)


def words():
    for p in sorted(SPLIT.glob("*.txt")):
        if "--" in p.name:
            continue
        _, body = read_article(p)
        print(f"{p.stem}\t{len(body.split())}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "facts":
        build_facts(sys.argv[2])
    elif cmd == "variants":
        build_variants(sys.argv[2])
    elif cmd == "words":
        words()
    else:
        raise SystemExit(__doc__)
