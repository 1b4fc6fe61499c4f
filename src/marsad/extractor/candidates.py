"""Candidate events: one per place, type and day of each clause (codebook §3).

:func:`read_clauses` walks the document's clauses in order and keeps the
state a human coder keeps while reading: the attackers named for each type of
attack so far (the series rule, §7), the last sources named (§10), the date
last stated, and the event the text is currently talking about, so that
"واستشهد سبعة أشخاص" adds its toll to the strike just reported and "وأعلن
داعش مسؤوليته عن التفجير" marks that strike as claimed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from marsad.extractor.analysis import Analysis, Clause
from marsad.extractor.attribution import THAT_FOLDED, clause_sources
from marsad.extractor.dating import BACKGROUND_DAYS, clause_date, late_date, names_past_incident
from marsad.extractor.figures import Figures, clause_figures, elliptic_figures
from marsad.extractor.lexicon import Hit
from marsad.extractor.places import COARSE, event_places, place_key
from marsad.extractor.roles import NISBA_ENDINGS, Roles, clause_roles
from marsad.extractor.types import _ATTACK_NOUNS, BOMBARD, NO_AIR_FORCE, TypeCue, clause_types, victim_type
from marsad.geo import PlaceMention
from marsad.geo.matcher import COMPASS
from marsad.text.normalize import fold
from marsad.text.numbers import find_quantities

# a toll this large is a campaign's ("أدى الهجوم على الغوطة إلى مقتل أكثر من 1500 شخص"): a
# tally, never more detail of the incident just reported
CAMPAIGN_DEATHS = 500
WHOLE_WAR_DEATHS = 50_000  # no incident or campaign toll in these wars comes near this: a whole-war toll
_GROUP_TARGET = {"civilians": "civilians", "children": "civilians", "women": "civilians", "fighters": "military"}
_GOES_ON = frozenset(fold(w) for w in ("أضاف", "أضافت", "أوضح", "أوضحت", "تابع", "مضيفا", "مشيرا"))
_SINCE = fold("منذ")
_AFTER = (fold("بعد"), fold("إثر"), fold("عقب"))  # "سيطرت على X بعد معارك"
_RETALIATION = (fold("لرد"), fold("لأي رد"), fold("رد"))  # "تحسبا لرد على الغارة": the strike did happen
_PLURALS = ("هجمات", "مجازر")  # generic plurals: a pattern unless a toll makes them one report
_TO = fold("إلى")


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
    updated: bool = False  # its toll was stated as a new, raised figure
    perpetrator_unknown: bool = False  # the text says nobody knows who did it
    perpetrator_guessed: bool = False  # only the side hit is known; a claim or later report replaces it
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class _State:
    series: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)
    date: tuple[dt.date, tuple[int, int]] | None = None
    focus: list[Candidate] = field(default_factory=list)
    focus_sentence: int = -10
    last_tally: Candidate | None = None
    tally_sentence: int = -10
    history_paragraph: int = -1  # the paragraph of the last clause about a dated past incident
    statement_day: dt.date | None = None  # the day of the last dated statement ("قال المرصد يوم الثلاثاء")
    last_towns: list[PlaceMention] = field(default_factory=list)  # the towns last named, for "المدينة"
    last_agents: dict[str, tuple[int, int]] = field(default_factory=dict)
    agents_sentence: int = -10


def _kinds(hits: list[Hit], *kinds: str) -> list[Hit]:
    return [h for h in hits if h.label in kinds]


def read_clauses(a: Analysis) -> list[Candidate]:
    """Candidate events of the whole document, in reading order."""
    state = _State()
    _seed_series_from_title(a, state)
    out: list[Candidate] = []
    # names of actors and sources are no places (قوات سوريا الديمقراطية، السويداء 24)
    blocked = [(h.word_start, h.end) for h in a.hits["actors"] if len(h.pattern) > 4] + [
        (h.word_start, h.end) for h in a.hits["sources"] if len(h.pattern) > 4
    ]
    framing = _framing(a)
    # a quake, a fire or a crash in the lead of an article that names no attack: its tolls have no attacker
    disaster = framing is None and bool(a.sentences) and any(
        h.label in ("accident", "disaster") for h in a.cues("context", *a.sentences[0]))
    # "مستبعداً فرضية الهجوم": the text rules an attack out, so its blasts are accidents
    no_attack = any(h.label == "no_attack" for h in a.hits["context"])
    disaster = disaster or no_attack
    series_anywhere: dict[str, dict[str, tuple[int, int]]] = {}
    for clause in a.clauses:
        cs, ce = clause.start, clause.end
        ctx = a.cues("context", cs, ce)
        if any(h.label == "tally" for h in ctx):
            ctx = [h for h in ctx if h.label != "tally" or not _compares(a, h)]
        ctx_kinds = {h.label for h in ctx}
        towns_before = state.last_towns
        focus_sides: dict[str, tuple[int, int]] = {}
        towns = [p for p in a.places_in(cs, ce) if p.place is not None and p.place.country == "SY"
                 and p.place.precision == "community"]
        if towns:
            state.last_towns = towns  # what "المدينة" and "البلدتين" refer back to
        said = [m for m in a.dates_in(cs, ce) if a.is_report_date(m) and m.date is not None]
        if said:
            state.statement_day = said[0].date  # "قال المرصد يوم الثلاثاء": what "أمس" means below
        unknown_here = "unknown" in ctx_kinds
        if ctx_kinds & {"history", "trial"} or ("wholewar" in ctx_kinds and not _dated_day(a, cs, ce)):
            continue  # "قتل 22 مقاتلا الخميس في السويداء التي بقيت بمنأى ... خلال سنوات النزاع" has its day
        if not ctx_kinds & {"claim", "unknown"} and not a.cues("casualties", cs, ce) \
                and all(h.label == "none" for h in a.cues("event_types", cs, ce)):
            _quiet_clause(a, clause, ctx, state)  # reports no violence: only what it tells later clauses
            continue
        framed = [(h.start, h.end) for h in ctx if h.label in ("tally", "wholewar", "background")]
        local_blocked = [(s, e) for s, e in blocked if s < ce and cs < e]
        # "خرج المئات في القامشلي تنديدا بالقصف على عامودا": the protest's place is no scene
        local_blocked += [(cs, h.start) for h in ctx if h.label == "protest"]
        responded = [(h.end, h.end + 30) for h in ctx if h.label == "response"]
        # "سلموا أسلحتهم الثقيلة بما فيها ... قذائف هاون": weapons handed over or seized
        responded += [(h.end, h.end + _ARMS_REACH) for h in ctx if h.label == "arms"]
        named = [(p.start, p.end) for p in a.places_in(cs, ce)]
        type_hits = [h for h in a.cues("event_types", cs, ce)
                     if not any(s <= h.start < e for s, e in responded)  # "ردا على الهجوم الكيماوي"
                     and not any(s <= h.start and h.end <= e for s, e in named)  # the quarter "حي الطيران"
                     and not a.before(h.word_start, 10).endswith(("بينهم", "بينها"))
                     # "منذ سيطرة النظام على الميادين": the past point a span is counted from
                     and a.before(h.word_start, 8).split()[-1:] != [_SINCE]]
        # "منذ بدء الهجوم": the campaign's word names the type only if nothing else does
        unframed = [h for h in type_hits if not any(s <= h.start and h.end <= e for s, e in framed)]
        if any(h.label != "none" for h in unframed):
            type_hits = unframed
        military = [t for t in a.cues("targets", cs, ce) if t.label == "military"]

        def _assault(h: Hit) -> bool:
            """هجوم على مواقع/محاور: an assault on held positions, an armed clash (§4)."""
            return h.pattern.startswith(_ATTACK_NOUNS) and any(0 <= t.start - h.end <= 40 for t in military)

        types = clause_types(type_hits, _assault, lambda h: a.before(h.word_start, 6).endswith(_AFTER))
        if no_attack:
            types = [t for t in types if t.type != "remote_explosive" or any("weak" not in h.flags for h in t.cues)]
        threatened = "threat" in ctx_kinds or any(h.label == "precaution" and not fold(a.text[h.end:h.end + 8])
                                                  .lstrip().startswith(_RETALIATION) for h in ctx)
        if threatened:
            types = []  # "تحسبا لأي هجوم": guarding against attacks; "تحسبا لرد على الغارة" reports one
        if not roles_agents_in(a, cs, ce):
            types = [t for t in types if t.type != "territory_change" or any("weak" not in h.flags for h in t.cues)]
        if "attempt" in ctx_kinds:
            types = [t for t in types if t.type != "territory_change"]  # tried to storm it: not taken
        if "negotiated" in ctx_kinds:
            types = [t for t in types if t.type != "territory_change"]  # §4: a handover is no event
        cas = a.cues("casualties", cs, ce)
        figures = clause_figures(
            a.text, cs, ce, cas, a.quantities_in(cs, ce), a.cues("persons", cs, ce), a.cues("groups", cs, ce), fold
        ) if cas else elliptic_figures(a.text, cs, a.quantities_in(cs, ce),
                                       a.cues("casualties", a.sentences[clause.sentence][0], cs), fold)
        if "partof" in ctx_kinds:
            figures = Figures()
        if "accident" in ctx_kinds or (ctx_kinds & {"comment", "protest", "sport"} and figures.empty):
            # a crash or a quake has no attacker; "أدان القصف" reports no incident of its own (§4),
            # but "نفت سوريا شن القوات الحكومية أي هجوم كيماوي" names the accused (§7)
            for family, accused in _denied(a, ctx, types, cs, ce).items():
                series_anywhere.setdefault(family, accused)
            continue
        if (figures.killed or 0) >= WHOLE_WAR_DEATHS:
            continue  # "أكثر من نصف مليون قتيل": a whole-war toll, no incident and no tally (§12)
        if figures.empty and "foiled" in ctx_kinds:
            types = []  # thwarted before it happened: no event (§4)
        if figures.empty and "overflight" in ctx_kinds and all("craft" in h.flags for h in type_hits if h.label != "none"):
            types = []  # "حلقت طائرات حربية فوق جونيه": aircraft overhead, no strike word, no toll
        if figures.empty and "repelled" in ctx_kinds:
            # missiles shot down and harmless: no event (§4); fighting off an assault is
            # still fighting; with a toll, the attack happened whatever was shot down
            types = [t for t in types if t.type not in ("air_strike", "shelling", BOMBARD)]
        sources = _attributed(a, clause, ctx)
        if sources:
            _carry_sources(state, sources)
        else:
            # the series rule for attribution (§10): an unattributed report, or
            # one attributed with "أضاف" / "وفق المصدر نفسه", continues the
            # source named before it
            sources = dict(state.sources)
        said_by = [span for span in sources.values()]  # an actor that is the source speaks, not attacks
        announcer = _announcer(a, ctx, a.cues("actors", cs, ce))
        answered = _answered(a, ctx)  # "ردا على هجوم نفذته الهيئة": that attack's side and place are not this one's
        actor_hits = [h for h in a.cues("actors", cs, ce) if not any(s < h.end and h.start < e for s, e in said_by)
                      and not any(s <= h.start < e for s, e in answered) and not _describes_source(a, h)
                      and not _speaks(a, ctx, h) and not _country_as_place(a, h)]
        # "سيطرة الجيش الوطني على سلوك": a capture named by its noun is no mark of whose area it is
        captures = {(h.start, h.end) for t in types if t.type == "territory_change" for h in t.cues}
        roles = clause_roles(
            actor_hits,
            [h for h in _kinds(ctx, "victim") if (h.start, h.end) not in captures],
            _kinds(ctx, "agent"),
            type_hits,
            military,
            [(q.start, q.end) for q in a.quantities_in(cs, ce) if not _overlaps_any(q, a.hits["sources"])],
        )
        if roles.agents:
            state.last_agents, state.agents_sentence = dict(roles.agents), clause.sentence
            if not unknown_here:
                # what the clause reports, by the type it is read as ("قصفت قوات النظام
                # بالمدفعية" is shelling); a threat ("سيتم دفع ثمن باهظ جراء شن هجوم") reports none
                told = {id(h): t.type for t in types for h in t.cues}
                # ... and a group with no aircraft shells what it bombards
                grounded = set(roles.agents) <= NO_AIR_FORCE
                for family in () if threatened else {
                        _family(told.get(id(h)) or (BOMBARD if "bombard" in h.flags else h.label), grounded)
                        for h in type_hits}:
                    agents = dict(roles.agents) if family == "air_strike" else {
                        k: v for k, v in roles.agents.items() if not roles.aircraft.get(k)}
                    if agents:
                        series_anywhere.setdefault(family, agents)
                        state.series[family] = agents
        unknown = "unknown" in ctx_kinds
        claim = "claim" in ctx_kinds or bool(announcer)
        claimants = announcer or roles.agents or (
            state.last_agents if clause.sentence - state.agents_sentence <= 2 else {})
        cue_positions = [h.start for t in types for h in t.cues] + [h.start for h in cas]
        continues = _kinds(ctx, "attribution") and not a.cues("sources", cs, ce) or any(
            h.pattern in _GOES_ON for h in ctx if h.label == "attribution")
        date, date_kind, date_span, carries = clause_date(
            a, clause, cue_positions, state.date, state.statement_day if continues and not said else None)
        if date_kind == "history":
            if names_past_incident(a, clause.start, clause.end):
                state.history_paragraph = clause.paragraph
            continue
        if clause.paragraph == state.history_paragraph and not a.dates_in(*a.sentences[clause.sentence]):
            continue  # "في 25 أيار 2012 ... ثم قصفت بلدة تلدو": the same past incident goes on (§6)
        if not types and figures.empty and not claim and not unknown:
            _remember_series(state, types, roles)
            continue  # no attack, toll or claim of its own: it only named sources, attackers, a day
        self_reported = _self_reported(a, sources)
        targets = _clause_targets(a, clause, figures)
        places = event_places(a, clause, local_blocked + framed + answered)
        coarse_only = all(p.place is not None and p.place.precision in COARSE for p in places)
        is_tally = not figures.empty and (
            "tally" in ctx_kinds
            # "مقتل 22 شخصاً خلال أيار الماضي": a toll over a month or a year
            or (any(m.kind == "period" for m in a.dates_in(cs, ce))
                and not any(m.date is not None for m in a.dates_in(cs, ce)))
            # "كما قتل ... 68 شخصاً في الأحياء الغربية" right after a toll since the offensive began
            or (state.tally_sentence >= clause.sentence - 1 and not a.dates_in(cs, ce) and coarse_only)
            # "كشف مكتب التوثيق مقتل 311 ..." then "... منذ بداية الحملة": the toll of that campaign
            or (not types and coarse_only and _tally_nearby(a, clause))
            # "أدى الهجوم على الغوطة إلى مقتل أكثر من 1500 شخص": no one attack's toll (a quake's is no attack's)
            or (not disaster and (figures.killed or 0) >= CAMPAIGN_DEATHS)
        )
        if figures.empty:
            # "ارتكاب 6 مجازر"، "شن هجمات": a pattern of violence with no toll is no incident (§12)
            types = [t for t in types if not all("weak" in h.flags and h.pattern.endswith(_PLURALS) for h in t.cues)]
        types = _by_victims(types, figures, targets)
        types = _coreference(types, places, out, framing, figures)
        # "أعلن فيلق الشام استهدافه موكباً لقوات النظام قرب مورك": the claim's word, or the
        # attribution that announces it ("أعلن حزب الله أن مقاتليه ...")
        claim_cues = _kinds(ctx, "claim") or _kinds(ctx, "attribution", "own_forces")[:1]
        if not types and claim and claimants and places and targets and claim_cues:
            types = [TypeCue(victim_type({}, targets), tuple(claim_cues))]
        if not types and is_tally:
            types = [TypeCue(framing or victim_type(figures.killed_groups, targets), tuple(cas[:1]))]
        if not types and not figures.empty and places:
            if "background" in ctx_kinds or (disaster and not roles.agents):
                continue
            same = _reported_at(out, places, date)
            if same is not None:
                # a second account of an incident already reported there ("في المقابل،
                # ذكرت سانا أن حافلة ... قرب الميادين، ما أدى إلى مقتل سبعة")
                _tell_more(same, a, clause, figures, sources, "update" in ctx_kinds)
                continue
            t = framing or victim_type(figures.killed_groups, targets)
            types = [TypeCue(t, tuple(cas[:1]))]
        recent = state.focus and clause.sentence - state.focus_sentence <= 2
        if unknown and not types and recent:
            for c in state.focus:
                c.perpetrators.clear()  # "لا نعرف ما إذا كانت طائرات التحالف ..."
                c.perpetrator_unknown = True
        if claim and claimants and not (types and places):
            _apply_claim(out, state, places, claimants)
        if not types:
            if recent and not figures.empty and not places and (figures.killed or 0) < CAMPAIGN_DEATHS:
                _tell_more(state.focus[0], a, clause, figures, sources, "update" in ctx_kinds)
            _remember_series(state, types, roles)
            continue
        if "background" in ctx_kinds and figures.empty and not is_tally:
            _remember_series(state, types, roles)
            continue
        if not is_tally:
            # "منذ بدء العملية العسكرية في درعا" names the campaign's area, not an incident's place
            campaign = [h for h in ctx if h.label in ("tally", "wholewar")]
            places = [p for p in places if not any(0 <= p.outer_start - h.end <= 30 for h in campaign)]
        if is_tally and not places:
            anchor = state.last_tally or (state.focus[0] if state.focus else None)
            places = [anchor.place] if anchor else []
        elif is_tally:
            places = places[:1]  # a campaign toll covers one area
        if is_tally and types:
            types = types[:1]  # ... and is one record, typed by the first weapon named (§11)
        own_day = date_kind == "explicit" and bool(a.dates_in(cs, ce))
        if carries and (types or cas):
            state.date = (date, date_span)  # the day stated for what the story reports next
        if not places:
            same_day = not own_day or all(c.date in (None, date) or c.date_kind != "explicit" for c in state.focus)
            told = {t.type for t in types}
            focus_types = {c.type for c in state.focus}
            if recent and same_day and told == {"attack"} and focus_types == {"armed_clash"} \
                    and all(_weak_type(a, c) for c in state.focus):
                # "هجوم إرهابي مسلح" then "فتحا النار على الموظفين والمارة": the attack, on civilians
                for c in state.focus:
                    c.type = "attack"
                focus_types = {"attack"}
            if recent and same_day and told <= focus_types | {BOMBARD}:
                _elaborate(state.focus, a, clause, figures, sources, date, date_kind, date_span, targets,
                           "update" in ctx_kinds, {} if unknown else roles.agents)
                state.focus_sentence = clause.sentence  # the story goes on about the same incident
                _remember_series(state, types, roles)
                continue
            if own_day and not recent:
                late_date(out, types, date, date_span)
            deixis = "deixis" in ctx_kinds
            if recent and (deixis or not figures.empty or claim):
                places = [state.focus[0].place]
                focus_sides = dict(state.focus[0].perpetrators)  # who the story says is attacking there
            elif deixis and (towns_before or towns):
                # "على أطراف المدينة"، "على البلدتين"; or the town the speaker is in ("قالت مصادر
                # محلية في مدينة درعا إن قصفاً استهدف المدينة")
                places = _deixis_towns(ctx, towns_before or towns)
            else:
                _remember_series(state, types, roles)
                continue
        made: list[Candidate] = []
        yielders = _yielders(a, actor_hits, ctx)
        for tcue in types:
            fighting = any("fight" in h.flags for h in type_hits) or "sides" in ctx_kinds
            perps = _perpetrators(tcue, types, roles, state, unknown, _exchanged(a, ctx, tcue), fighting)
            if tcue.type == "armed_clash" and fighting and not unknown:
                # "وتدور معارك في وسط المدينة أوقعت 25 قتيلا من قوات النظام": the attacker the story
                # follows there fights too (§7 every side)
                perps.update({k: v for k, v in focus_sides.items() if k not in perps})
            if tcue.type == "territory_change":
                perps = {k: v for k, v in perps.items() if k not in yielders}
            for p in places:
                c = Candidate(
                    type=tcue.type, place=p, clause=clause, date=None if is_tally else date,
                    date_kind="none" if is_tally else date_kind, date_span=None if is_tally else date_span,
                    type_span=(tcue.cues[0].start, tcue.cues[0].end),
                    perpetrators=dict(perps), targets=_type_targets(tcue.type, targets), sources=dict(sources),
                    claimed=(claim and bool(claimants)) or bool(self_reported & set(perps)),
                    tally=is_tally, updated="update" in ctx_kinds,
                    evidence=[a.sentences[clause.sentence]],
                )
                c.perpetrator_unknown = unknown
                c.perpetrator_guessed = bool(perps) and set(perps) <= set(roles.victims) and not roles.agents
                if claim and claimants:
                    # the claimant did it: attackers carried from the series are not named here
                    named = roles.agents.keys() | (roles.victims.keys() if tcue.type == "armed_clash" else set())
                    c.perpetrators = {k: v for k, v in c.perpetrators.items() if k in named}
                    c.perpetrators.update(claimants)
                    _claim_source(c, claimants)
                made.append(c)
        if made and not figures.empty:
            _add_figures(made[0], figures, sources, "update" in ctx_kinds)
        out.extend(made)
        if is_tally:
            state.last_tally = made[0] if made else state.last_tally
            state.tally_sentence = clause.sentence
        else:
            state.focus = made
            state.focus_sentence = clause.sentence
        _remember_series(state, types, roles)
    _later_attribution(out, series_anywhere)
    return out


def _quiet_clause(a: Analysis, clause: Clause, ctx: list[Hit], state: _State) -> None:
    """A clause that reports no violence still names sources, attackers and
    towns that later clauses refer back to."""
    cs, ce = clause.start, clause.end
    sources = _attributed(a, clause, ctx)
    if sources:
        _carry_sources(state, sources)
    said_by = list(sources.values())
    actors = [h for h in a.cues("actors", cs, ce) if not any(s < h.end and h.start < e for s, e in said_by)
              and not _describes_source(a, h)]
    if not actors:
        return
    roles = clause_roles(actors, _kinds(ctx, "victim"), _kinds(ctx, "agent"), [],
                         [t for t in a.cues("targets", cs, ce) if t.label == "military"],
                         [(q.start, q.end) for q in a.quantities_in(cs, ce)])
    if roles.agents:
        state.last_agents, state.agents_sentence = dict(roles.agents), clause.sentence


def _attributed(a: Analysis, clause: Clause, ctx: list[Hit]) -> dict[str, tuple[int, int]]:
    """The sources the clause names, else those its sentence names (§10)."""
    sources = clause_sources(a.text, a.cues("sources", clause.start, clause.end), _kinds(ctx, "attribution"))
    if not sources:
        s, e = a.sentences[clause.sentence]
        sources = clause_sources(a.text, a.cues("sources", s, e), _kinds(a.cues("context", s, e), "attribution"))
    return sources


def _carry_sources(state: _State, sources: dict[str, tuple[int, int]]) -> None:
    """The source the next unattributed reports continue (§10). Medical sources give
    tolls, not the story: "أما ... فنقلت عن سلطات الصحة أن ..." leaves the narrative
    with the source named before them."""
    if not set(sources) <= _TOLL_SOURCES:
        state.sources = sources


_TOLL_SOURCES = frozenset({"medics"})


def _deixis_towns(ctx: list[Hit], towns: list[PlaceMention]) -> list[PlaceMention]:
    """The towns a deictic word points back to: the last one for المدينة, the last two
    for البلدتين, all of the last list for البلدات."""
    words = {h.pattern for h in ctx if h.label == "deixis"}
    if words & _DUAL_DEIXIS:
        return towns[-2:]
    if words & _PLURAL_DEIXIS:
        return towns
    return towns[-1:]


_DUAL_DEIXIS = frozenset(fold(w) for w in ("البلدتين", "البلدتان", "القريتين", "المدينتين"))
_PLURAL_DEIXIS = frozenset(fold(w) for w in ("البلدات", "القرى", "المدن"))


def _dated_day(a: Analysis, cs: int, ce: int) -> bool:
    """Does the clause name the day of what it reports (الخميس، أمس، 7 حزيران), recent (§6)?"""
    return any(m.kind in ("weekday", "relative", "absolute") and m.date is not None and a.reference is not None
               and 0 <= (a.reference - m.date).days <= BACKGROUND_DAYS for m in a.dates_in(cs, ce))


def _compares(a: Analysis, h: Hit) -> bool:
    """"شن أعنف هجوم منذ شهر": a span that only says how rare the attack is, not a toll's period."""
    return any(w in _COMPARATIVES for w in a.before(h.word_start, 30).split()[-3:])


