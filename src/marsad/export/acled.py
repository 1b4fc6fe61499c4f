"""ACLED-style rows: ACLED's column names, order and vocabularies.

``fatalities`` is the conservative figure (``killed_low``; 0 when no figure),
as ACLED codes the lowest credible report. Dates: ``time_precision`` 1 for a
known day; an undated row takes its first publication day with precision 2.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.export import vocab
from marsad.export.records import Record

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)


def _type(rec: Record) -> list[str]:
    key = rec.type
    if key == "territory_change" and any(vocab.is_state(p) for p in rec.perpetrators):
        key = "territory_change:state"
    return vocab.table("acled_types")[key]


def _sides(rec: Record) -> tuple[list[str], list[str]]:
    """(actor1 side, actor2 side) as lists of actor codes; the first of each is the main one."""
    perps = vocab.main_first(rec.perpetrators) or ["-"]
    if rec.type == "armed_clash" and len(perps) > 1:
        return perps[:1], perps[1:]
    if "civilians" in rec.targets or rec.type in ("attack", "abduction"):
        return perps, ["civilians"]
    return perps, []


def row(rec: Record) -> dict[str, Any]:
    disorder, event_type, sub_type = _type(rec)
    side1, side2 = _sides(rec)
    a1, a2 = vocab.actor(side1[0]), vocab.actor(side2[0]) if side2 else None
    inter1, inter2 = int(a1[1]), int(a2[1]) if a2 else 0
    interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter2 else inter1 * 10
    iso, country, region, alpha3 = vocab.country(rec.country)
    day = rec.date or rec.ref_day
    killed = [f"{rec.killed_low}" if rec.killed_low == rec.killed_high
              else f"{rec.killed_low}-{rec.killed_high}"] if rec.killed_low is not None else []
    notes = (f"On {day.isoformat() if day else 'an unknown date'}, {sub_type.lower()} "
             f"by {a1[0]} in {rec.location_name} ({rec.admin1 or country})."
             + (f" {killed[0]} killed" if killed else "")
             + (f", {rec.injured_low} injured" if rec.injured_low is not None else "")
             + f" [{rec.number_of_sources} source(s)]")
    return {
        "event_id_cnty": f"{alpha3}{rec.id}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": 1 if rec.date else (2 if rec.ref_day else 3),
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_type,
        "actor1": a1[0], "assoc_actor_1": "; ".join(vocab.actor(p)[0] for p in side1[1:]),
        "inter1": inter1,
        "actor2": a2[0] if a2 else "", "assoc_actor_2": "; ".join(vocab.actor(p)[0] for p in side2[1:]),
        "inter2": inter2 if a2 else "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if side2 == ["civilians"] else "",
        "iso": iso, "region": region, "country": country, "admin1": rec.admin1 or "",
        "admin2": "", "admin3": "", "location": rec.location_name,
        "latitude": rec.lat if rec.lat is not None else "",
        "longitude": rec.lon if rec.lon is not None else "",
        "geo_precision": int(vocab.precision(rec.precision)[0]),
        "source": "; ".join(rec.outlets), "source_scale": "Other", "notes": notes,
        "fatalities": rec.killed_low or 0,
        "tags": f"best={rec.killed_best}; high={rec.killed_high}" if killed else "",
        "timestamp": int((rec.updated_at or dt.datetime.now(dt.timezone.utc)).timestamp()),
    }
