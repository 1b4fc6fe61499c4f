"""From candidates to the document's events: resolve, merge, sum up (codebook §3–§5)."""

from __future__ import annotations

from marsad.extractor.analysis import Analysis
from marsad.extractor.candidates import Candidate, _add_figures
from marsad.extractor.places import COARSE, inside, place_key as _place_key
from marsad.extractor.types import BOMBARD, NO_AIR_FORCE
from marsad.geo.matcher import COMPASS
from marsad.text.normalize import fold

_SPECIFIC_RANK = {"neighbourhood": 0, "community": 1, "subdistrict": 2, "district": 3,
                  "region": 4, "governorate": 5, "country": 6}


def place_key(c: Candidate) -> str:
    return _place_key(c.place)


def resolve_bombardment(cands: list[Candidate], a: Analysis) -> None:
    """A bare قصف is an air strike when aircraft are named near it: in its
    sentence, at the same place or area, or anywhere in an article that names
    no ground weapon at all; otherwise it is shelling (§4)."""
    air_hits = [h for h in a.hits["event_types"] if "air" in h.flags and "weak" not in h.flags]
    ground = any(h.label == "shelling" and not ({"bombard", "weak"} & h.flags) for h in a.hits["event_types"])
    air_places = {place_key(c) for c in cands if c.type == "air_strike"}
    air_areas = {c.place.place.admin1 for c in cands if c.type == "air_strike" and c.place.place is not None}
    for c in cands:
        if c.type != BOMBARD:
            continue
        s, e = a.sentences[c.clause.sentence]
        near = any(s <= h.start < e for h in air_hits)
        area = c.place.place.admin1 if c.place.place is not None else None
        same_area = place_key(c) in air_places or (area is not None and area in air_areas and
                                                  (c.tally or (c.place.place and c.place.place.precision in COARSE)))
        grounded = bool(c.perpetrators) and set(c.perpetrators) <= NO_AIR_FORCE  # "قصف مقاتلي الهيئة للبلدتين"
        c.type = "air_strike" if not grounded and (near or same_area or (air_hits and not ground)) else "shelling"



def merge(cands: list[Candidate]) -> list[Candidate]:
    """One event per place, type and day: several reports of it become one (§3)."""
    merged: dict[tuple, Candidate] = {}
    for c in cands:
        if c.tally:
            day = "tally"
        elif c.date_kind == "vague":
            day = "vague"
        else:
            day = c.date.isoformat() if c.date else "none"
        key = (place_key(c), c.type, day)
        if key in merged:
            _absorb(merged[key], c)
        else:
            merged[key] = c
    events = list(merged.values())
    # an undated or vaguely dated repetition of an event joins its dated report
    dated: dict[tuple, list[Candidate]] = {}
    for c in events:
        if c.date_kind == "explicit" and not c.tally:
            dated.setdefault((place_key(c), c.type), []).append(c)
    kept = []
    for c in events:
        targets = dated.get((place_key(c), c.type), [])
        if c.date_kind in ("default", "vague") and len(targets) == 1 and targets[0] is not c:
            _absorb(targets[0], c)
            continue
        kept.append(c)
    return kept


def _absorb(into: Candidate, other: Candidate) -> None:
    _add_figures(into, other.figures, other.figures.sources or other.sources, other.updated)
    if other.claimed and into.perpetrator_guessed:
        into.perpetrators.clear()  # the claimant replaces a guess from the side hit
        into.perpetrator_guessed = False
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
    day at a more specific place inside it (§5). Its toll goes to the first
    such event if that has none; its attackers and sources, said for the whole
    series, go to each of them. A coarse report with no toll of its own at the
    place of a tally is that tally's campaign, not a further incident."""
    tallies = {(place_key(c), c.type) for c in events if c.tally}
    kept: list[Candidate] = []
    for c in events:
        if c.tally:
            kept.append(c)
            continue
        if (c.place.place is not None and c.place.place.precision in COARSE and c.figures.empty
                and (place_key(c), c.type) in tallies):
            continue
        inner = [
            d for d in events
            if d is not c and not d.tally and d.type == c.type and _same_day(c, d)
            and _more_specific(d, c) and inside(d.place, c.place)
        ]
        if not inner:
            kept.append(c)
            continue
        first = min(inner, key=lambda d: d.place.start)
        f, cf = first.figures, c.figures
        for kind in ("killed", "injured"):
            if getattr(f, f"{kind}_qualifier") is None and getattr(cf, f"{kind}_qualifier") is not None:
                setattr(f, kind, getattr(cf, kind))
                setattr(f, f"{kind}_qualifier", getattr(cf, f"{kind}_qualifier"))
                f.spans[kind] = cf.spans[kind]
        for d in inner:
            if not d.perpetrators or d.type == "armed_clash":
                for code, span in c.perpetrators.items():  # the sides of a clash are all its sides
                    d.perpetrators.setdefault(code, span)
            if not d.sources or not set(d.sources) & set(c.sources):
                # the lead's attribution covers its details too, unless a detail
                # re-attributes itself to one of the lead's own sources
                for code, span in c.sources.items():
                    d.sources.setdefault(code, span)
    return kept


def drop_countrywide(events: list[Candidate]) -> list[Candidate]:
    """An attack located only at a whole country ('ضربات جوية في سوريا') with no toll
    is talk about attacks (threats, denials, diplomacy), not an incident a coder
    could place; with a toll it stays, the dead must be counted (§3, §12). A toll
    over a whole country is the war's, not a campaign's: no tally either; a part
    of it ('جنوبي سوريا') may hold a campaign."""
    return [c for c in events if c.place.place is None or c.place.place.level != "country"
            or (not c.figures.empty and (not c.tally or fold(c.place.name).split()[0] in COMPASS))]


def _same_day(a: Candidate, b: Candidate) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def _more_specific(d: Candidate, c: Candidate) -> bool:
    dp, cp = d.place.place, c.place.place
    if cp is None:
        return False
    # a place the gazetteer lacks is named as a town or area of its own (منطقة عطيرة)
    rank = _SPECIFIC_RANK.get(dp.precision, 9) if dp is not None else _SPECIFIC_RANK["community"]
    return rank < _SPECIFIC_RANK.get(cp.precision, 9)