_COMPARATIVES = frozenset(fold(w) for w in ("أعنف", "الأعنف", "أكبر", "الأكبر", "أول", "الأولى", "لأول"))


def _denied(a: Analysis, ctx: list[Hit], types: list[TypeCue], cs: int, ce: int) -> dict[str, dict]:
    """The attack types a denial names, each with the accused: the forces named in it, or the
    state right after the verb ('نفت روسيا أن تكون طائراتها قصفت')."""
    denials = [h for h in ctx if h.label == "comment" and h.pattern in _DENIALS]
    if not denials or not types:
        return {}
    accused = {h.label: (h.start, h.end) for h in a.cues("actors", cs, ce)
               if "weak" not in h.flags or any(0 <= h.word_start - d.end <= 2 for d in denials)}
    return {_family(t.type): accused for t in types} if accused else {}


_DENIALS = frozenset(fold(w) for w in ("نفت", "نفى", "تنفي", "ينفي"))


def _later_attribution(out: list[Candidate], series_anywhere: dict) -> None:
    """An attack nobody is named for in its own report takes the attackers the
    article names for that kind of attack elsewhere, earlier or later ("ونفت
    سوريا شن القوات الحكومية أي هجوم كيماوي" names them too: §7 counts any
    attribution, even one the accused denies)."""
    for c in out:
        if not c.perpetrators and not c.perpetrator_unknown:
            c.perpetrators.update(series_anywhere.get(_family(c.type), {}))


