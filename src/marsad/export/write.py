"""Writing records in a format to a text stream (the I/O edge of the exports)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from sqlalchemy.orm import Session

from marsad.export import acled, flat, ucdp
from marsad.export.records import Record, from_event, from_incident
from marsad.store import queries

FORMATS = ("acled", "ucdp", "geojson", "jsonl", "csv")


def records(session: Session, unit: str, **filters) -> Iterator[Record]:
    """Incidents, or events (tallies and near-duplicates flagged in their details)."""
    if unit == "incidents":
        for inc in queries.iter_incident_rows(session, **filters):
            yield from_incident(inc)
    else:
        for ev, doc in queries.iter_event_rows(session, **filters):
            yield from_event(ev, doc)


def _table(out: TextIO, columns: Iterable[str], rows: Iterable[dict]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="raise")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write(out: TextIO, fmt: str, recs: Iterable[Record]) -> int:
    """Write *recs* as *fmt*; returns how many were written.

    ACLED, UCDP and GeoJSON leave tallies out; GeoJSON also leaves out records
    without coordinates.
    """
    if fmt == "acled":
        return _table(out, acled.COLUMNS, (acled.row(r) for r in recs if not r.tally))
    if fmt == "ucdp":
        return _table(out, ucdp.COLUMNS, (ucdp.row(r) for r in recs if not r.tally))
    if fmt == "geojson":
        features = [f for r in recs if not r.tally and (f := flat.feature(r))]
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        return len(features)
    if fmt == "jsonl":
        n = 0
        for r in recs:
            out.write(json.dumps(flat.full(r), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        rows = [flat.csv_row(r) for r in recs]
        columns = list(rows[0]) if rows else []
        return _table(out, columns, rows)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
