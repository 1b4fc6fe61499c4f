"""Document in, events out: the extractor's public entry points."""

from __future__ import annotations

import datetime as dt

from marsad.extractor.analysis import analyse
from marsad.extractor.candidates import Candidate, read_clauses
from marsad.extractor.consolidate import merge, resolve_bombardment, summary_and_detail
from marsad.model import Document, DocumentEvents, Event


def extract_document(doc: Document) -> DocumentEvents:
    """Extract the events of one document (codebook §2)."""
    if not doc.text.strip():
        return DocumentEvents(id=doc.id, events=[])
    a = analyse(doc.text, doc.published_day, doc.title)
    cands = read_clauses(a)
    resolve_bombardment(cands, a)
    events = summary_and_detail(merge(cands))
    events.sort(key=lambda c: (c.tally, c.evidence[0][0], c.place.start))
    return DocumentEvents(id=doc.id, events=[_to_event(c) for c in events])


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


def _to_event(c: Candidate) -> Event:
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
        evidence=sorted(set(c.evidence)),
        spans={k: v for k, v in spans.items() if v != (0, 0)},
    )