def roles_agents_in(a: Analysis, cs: int, ce: int) -> bool:
    """Is an armed actor named in this stretch (دخلت القوات التركية المدينة)?"""
    return any("weak" not in h.flags for h in a.cues("actors", cs, ce))


def _tally_nearby(a: Analysis, clause: Clause) -> bool:
    """A campaign marker in the next sentence frames this toll as a tally."""
    i = clause.sentence
    if i + 1 >= len(a.sentences):
        return False
    s, e = a.sentences[i + 1]
    return any(h.label == "tally" for h in a.cues("context", s, e))


def _claim_source(c: Candidate, claimants: dict[str, tuple[int, int]]) -> None:
    """A claim is the claimant's own word (§10): faction, unless the text already gives the
    army or the government that speaks ('أعلن الجيش الإسرائيلي أن طائراته ...' is military)."""
    if not set(c.sources) & {"military", "government", "faction"}:
        code, span = next(iter(claimants.items()))
        c.sources["military" if code in _ARMIES else "faction"] = span


_ARMIES = frozenset({"syria_gov", "russia", "turkey", "israel", "us_coalition"})  # a state's forces speak as military


def _announcer(a: Analysis, ctx: list[Hit], actors: list[Hit]) -> dict[str, tuple[int, int]]:
    """"أعلن حزب الله استهداف موقع ..."، "أعلن الحرس الثوري قصف ...": an armed actor
    announcing the attack it carried out claims it (§7)."""
    for h in ctx:
        if h.label == "claim" and h.pattern in _ADOPT:  # "تبنت هيئة تحرير الشام تفجير ..."
            for actor in actors:
                if "weak" not in actor.flags and 0 <= actor.word_start - h.end <= 3:
                    return {actor.label: (actor.start, actor.end)}
        if h.label == "attribution" and h.pattern in _ANNOUNCE:
            for actor in actors:
                if ("weak" not in actor.flags and 0 <= actor.word_start - h.end <= 3) \
                        or _army_of(a, actor, h.end):
                    after = fold(a.text[actor.end:actor.end + 40]).split()
                    # "بتنفيذ الغارة"، "مسؤوليتها عن تفجير"
                    if any(w.lstrip("وب").startswith(_ATTACK_VERBS) for w in after[:4]) or after[:1] in _RESPONSIBLE:
                        return {actor.label: (actor.start, actor.end)}
    # "قالت وزارة الدفاع التركية إن قواتها قصفت ..."، "أعلن الجيش الإسرائيلي أن طائراته أغارت ...":
    # the speaker's own forces did it; the speaker is the army or group named just before
    said = [h.end for h in ctx if h.label == "attribution"]
    for h in ctx:
        if h.label == "own_forces" and said:
            speakers = [actor for actor in actors if 0 <= h.word_start - actor.end <= _OWN_REACH
                        and _IN_A_STATEMENT.sub("", fold(a.text[actor.end:h.start]).strip(' "»«')) in _THAT
                        and any(end <= actor.start for end in said)]
            if speakers:
                return {speakers[-1].label: (speakers[-1].start, speakers[-1].end)}
    # "قال التحالف الدولي إنه قتل قياديا ..."، "قال الجيش السوري، الجمعة، إنه استعاد ...": it says it did it
    for actor in actors:
        if "weak" not in actor.flags and any(0 <= actor.word_start - end <= 3 for end in said):
            end = actor.end
            for m in a.dates_in(end, end + 4):  # the day it spoke
                end = m.end
            after = fold(a.text[end:end + 40]).strip(" ،,").split()
            if after[:1] in _IT and any(w.lstrip("و").startswith(_CLAIM_VERBS) for w in after[1:3]):
                return {actor.label: (actor.start, actor.end)}
    return {}


