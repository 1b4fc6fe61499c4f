"""From candidates to the document's events: resolve, merge, sum up (codebook §3–§5)."""

from __future__ import annotations

from marsad.extract.analysis import Analysis
from marsad.extract.candidates import Candidate, _inside
from marsad.extract.types import BOMBARD
from marsad.text.normalize import fold

_SPECIFIC_RANK = {"neighbourhood": 0, "community": 1, "subdistrict": 2, "district": 3,
                  "region": 4, "governorate": 5, "country": 6}


def place_key(c: Candidate) -> str:
    p = c.place.place
    return p.id if p is not None else fold(c.place.name).removeprefix("ال")


def resolve_bombardment(cands: list[Candidate], a: Analysis) -> None:
    """A bare قصف is an air strike when aircraft are named near it for the same
    place (the same or a neighbouring sentence), otherwise shelling (§4)."""
    air_sentences = {a.clauses.index(c.clause) for c in cands if c.type == "air_strike"}
    air_by_place = {}
    for c in cands:
        if c.type == "air_strike":
            air_by_place.setdefault(place_key(c), set()).add(c.clause.sentence)
    for h in a.hits["event_types"]:
        if "air" in h.flags:
            for i, (s, e) in enumerate(a.sentences):
                if s <= h.start < e:
                    air_sentences.add(("s", i))
    for c in cands:
        if c.type != BOMBARD:
            continue
        near = air_by_place.get(place_key(c), set())
        si = c.clause.sentence
        if near or ("s", si) in air_sentences:
            c.type = "air_strike"
        else:
            c.type = "shelling"


def merge(cands: list[Candidate]) -> list[Candidate]:
    """One event per place, type and day: several reports of it become one (§3)."""
    merged: dict[tuple, Candidate] = {}
    for c in cands:
        if c.date_kind == "vague":
            day = "vague"
        elif c.tally:
            day = "tally"
        else:
            day = c.date.isoformat() if c.date else "none"
        key = (place_key(c), c.type, day, c.tally)
        if key in merged:
            _absorb(merged[key], c)
        else:
            merged[key] = c
    events = list(merged.values())
    # an undated repetition of an event joins the dated report of it
    dated: dict[tuple, list[Candidate]] = {}
    for c in events:
        if c.date_kind == "explicit" and not c.tally:
            dated.setdefault((place_key(c), c.type), []).append(c)
    kept = []
    for c in events:
        targets = dated.get((place_key(c), c.type), [])
        if c.date_kind == "default" and len(targets) == 1:
            _absorb(targets[0], c)
            continue
        kept.append(c)
    return kept


def _absorb(into: Candidate, other: Candidate) -> None:
    f, g = into.figures, other.figures
    for kind in ("killed", "injured"):
        q, oq = getattr(f, f"{kind}_qualifier"), getattr(g, f"{kind}_qualifier")
        v, ov = getattr(f, kind), getattr(g, kind)
        if oq is None:
            continue
        # a number beats a vague figure; of two numbers the lower one (§9)
        if q is None or (v is None and ov is not None) or (ov is not None and v is not None and ov < v):
            setattr(f, kind, ov)
            setattr(f, f"{kind}_qualifier", oq)
            f.spans[kind] = g.spans[kind]
    for k, n in g.killed_groups.items():
        f.killed_groups.setdefault(k, n)
    for code, span in other.perpetrators.items():
        into.perpetrators.setdefault(code, span)
    into.targets |= other.targets
    for code, span in other.sources.items():
        into.sources.setdefault(code, span)
    into.claimed = into.claimed or other.claimed
    for ev in other.evidence:
        if ev not in into.evidence:
            into.evidence.append(ev)
    if into.date_span is None and other.date_span is not None and into.date == other.date:
        into.date_span = other.date_span


def summary_and_detail(events: list[Candidate]) -> list[Candidate]:
    """Drop a coarse event when the article reports the same type on the same
    day at a more specific place inside it; its toll goes to the first such
    event if that has none (§5)."""
    kept: list[Candidate] = []
    for c in events:
        if c.tally:
            kept.append(c)
            continue
        inner = [
            d for d in events
            if d is not c and not d.tally and d.type == c.type and _same_day(c, d)
            and _more_specific(d, c) and _inside(d.place, c.place)
        ]
        if not inner:
            kept.append(c)
            continue
        first = min(inner, key=lambda d: d.place.start)
        if first.figures.killed_qualifier is None and c.figures.killed_qualifier is not None:
            first.figures.killed = c.figures.killed
            first.figures.killed_qualifier = c.figures.killed_qualifier
            first.figures.spans["killed"] = c.figures.spans["killed"]
        if first.figures.injured_qualifier is None and c.figures.injured_qualifier is not None:
            first.figures.injured = c.figures.injured
            first.figures.injured_qualifier = c.figures.injured_qualifier
            first.figures.spans["injured"] = c.figures.spans["injured"]
        for code, span in c.perpetrators.items():
            if not first.perpetrators:
                first.perpetrators[code] = span
        for code, span in c.sources.items():
            first.sources.setdefault(code, span)
    return kept


def _same_day(a: Candidate, b: Candidate) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def _more_specific(d: Candidate, c: Candidate) -> bool:
    dp, cp = d.place.place, c.place.place
    if dp is None or cp is None:
        return False
    return _SPECIFIC_RANK.get(dp.precision, 9) < _SPECIFIC_RANK.get(cp.precision, 9)
