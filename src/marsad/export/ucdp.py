"""UCDP GED-style rows (GED codebook column names; marsad's low/best/high).

``type_of_violence``: 3 (one-sided) when civilians are the target of a
non-clash event, else 1 (state-based) when a state takes part, else 2
(non-state). Deaths go to ``deaths_civilians`` for one-sided violence and to
``deaths_unknown`` otherwise (reports rarely break figures down by side).
An undated row spans the week before its first publication (``date_prec`` 3).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.export import vocab
from marsad.export.records import Record

COLUMNS = (
    "id", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_original",
    "source_office", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude",
    "longitude", "country", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "number_of_sources",
)


def violence_type(rec: Record) -> int:
    if "civilians" in rec.targets and rec.type not in ("armed_clash", "territory_change"):
        return 3
    return 1 if any(vocab.is_state(p) for p in rec.perpetrators) else 2


def row(rec: Record) -> dict[str, Any]:
    kind = violence_type(rec)
    perps = vocab.main_first(rec.perpetrators) or ["-"]
    side_a = vocab.actor(perps[0])[2]
    side_b = ("Civilians" if kind == 3
              else "; ".join(vocab.actor(p)[2] for p in perps[1:]) or "Unknown")
    if rec.date:
        start = end = rec.date
    elif rec.ref_day:
        start, end = rec.ref_day - dt.timedelta(days=6), rec.ref_day
    else:
        start = end = None
    best = rec.killed_best or 0
    _, country, region, _ = vocab.country(rec.country)
    return {
        "id": rec.id, "year": end.year if end else "", "type_of_violence": kind,
        "side_a": side_a, "side_b": side_b,
        "source_article": "; ".join(f"{a['source'] or a['id']}, {a['published'] or ''}, "
                                    f"{a['title'] or ''}" for a in rec.articles),
        "source_original": "; ".join(rec.attributions),
        "source_office": "; ".join(rec.outlets),
        "where_prec": int(vocab.precision(rec.precision)[1]),
        "where_coordinates": f"{rec.location_name} {rec.pcode or ''}".strip(),
        "adm_1": rec.admin1 or "", "adm_2": "",
        "latitude": rec.lat if rec.lat is not None else "",
        "longitude": rec.lon if rec.lon is not None else "",
        "country": country, "region": region,
        "event_clarity": 1 if rec.date and rec.number_of_sources > 1 else 2,
        "date_prec": 1 if rec.date else 3,
        "date_start": start.isoformat() if start else "", "date_end": end.isoformat() if end else "",
        "deaths_a": 0, "deaths_b": 0,
        "deaths_civilians": best if kind == 3 else 0, "deaths_unknown": 0 if kind == 3 else best,
        "best": best, "high": rec.killed_high or 0, "low": rec.killed_low or 0,
        "number_of_sources": rec.number_of_sources,
    }