_IT = (["انه"], ["انها"])
_CLAIM_VERBS = tuple(fold(w) for w in ("استهدف", "قصف", "شن", "ضرب", "نفذ", "قتل", "دمر", "أغار",
                                        "استعاد", "سيطر", "حرر"))


_THAT = ("ان", "")  # إن / أن between the speaker and its forces


_OWN_REACH = 24  # characters between the speaker's name and 'قواتها' ("«حزب الله» في بيان أن مقاتليه")
_IN_A_STATEMENT = re.compile("^(في|عبر) (بيان|تغريده|منشور)( له| لها)? ?")  # "... في بيان أن مقاتليه"


def _speaks(a: Analysis, ctx: list[Hit], h: Hit) -> bool:
    """"أفاد مقاتلو المعارضة وسكان بأن طائرات سورية قصفت ...": the actor right after a verb of
    saying, before what it said, is the speaker (its own forces' claims are read by _announcer)."""
    if not any(c.label == "attribution" and 0 <= h.word_start - c.end <= 2 for c in ctx):
        return False
    said = fold(a.text[h.end:h.end + 30]).split()[:3]
    return any(w in THAT_FOLDED for w in said)


def _army_of(a: Analysis, actor: Hit, verb_end: int) -> bool:
    """"أعلنت وزارة الدفاع التركية ...": the nationality of the army that speaks right after the verb."""
    return "weak" in actor.flags and any(
        s.label == "military" and 0 <= s.word_start - verb_end <= 3 and 0 <= actor.start - s.end <= 12
        for s in a.cues("sources", verb_end, actor.start))


