"""Full records for JSONL, CSV and GeoJSON: every field, spans and reports included."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from marsad.export.records import Record


def full(rec: Record) -> dict[str, Any]:
    """A record as JSON-ready data (dates as ISO strings)."""
    data = asdict(rec)
    for key in ("date", "ref_day", "updated_at"):
        data[key] = data[key].isoformat() if data[key] else None
    data.update(data.pop("detail"))
    return data


def csv_row(rec: Record) -> dict[str, Any]:
    """Lists joined with ';', nested objects as JSON text."""
    out = {}
    for key, value in full(rec).items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ";".join(value)
        elif isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        out[key] = "" if value is None else value
    return out


def feature(rec: Record) -> dict[str, Any] | None:
    """A GeoJSON point Feature, or None without coordinates."""
    if rec.lat is None or rec.lon is None:
        return None
    props = full(rec)
    return {"type": "Feature", "id": rec.id,
            "geometry": {"type": "Point", "coordinates": [rec.lon, rec.lat]},
            "properties": props}
