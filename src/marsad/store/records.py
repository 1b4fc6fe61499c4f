"""Converting between the codebook's pydantic models and table rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.model import Event, Location
from marsad.store.schema import EventRow, IncidentRow
from marsad.text.normalize import fold

_MODEL_FIELDS = set(Event.model_fields)


def fold_name(name: str) -> str:
    """A location name folded for search: اعزاز finds أعزاز."""
    return " ".join(fold(name).split())


def parse_day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def event_values(event: Event, position: int, published_day: dt.date | None) -> dict[str, Any]:
    """The ``events`` columns for one extracted event (no id, document or incident)."""
    loc = event.location
    date = parse_day(event.date)
    return dict(
        position=position, type=event.type, date=date, ref_day=date or published_day,
        location_name=loc.name, admin1=loc.admin1, country=loc.country,
        precision=loc.precision, pcode=loc.pcode, lat=loc.lat, lon=loc.lon,
        name_norm=fold_name(loc.name),
        perpetrators=list(event.perpetrators), targets=list(event.targets),
        sources=list(event.sources), killed_groups=dict(event.killed_groups),
        evidence=[list(s) for s in event.evidence],
        spans={k: list(v) for k, v in event.spans.items()},
        extra={k: v for k, v in (event.model_extra or {}).items() if k not in _MODEL_FIELDS},
        killed=event.killed, killed_qualifier=event.killed_qualifier,
        injured=event.injured, injured_qualifier=event.injured_qualifier,
        claimed=event.claimed, tally=event.tally,
    )


def event_row(event: Event, position: int, published_day: dt.date | None) -> EventRow:
    """A new (unsaved) row for one extracted event."""
    return EventRow(**event_values(event, position, published_day))


def event_model(row: EventRow) -> Event:
    """The codebook event a row stores (extra fields included)."""
    return Event(
        type=row.type, date=row.date.isoformat() if row.date else None,
        location=Location(name=row.location_name, admin1=row.admin1, country=row.country,
                          precision=row.precision, pcode=row.pcode, lat=row.lat, lon=row.lon),
        perpetrators=row.perpetrators or [], targets=row.targets or [],
        killed=row.killed, killed_qualifier=row.killed_qualifier,
        injured=row.injured, injured_qualifier=row.injured_qualifier,
        killed_groups=row.killed_groups or {}, sources=row.sources or [],
        claimed=row.claimed, tally=row.tally,
        evidence=[tuple(s) for s in row.evidence or []],
        spans={k: tuple(v) for k, v in (row.spans or {}).items()},
        **(row.extra or {}),
    )


def event_dict(row: EventRow) -> dict[str, Any]:
    """An event as a plain dict: the codebook's JSON plus its store ids."""
    data = event_model(row).model_dump(mode="json")
    data.update(id=row.id, document_id=row.document_id, position=row.position,
                incident_id=row.incident_id, link_rule=row.link_rule)
    return data


INCIDENT_FIELDS = (
    "id", "type", "location_name", "admin1", "country", "precision", "pcode", "lat", "lon",
    "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
    "number_of_sources", "sources", "perpetrators", "targets", "locked",
)


def incident_dict(row: IncidentRow) -> dict[str, Any]:
    data = {f: getattr(row, f) for f in INCIDENT_FIELDS}
    data["date"] = row.date.isoformat() if row.date else None
    return data