_ANNOUNCE = tuple(fold(w) for w in ("أعلن", "أعلنت", "أقر", "أقرت", "اعترف", "اعترفت"))
# "تحييد": the Turkish army's word for the fighters it killed or captured
_ATTACK_VERBS = tuple(fold(w) for w in ("استهداف", "قصف", "شن", "ضرب", "تنفيذ", "تحييد", "السيطرة", "سيطرة"))
_RESPONSIBLE = [[fold(w)] for w in ("مسؤوليته", "مسؤوليتها", "مسؤوليتهم")]  # "أعلن X مسؤوليته عن ..."
_ADOPT = frozenset(fold(w) for w in ("تبنى", "تبنت"))  # the claim verbs whose subject follows them


def _country_as_place(a: Analysis, h: Hit) -> bool:
    """"صواريخ على كريات شمونة شمالي إسرائيل", "غارات في إسرائيل": a state named where something
    happened is a location there, not the attacker."""
    for m in a.places_in(h.start - 20, h.end):
        if m.place is not None and m.place.level == "country" and m.start <= h.start and h.end <= m.end:
            lead = fold(a.text[m.start:h.start]).split()
            if lead:  # 'شمالي إسرائيل', not 'الولايات المتحدة الأميركية'
                return all(w in COMPASS for w in lead)
            return a.before(m.outer_start, 6).split()[-1:] in (["في"], ["داخل"])  # not 'نسبتها إلى إسرائيل'
    return False



