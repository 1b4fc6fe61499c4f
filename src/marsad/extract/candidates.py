"""Candidate events: one per place, type and day of each clause (codebook §3).

:func:`read_clauses` walks the document's clauses in order and keeps the
state a human coder keeps while reading: the attackers named for each type of
attack so far (the series rule, §7), the last sources named, the date last
stated, and the event the text is currently talking about (so "واستشهد سبعة
أشخاص" adds its toll to the strike just reported).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.extract.analysis import Analysis, Clause
from marsad.extract.attribution import clause_sources
from marsad.extract.figures import Figures, clause_figures
from marsad.extract.lexicon import Hit
from marsad.extract.roles import clause_roles
from marsad.extract.types import BOMBARD, TypeCue, clause_types, victim_type
from marsad.geo import PlaceMention
from marsad.text.normalize import fold

BACKGROUND_DAYS = 30  # codebook §6: older incidents are history
_COARSE = ("governorate", "region", "country", "district", "subdistrict")
_GROUP_TARGET = {"civilians": "civilians", "children": "civilians", "women": "civilians", "fighters": "military"}


@dataclass(slots=True)
class Candidate:
    type: str
    place: PlaceMention
    clause: Clause
    date: dt.date | None
    date_kind: str  # explicit | default | vague | none
    date_span: tuple[int, int] | None
    type_span: tuple[int, int]
    perpetrators: dict[str, tuple[int, int]] = field(default_factory=dict)
    targets: set[str] = field(default_factory=set)
    figures: Figures = field(default_factory=Figures)
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)
    claimed: bool = False
    tally: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)

    @property
    def precision(self) -> str | None:
        return self.place.place.precision if self.place.place else None


@dataclass(slots=True)
class _State:
    series: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)
    date: tuple[dt.date, tuple[int, int]] | None = None
    focus: list[Candidate] = field(default_factory=list)
    focus_sentence: int = -10


def _kinds(hits: list[Hit], *kinds: str) -> list[Hit]:
    return [h for h in hits if h.label in kinds]


def _event_places(a: Analysis, clause: Clause, blocked: list[tuple[int, int]]) -> list[PlaceMention]:
    """The places a clause reports events at, most specific first in text order.

    Dropped: a place inside an actor or source name (قوات سوريا الديمقراطية),
    a place that only describes a source (مدير الدفاع المدني في ريف دمشق), and
    a place that merely contains another place of the clause (بلدة اعزاز بريف
    حلب → اعزاز).
    """
    places = [
        p for p in a.places_in(clause.start, clause.end)
        if not any(s <= p.start and p.end <= e for s, e in blocked)
    ]
    if len(places) <= 1:
        return places
    specific = [p for p in places if p.place is None or p.place.precision not in _COARSE]
    kept = []
    for p in places:
        if p.place is not None and p.place.precision in _COARSE and specific:
            inner = [q for q in specific if q.place is not None and _inside(q, p)]
            if inner or p.place.level == "country":
                continue
        kept.append(p)
    # a city named only as the container of a neighbourhood of it
    return [p for p in kept if not any(q is not p and q.place and p.place and q.place.level == "neighbourhood"
                                       and p.place.id in q.place.parents for q in kept)]


def _inside(inner: PlaceMention, outer: PlaceMention) -> bool:
    from marsad.geo import contains

    if inner.place is None or outer.place is None:
        return False
    if contains(outer.place, inner.place):
        return True
    if outer.place.level == "country":
        return inner.place.country == outer.place.country
    return outer.place.precision in ("governorate", "region") and outer.place.admin1 == inner.place.admin1


def _clause_date(a: Analysis, clause: Clause, state: _State):
    """(date, kind, span) for a clause; None kind 'history' when it is too old."""
    mentions = a.dates_in(clause.start, clause.end)
    if not mentions:
        s, e = a.sentences[clause.sentence]
        mentions = a.dates_in(s, e)
    for m in mentions:
        if m.kind == "period":
            if a.reference and m.latest and (a.reference - m.latest).days > BACKGROUND_DAYS:
                return None, "history", None
            continue
        if m.date is None:
            return None, "vague", (m.start, m.end)
        if a.reference and (a.reference - m.date).days > BACKGROUND_DAYS:
            return None, "history", None
        return m.date, "explicit", (m.start, m.end)
    if state.date is not None:
        return state.date[0], "explicit", state.date[1]
    return a.reference, "default", None


def read_clauses(a: Analysis) -> list[Candidate]:
    """Candidate events of the whole document, in reading order."""
    state = _State()
    _seed_series_from_title(a, state)
    out: list[Candidate] = []
    ctx_all = a.hits["context"]
    blocked = [(h.start, h.end) for h in a.hits["actors"] if len(h.pattern) > 4] + [
        (h.start, h.end) for h in a.hits["sources"] if len(h.pattern) > 4
    ]
    for clause in a.clauses:
        cs, ce = clause.start, clause.end
        ctx = [h for h in ctx_all if cs <= h.start < ce]
        ctx_kinds = {h.label for h in ctx}
        type_hits = [h for h in a.cues("event_types", cs, ce)
                     if not any(s <= h.start and h.end <= e for s, e in blocked if (s, e) != (h.start, h.end))]
        types = clause_types(type_hits)
        if "foiled" in ctx_kinds:
            types = [t for t in types if t.type not in ("air_strike", "shelling", BOMBARD)]
        if "threat" in ctx_kinds:
            types = []
        cas = a.cues("casualties", cs, ce)
        figures = clause_figures(
            a.text, cs, ce, cas, a.quantities_in(cs, ce), a.cues("persons", cs, ce), a.cues("groups", cs, ce), fold
        )
        s_start, s_end = a.sentences[clause.sentence]
        sentence_ctx = [h for h in ctx_all if s_start <= h.start < s_end]
        sources = clause_sources(a.cues("sources", cs, ce), _kinds(ctx, "attribution"))
        if not sources:
            sources = clause_sources(a.cues("sources", s_start, s_end), _kinds(sentence_ctx, "attribution"))
        if sources:
            state.sources = sources
        else:
            # the series rule for attribution (§10): an unattributed report, or
            # one attributed with "أضاف" / "وفق المصدر نفسه", continues the
            # source named before it
            sources = dict(state.sources)
        roles = clause_roles(
            a.cues("actors", cs, ce),
            _kinds(ctx, "victim"),
            type_hits,
            [t for t in a.cues("targets", cs, ce) if t.label == "military"],
        )
        unknown = "unknown" in ctx_kinds
        claim = "claim" in ctx_kinds
        targets = _clause_targets(a, clause, figures)
        date, date_kind, date_span = _clause_date(a, clause, state)
        if date_kind == "history":
            continue
        places = _event_places(a, clause, blocked)
        if "wholewar" in ctx_kinds:
            continue
        is_tally = not figures.empty and "tally" in ctx_kinds
        if not types and not figures.empty and (places or is_tally):
            if "background" in ctx_kinds and not is_tally:
                continue
            t = _framing_type(out, a) or victim_type(figures.killed_groups, targets)
            types = [TypeCue(t, tuple(cas[:1]))]
        if not types:
            # a toll or claim about the event just reported
            if state.focus and clause.sentence - state.focus_sentence <= 2:
                if not figures.empty and not places:
                    _add_figures(state.focus[0], figures)
                    state.focus[0].evidence.append(a.sentences[clause.sentence])
                if claim and roles.agents:
                    for c in state.focus:
                        c.claimed = True
                        c.perpetrators.update(roles.agents)
                        c.sources.setdefault("faction", next(iter(roles.agents.values())))
            continue
        if "background" in ctx_kinds and figures.empty and not is_tally:
            _remember_series(state, types, roles)
            continue
        if not places:
            deixis = "deixis" in ctx_kinds
            if state.focus and (deixis or not figures.empty or claim) and clause.sentence - state.focus_sentence <= 2:
                places = [state.focus[0].place]
            else:
                _remember_series(state, types, roles)
                continue
        if date_kind == "explicit" and date_span is not None and a.dates_in(cs, ce):
            state.date = (date, date_span)
        made: list[Candidate] = []
        for tcue in types:
            perps = _perpetrators(tcue, types, roles, state, unknown)
            for p in places:
                c = Candidate(
                    type=tcue.type, place=p, clause=clause, date=date if not is_tally else None,
                    date_kind=date_kind if not is_tally else "none", date_span=date_span,
                    type_span=(tcue.cues[0].start, tcue.cues[0].end),
                    perpetrators=dict(perps), targets=set(targets), sources=dict(sources),
                    claimed=claim and bool(roles.agents), tally=is_tally,
                    evidence=[a.sentences[clause.sentence]],
                )
                if c.claimed:
                    c.sources.setdefault("faction", next(iter(roles.agents.values())))
                made.append(c)
        if made and not figures.empty:
            _add_figures(made[0], figures)
        out.extend(made)
        if not is_tally:
            state.focus = made
            state.focus_sentence = clause.sentence
        _remember_series(state, types, roles)
    return out


def _perpetrators(tcue: TypeCue, types: list[TypeCue], roles, state: _State, unknown: bool):
    if unknown:
        return {}
    agents = dict(roles.agents)
    if len(types) > 1 and agents:
        # an attacker belongs to the cue it stands next to (غارات روسية وقصف مدفعي)
        nearest = {}
        for code, span in agents.items():
            best = min(types, key=lambda t: min(abs(span[0] - h.start) for h in t.cues))
            if best is tcue:
                nearest[code] = span
        agents = nearest
    if tcue.type == "armed_clash":
        merged = dict(agents)
        merged.update({k: v for k, v in roles.victims.items() if k not in merged})
        if merged:
            return merged
    if agents:
        return agents
    return dict(state.series.get(_family(tcue.type), {}))


def _family(t: str) -> str:
    return "air_strike" if t == BOMBARD else t


def _remember_series(state: _State, types: list[TypeCue], roles) -> None:
    if not roles.agents:
        return
    for t in types:
        state.series[_family(t.type)] = dict(roles.agents)


def _seed_series_from_title(a: Analysis, state: _State) -> None:
    th = a.title_hits
    if not th:
        return
    actors = {h.label: (0, 0) for h in th.get("actors", [])}
    for t in clause_types(th.get("event_types", [])):
        if actors and t.type != "armed_clash":
            state.series.setdefault(_family(t.type), {}).update(actors)


def _add_figures(c: Candidate, f: Figures) -> None:
    """Give a candidate the figures of a clause (a number beats a vague figure)."""
    cf = c.figures
    for kind in ("killed", "injured"):
        q = getattr(f, f"{kind}_qualifier")
        if q is None:
            continue
        cur_q = getattr(cf, f"{kind}_qualifier")
        val = getattr(f, kind)
        if cur_q is None or (getattr(cf, kind) is None and val is not None):
            setattr(cf, kind, val)
            setattr(cf, f"{kind}_qualifier", q)
            cf.spans[kind] = f.spans[kind]
    for g, n in f.killed_groups.items():
        cf.killed_groups.setdefault(g, n)
    for g in f.killed_groups:
        if g in _GROUP_TARGET:
            c.targets.add(_GROUP_TARGET[g])


def _clause_targets(a: Analysis, clause: Clause, figures: Figures) -> set[str]:
    found = set()
    for t in a.cues("targets", clause.start, clause.end):
        before = fold(a.text[max(clause.start, t.start - 6):t.start])
        if before.rstrip().endswith("الى"):
            continue  # نقلهم إلى المستشفيات: where the wounded went, not what was hit
        found.add(t.label)
    for g in figures.killed_groups:
        if g in _GROUP_TARGET:
            found.add(_GROUP_TARGET[g])
    return found


def _framing_type(previous: list[Candidate], a: Analysis) -> str | None:
    """The bombardment type the article has framed its events with so far."""
    for c in previous:
        if c.type in ("air_strike", "shelling", BOMBARD, "chemical_weapon"):
            return c.type
    return None
