"""One shape for what every export writes, built from an incident or an event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from marsad.store.records import event_dict
from marsad.store.schema import DocumentRow, EventRow, IncidentRow


@dataclass
class Record:
    id: str  # I<incident id> or E<event id>
    type: str
    date: dt.date | None
    ref_day: dt.date | None  # date, else the earliest publication day: for undated rows
    location_name: str
    admin1: str | None
    country: str | None
    precision: str | None
    pcode: str | None
    lat: float | None
    lon: float | None
    perpetrators: list[str]
    targets: list[str]
    killed_low: int | None
    killed_best: int | None
    killed_high: int | None
    injured_low: int | None
    injured_best: int | None
    injured_high: int | None
    number_of_sources: int
    outlets: list[str]
    attributions: list[str]  # codebook §10 source codes over the reports
    articles: list[dict[str, Any]]
    updated_at: dt.datetime | None = None
    tally: bool = False
    detail: dict[str, Any] = field(default_factory=dict)  # everything else, for jsonl/csv


def _article(doc: DocumentRow) -> dict[str, Any]:
    return {"id": doc.id, "source": doc.source, "published": doc.published,
            "title": doc.title, "url": doc.url}


def from_incident(inc: IncidentRow) -> Record:
    events = inc.events
    days = [e.ref_day for e in events if e.ref_day]
    return Record(
        id=f"I{inc.id}", type=inc.type, date=inc.date, ref_day=inc.date or (min(days) if days else None),
        location_name=inc.location_name, admin1=inc.admin1, country=inc.country,
        precision=inc.precision, pcode=inc.pcode, lat=inc.lat, lon=inc.lon,
        perpetrators=list(inc.perpetrators or []), targets=list(inc.targets or []),
        killed_low=inc.killed_low, killed_best=inc.killed_best, killed_high=inc.killed_high,
        injured_low=inc.injured_low, injured_best=inc.injured_best, injured_high=inc.injured_high,
        number_of_sources=inc.number_of_sources, outlets=list(inc.sources or []),
        attributions=sorted({s for e in events for s in e.sources or []}),
        articles=[_article(e.document) for e in events], updated_at=inc.updated_at,
        detail={"explanation": inc.explanation, "event_ids": [e.id for e in events],
                "locked": inc.locked},
    )


def from_event(ev: EventRow, doc: DocumentRow) -> Record:
    return Record(
        id=f"E{ev.id}", type=ev.type, date=ev.date, ref_day=ev.ref_day,
        location_name=ev.location_name, admin1=ev.admin1, country=ev.country,
        precision=ev.precision, pcode=ev.pcode, lat=ev.lat, lon=ev.lon,
        perpetrators=list(ev.perpetrators or []), targets=list(ev.targets or []),
        killed_low=ev.killed, killed_best=ev.killed, killed_high=ev.killed,
        injured_low=ev.injured, injured_best=ev.injured, injured_high=ev.injured,
        number_of_sources=1, outlets=[doc.source or doc.id], attributions=list(ev.sources or []),
        articles=[_article(doc)], updated_at=doc.ingested_at, tally=ev.tally,
        detail={**event_dict(ev), "document": _article(doc), "duplicate_of": doc.duplicate_of},
    )