def _describes_source(a: Analysis, h: Hit) -> bool:
    """"وكالة الأناضول الرسمية التركية", "خدمة الإسعاف الإسرائيلية": a nationality
    (a weak name or a nisba adjective) after a source names the source's country, not an attacker;
    so does one right after a place ("موقع المالكية الإسرائيلي")."""
    sources = a.cues("sources", h.start - 40, h.start)
    if "weak" in h.flags:  # not across what the source said: 'قالت مصادر محلية إن الغارات التركية'
        return any(0 <= h.start - s.end <= 12 and not set(fold(a.text[s.end:h.start]).split()) & THAT_FOLDED
                   for s in sources) \
            or any(0 <= h.word_start - p.end <= 2 and not a.text[p.end:h.word_start].strip(' »"')
                   for p in a.places_in(h.start - 40, h.start))  # 'ثكنة «زرعيت» الإسرائيلية'
    # right after the source's name: 'خدمة الإسعاف الإسرائيلية'
    return " " not in h.pattern and h.pattern.endswith(NISBA_ENDINGS) and any(0 <= h.start - s.end <= 1 for s in sources)


def _overlaps_any(h: Hit, others: list[Hit]) -> bool:
    """An actor named as a source (بحسب بيان للجيش العراقي) reports; it does not attack."""
    return any(o.start < h.end and h.start < o.end for o in others)


def _self_reported(a: Analysis, sources: dict[str, tuple[int, int]]) -> set[str]:
    """Actors that are also the clause's (attributed) source: the perpetrator
    announcing its own strike (بحسب بيان للجيش العراقي) makes the event claimed (§7)."""
    codes = set()
    for code, (s, e) in sources.items():
        if code in ("military", "faction", "government"):
            codes.update(h.label for h in a.cues("actors", s, e + 1) if h.start == s and h.end == e)
    return codes


def _apply_claim(out: list[Candidate], state: _State, places: list[PlaceMention], claimants) -> None:
    """A claim reported apart from its incident (أعلن فيلق الشام استهدافه
    موكباً في حماة) marks the incident at that place, or the one in focus."""
    keys = {place_key(p) for p in places}
    hit = [c for c in out if not c.tally and place_key(c.place) in keys] if keys else []
    for c in (hit[-1:] if hit else state.focus):
        if c.perpetrator_guessed:
            c.perpetrators.clear()
            c.perpetrator_guessed = False
        c.claimed = True
        for code, span in claimants.items():
            c.perpetrators.setdefault(code, span)
        _claim_source(c, claimants)


def _tell_more(c: Candidate, a: Analysis, clause: Clause, figures: Figures, sources: dict, update: bool) -> None:
    """A further account of an incident: its toll, and who gives it as one more source (§10)."""
    _add_figures(c, figures, sources, update)
    for code, span in sources.items():
        c.sources.setdefault(code, span)
    c.evidence.append(a.sentences[clause.sentence])


def _elaborate(focus, a, clause, figures, sources, date, date_kind, date_span, targets, update,
               agents: dict[str, tuple[int, int]]) -> None:
    """A clause that goes on about the event in focus, naming no place of its
    own: its toll, its day, its victims and its source belong to that event."""
    first = focus[0]
    if not figures.empty:
        _add_figures(first, figures, sources, update)
    for c in focus:
        if c.date_kind == "default" and date_kind == "explicit" and a.dates_in(clause.start, clause.end):
            c.date, c.date_kind, c.date_span = date, date_kind, date_span
        if not c.perpetrators and not c.perpetrator_unknown and agents:
            c.perpetrators.update(agents)  # "واتهمت موسكو ودمشق إسرائيل بتنفيذ الضربة" (§7: any attribution)
        c.targets |= targets
        for code, span in sources.items():
            c.sources.setdefault(code, span)
        c.evidence.append(a.sentences[clause.sentence])


def _weak_type(a: Analysis, c: Candidate) -> bool:
    """Was the event typed by a generic cue only (هجوم، انفجار)?"""
    return all("weak" in h.flags for h in a.cues("event_types", *c.type_span))


def _reported_at(out: list[Candidate], places: list[PlaceMention], date) -> Candidate | None:
    """The incident already reported at one of these places on this day, if any."""
    keys = {place_key(p) for p in places}
    for c in reversed(out):
        if not c.tally and place_key(c.place) in keys and (c.date is None or date is None or c.date == date):
            return c
    return None


