"""Document in, events out: the extractor's public entry points."""

from __future__ import annotations

import datetime as dt

from marsad.extractor.analysis import Analysis, analyse
from marsad.extractor.candidates import Candidate, read_clauses
from marsad.extractor.consolidate import drop_countrywide, merge, resolve_bombardment, summary_and_detail
from marsad.extractor.dating import names_past_incident
from marsad.model import Document, DocumentEvents, Event
from marsad.text.normalize import fold


def extract_document(doc: Document) -> DocumentEvents:
    """Extract the events of one document (codebook §2)."""
    if not doc.text.strip():
        return DocumentEvents(id=doc.id, events=[])
    a = analyse(doc.text, doc.published_day, doc.title)
    events = [_to_event(c) for c in _read(a)]
    if not events and doc.title and not (a.sentences and names_past_incident(a, *a.sentences[0])):
        # The headline alone names the place or the toll of the only incident: use
        # it, marked as such, since its offsets point into the title, not the text.
        # Not when the lead dates the incident months back: a report, a trial or an
        # anniversary about an old attack is no new event (§6).
        events = [_to_event(c, from_title=True) for c in _read(analyse(doc.title, doc.published_day, None))]
    return DocumentEvents(id=doc.id, events=events)


def _read(a: Analysis) -> list[Candidate]:
    cands = read_clauses(a)
    if _anniversary(a):
        # "تمر اليوم الذكرى السابعة لمجزرة الحولة ... في 25 أيار 2012": what the article tells
        # without a day of its own is the old story (§6), not news of today
        cands = [c for c in cands if c.tally or (c.date_kind == "explicit" and c.date_span is not None and any(
            s <= c.date_span[0] < e for s, e in c.evidence))]
    resolve_bombardment(cands, a)
    events = drop_countrywide(summary_and_detail(merge(cands)))
    events.sort(key=lambda c: (c.tally, c.evidence[0][0], c.place.start))
    return events


def _anniversary(a: Analysis) -> bool:
    """Does the lead mark the anniversary of an incident dated long ago?"""
    if not a.sentences:
        return False
    s, e = a.sentences[0]
    return any(h.pattern in _ANNIVERSARY for h in a.cues("context", s, e)) and names_past_incident(a, s, e)


_ANNIVERSARY = frozenset(fold(w) for w in ("ذكرى", "الذكرى"))


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    doc_id: str = "doc",
) -> list[Event]:
    """Extract the events of an Arabic text; ``published`` resolves أمس, الخميس..."""
    if isinstance(published, dt.date):
        published = published.isoformat()
    return extract_document(Document(id=doc_id, text=text, title=title, published=published)).events


def _to_event(c: Candidate, from_title: bool = False) -> Event:
    f = c.figures
    spans: dict[str, tuple[int, int]] = {"location": (c.place.start, c.place.end), "type": c.type_span}
    if c.date_span:
        spans["date"] = c.date_span
    for kind in ("killed", "injured"):
        if kind in f.spans:
            spans[kind] = f.spans[kind]
    if c.perpetrators:
        spans["perpetrators"] = min(c.perpetrators.values())
    if c.sources:
        spans["sources"] = min(c.sources.values())
    return Event(
        type=c.type,
        date=c.date.isoformat() if c.date else None,
        location=c.place.location(),
        perpetrators=sorted(c.perpetrators),
        targets=sorted(c.targets),
        killed=f.killed,
        killed_qualifier=f.killed_qualifier,
        injured=f.injured,
        injured_qualifier=f.injured_qualifier,
        killed_groups=dict(f.killed_groups),
        sources=sorted(c.sources),
        claimed=c.claimed,
        tally=c.tally,
        evidence=[] if from_title else sorted(set(c.evidence)),
        spans={} if from_title else {k: v for k, v in spans.items() if v != (0, 0)},
        **({"title_spans": {k: v for k, v in spans.items() if v != (0, 0)}} if from_title else {}),
    )
