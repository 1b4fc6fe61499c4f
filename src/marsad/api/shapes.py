"""Turning the store's dicts into the API's shapes.

The store keeps an incident's place in flat columns and calls its outlets
``sources``; the API gives incidents a ``location`` object like events have,
``outlets`` for who reported it and ``sources`` for the attribution codes
(codebook §10), so one client can read both.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.store.schema import DocumentRow

_LOCATION = ("admin1", "country", "precision", "pcode", "lat", "lon")


def incident_out(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in data.items() if k not in _LOCATION + ("location_name", "sources")}
    out["location"] = {"name": data["location_name"], **{k: data.get(k) for k in _LOCATION}}
    out["outlets"] = list(data.get("sources") or [])
    return out


def incident_detail(session: Session, data: dict[str, Any]) -> dict[str, Any]:
    """An incident with every report's document text (its spans index into it)."""
    out = incident_out(data)
    texts = _column(session, DocumentRow.text, {r["document"]["id"] for r in data["reports"]})
    out["reports"] = [
        {**r, "outlet": r["document"].get("source"), "document": {**r["document"], "text": texts[r["document"]["id"]]}}
        for r in data["reports"]
    ]
    out["sources"] = sorted({code for r in data["reports"] for code in r.get("sources") or []})
    return out


def with_outlets(session: Session, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with the name of the outlet that reported each."""
    outlets = _column(session, DocumentRow.source, {e["document_id"] for e in events})
    return [{**e, "outlet": outlets.get(e["document_id"])} for e in events]


def _column(session: Session, column: Any, ids: set[str]) -> dict[str, Any]:
    """document id -> one column of that document, for the given ids."""
    if not ids:
        return {}
    rows = session.execute(sa.select(DocumentRow.id, column).where(DocumentRow.id.in_(ids)))
    return {doc_id: value for doc_id, value in rows}


def point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