def _by_victims(types: list[TypeCue], figures: Figures, targets: set[str]) -> list[TypeCue]:
    """A shooting or a generic attack is an armed_clash when it hits fighters and an
    attack when it hits civilians (§4): a sniper killing HTS fighters clashes, gunmen
    firing on passers-by attack."""
    groups = figures.killed_groups
    fighters = bool(groups.get("fighters"))  # the dead, not "مسلحين" who may be the shooters
    civilians = not fighters and (bool(groups.keys() & {"civilians", "children", "women"}) or "civilians" in targets)
    out = []
    for t in types:
        one_sided = t.type == "attack" and all(h.label == "attack" and h.pattern in _SHOOTING for h in t.cues)
        generic = t.type == "armed_clash" and all("weak" in h.flags for h in t.cues)
        if one_sided and fighters:
            t = TypeCue("armed_clash", t.cues)
        elif generic and civilians and not any(h.pattern.startswith(_ATTACK_NOUNS) for h in t.cues):
            t = TypeCue("attack", t.cues)
        out.append(t)
    return out


_SHOOTING = frozenset(fold(w) for w in ("قنص", "قناص", "برصاص", "رصاص", "إطلاق النار", "إطلاق نار", "أطلق النار"))


def _coreference(types: list[TypeCue], places, out: list[Candidate], framing: str | None, figures) -> list[TypeCue]:
    """A bare "هجوم" is the article's incident: the chemical or suicide attack
    already reported at that place, or the one the article is about."""
    if len(types) == 1 and types[0].type == "attack" and all(h.pattern.endswith("مجزره") for h in types[0].cues):
        same = _reported_at(out, places, None) if places else (out[-1] if out else None)
        if same is not None:  # "عدد الشهداء في المجزرة تجاوز 100": the massacre just reported
            return [TypeCue(same.type, types[0].cues)]
    if len(types) != 1 or types[0].type != "armed_clash" or not all(
        "weak" in h.flags and h.pattern.startswith(_ATTACK_NOUNS) for h in types[0].cues
    ):
        return types
    keys = {place_key(p) for p in places}
    for c in reversed(out):
        if place_key(c.place) in keys and c.type not in ("armed_clash", "territory_change"):
            return [TypeCue(c.type, types[0].cues)]
    last = out[-1] if out else None
    if not places and last is not None and not last.tally and last.type not in ("armed_clash", "territory_change") \
            and all(h.pattern.startswith("ال") for h in types[0].cues):
        return [TypeCue(last.type, types[0].cues)]  # "اتهم الائتلاف قوات النظام بتنفيذ الهجوم": the one just told
    if any(h.pattern.endswith("هجمات") for h in types[0].cues) and not figures.empty:
        return types  # "45 قتيلاً جراء هجمات متتالية": a series, not the article's one attack
    if framing in ("chemical_weapon", "suicide_bomb"):
        return [TypeCue(framing, types[0].cues)]
    return types


def _framing(a: Analysis) -> str | None:
    """The type of attack the article is about: its first specific cue."""
    for h in a.hits["event_types"]:
        if h.label not in ("none", "armed_clash", "territory_change") and "weak" not in h.flags \
                and "weapon" not in h.flags:
            return BOMBARD if "bombard" in h.flags else h.label
    return None


def _perpetrators(tcue: TypeCue, types: list[TypeCue], roles: Roles, state: _State, unknown: bool,
                  exchange: bool = False, fighting: bool = False):
    """Who carried out this type of attack: the attackers named with its cue,
    every side of a fight or an exchange of fire (تبادل القصف) — but not the
    victims of a one-sided ambush on a convoy — else the attackers named
    before for the same series (§7)."""
    if unknown:
        return {}
    agents = dict(roles.agents)
    if exchange:
        return {**roles.victims, **agents}
    if tcue.type not in ("air_strike", BOMBARD):
        # الطيران الروسي attacks from the air, not with the shelling beside it
        agents = {k: v for k, v in agents.items() if not roles.aircraft.get(k)}
    if len(types) > 1 and agents:
        # an attacker belongs to the cue it stands next to (غارات روسية وقصف مدفعي)
        nearest = {}
        for code, span in agents.items():
            best = min(types, key=lambda t: min(abs(span[0] - h.start) for h in t.cues))
            if best is tcue:
                nearest[code] = span
        agents = nearest or agents
    if (tcue.type == "armed_clash" and fighting) or exchange:
        merged = dict(agents)  # the side attacked fights too
        merged.update({k: v for k, v in roles.victims.items() if k not in merged})
        if merged:
            return merged
    if agents:
        return agents
    series = dict(state.series.get(_family(tcue.type), {}))
    if not series and tcue.type == "armed_clash":
        return dict(roles.victims)  # no attacker named: the side we know of
    return series


def _answered(a: Analysis, ctx: list[Hit]) -> list[tuple[int, int]]:
    """"ضربات على مواقع للنظام، ردا على هجوم كيماوي في دوما": the place of the attack
    answered, up to the next comma, is not where the answer fell."""
    spans = []
    for h in ctx:
        if h.label == "response":
            stop = _PAUSE_RE.search(a.text, h.end, h.end + _ANSWER_REACH)
            spans.append((h.end, stop.start() if stop else h.end + _ANSWER_REACH))
    return spans


_ANSWER_REACH = 80  # characters: how far the attack answered is told
_ARMS_REACH = 100  # characters: how far a list of weapons handed over or seized runs
_PAUSE_RE = re.compile("[،,.؛;:\n]")


def _yielders(a: Analysis, actors: list[Hit], ctx: list[Hit]) -> set[str]:
    """The sides a place was taken from ("بعد معارك مع قوات النظام", "عقب انسحاب مسلحي
    تنظيم داعش", "بعد طرد آخر عناصر داعش"): they fought, but the capture is the taker's
    alone (§7)."""
    marks = [m for m in ctx if m.label == "yielder"]
    return {h.label for h in actors
            if any(m.end <= h.word_start and len(a.text[m.end:h.word_start].split()) <= 2 for m in marks)}


def _exchanged(a: Analysis, ctx: list[Hit], tcue: TypeCue) -> bool:
    """Is this cue the fire that both sides exchanged (تبادلا عنيفا للقصف)?"""
    return any(h.label == "exchange" and 0 <= tcue.start - h.end <= 12 for h in ctx)


def _family(t: str, grounded: bool = False) -> str:
    """The series a type belongs to: a bare bombardment is the air strikes' unless a group with no
    aircraft carried it out."""
    return ("shelling" if grounded else "air_strike") if t == BOMBARD else t


def _remember_series(state: _State, types: list[TypeCue], roles: Roles) -> None:
    if not roles.agents:
        return
    for t in types:
        state.series[_family(t.type)] = dict(roles.agents)


def _seed_series_from_title(a: Analysis, state: _State) -> None:
    """The headline's attackers start the series ("قنابل النابالم الروسية"); the side it
    says was hit ("إصابة ثلاثة عناصر للنظام بانفجار") does not."""
    th = a.title_hits
    if not th or not th.get("actors") or not th.get("event_types"):
        return
    ctx = th.get("context", [])
    title = a.title or ""
    # "واشنطن: تقييمنا يشير إلى استخدام الكيماوي": who the headline quotes speaks, it did not strike
    speakers = [h for h in th["actors"] if title[h.end:h.end + 2].lstrip().startswith(":")]
    roles = clause_roles([h for h in th["actors"] if h not in speakers], _kinds(ctx, "victim"), _kinds(ctx, "agent"),
                         th.get("event_types", []),
                         [t for t in th.get("targets", []) if t.label == "military"],
                         [(q.start, q.end) for q in find_quantities(title)])
    actors = {code: (0, 0) for code in roles.agents}
    for t in clause_types(th.get("event_types", [])):
        if actors and t.type != "armed_clash":
            state.series.setdefault(_family(t.type), {}).update(actors)


def _add_figures(c: Candidate, f: Figures, sources: dict, update: bool) -> None:
    """Give a candidate the figures of a clause.

    A number beats a vague figure. Of two numbers, an updated toll (ارتفعت
    الحصيلة إلى) replaces the earlier one; a figure from a different source is
    kept only if lower (§9: the most conservative); a later figure from the
    same source is a breakdown or a repetition and changes nothing.
    """
    cf = c.figures
    other_source = bool(sources) and bool(cf.sources) and not (set(sources) & cf.sources)
    for kind in ("killed", "injured"):
        q = getattr(f, f"{kind}_qualifier")
        if q is None:
            continue
        cur_q, cur = getattr(cf, f"{kind}_qualifier"), getattr(cf, kind)
        val = getattr(f, kind)
        take = cur_q is None or (cur is None and val is not None)
        if not take and val is not None and cur is not None:
            take = update or (other_source and val < cur)
        if take:
            if kind == "killed" and cur is not None:
                cf.killed_groups = {}  # the breakdown goes with the figure it breaks down
            setattr(cf, kind, val)
            setattr(cf, f"{kind}_qualifier", q)
            cf.spans[kind] = f.spans[kind]
            cf.sources = frozenset(sources)
    for g, n in f.killed_groups.items():
        if update:
            cf.killed_groups[g] = n
        else:
            cf.killed_groups.setdefault(g, n)
    for g in f.killed_groups:
        if g in _GROUP_TARGET:
            c.targets.add(_GROUP_TARGET[g])


def _type_targets(event_type: str, targets: set[str]) -> set[str]:
    """What an event of this type hit (§8). A place that changes hands is no
    target; fighting is between armed men; a chemical attack on a town, unless
    the text says otherwise, falls on the people living there."""
    if event_type == "territory_change":
        return set()
    if not targets and event_type == "chemical_weapon":
        return {"civilians"}
    return set(targets)


def _hit_persons(a: Analysis, t: Hit) -> bool:
    """Is this person noun the side hit: counted ('5 عناصر'), named by a casualty or target
    word just before it ('مقتل عناصر'، 'استهداف عناصر') or by a casualty word after it
    ('جنديين تركيين قتلا')?"""
    return any(t.start - q.end <= 3 for q in a.quantities_in(t.start - 30, t.start)) \
        or any(0 <= t.word_start - h.end <= 25 for h in a.cues("casualties", t.start - 40, t.start)) \
        or any(0 <= h.word_start - t.end <= 15 for h in a.cues("casualties", t.end, t.end + 20)) \
        or a.before(t.word_start, 12).endswith(_STRUCK) \
        or any(w.startswith(_AIMED) for w in a.before(t.word_start, 40).split()[-4:])


_STRUCK = tuple(fold(w) for w in ("ضد", "على"))
_AIMED = tuple(fold(w) for w in ("استهدف", "واستهدف", "استهداف", "باستهداف"))  # 'استهدفت طائرة مسيرة عناصر ...' (verb, doer, then who was hit)


def _clause_targets(a: Analysis, clause: Clause, figures: Figures) -> set[str]:
    found = set()
    covered = [(p.start, p.end) for p in a.places_in(clause.start, clause.end)] + [
        (h.start, h.end) for h in a.cues("sources", clause.start, clause.end)
    ]
    armed = [(h.start, h.end) for h in a.cues("actors", clause.start, clause.end)]
    for t in a.cues("targets", clause.start, clause.end):
        if "front" in t.flags:
            continue
        if any(s <= t.start and t.end <= e for s, e in covered):
            continue  # جسر الحج is a place, الدفاع المدني a source
        if t.label != "military" and any(s <= t.start and t.end <= e for s, e in armed):
            continue  # the workers of حزب العمال are an armed party (its forces are fighters all the same)
        if any(0 <= t.word_start - src.end <= 6 and fold(a.text[src.end:t.word_start]).strip() in ("في", "ب", "")
               for src in a.cues("sources", clause.start, clause.end)):
            continue  # "مصدر طبي في مشفى الرازي": the hospital that reports, not one that was hit
        if a.before(t.word_start, 6).endswith(_TO):
            continue  # نقلهم إلى المستشفيات: where the wounded went, not what was hit
        if "person" in t.flags and not _hit_persons(a, t):
            continue  # "مسلحو داعش نفذوا هجوما": armed men who attack are no target
        found.add(t.label)
    for g in [*figures.killed_groups, *figures.wounded_groups]:
        if g in _GROUP_TARGET:
            found.add(_GROUP_TARGET[g])
    return found
