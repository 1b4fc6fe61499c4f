"""GeoJSON for maps: events and incidents that have coordinates, as points."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from marsad.api.auth import Reader
from marsad.api.deps import DB, Filters
from marsad.api.shapes import point
from marsad.store import queries

router = APIRouter(prefix="/api/geojson", tags=["geojson"])

MAX_FEATURES = 20_000


@router.get("/events")
def events(db: DB, filters: Filters, _: Reader) -> dict[str, Any]:
    """Events (not tallies) as a FeatureCollection of points."""
    features = [
        point(e["location"]["lon"], e["location"]["lat"], {
            "id": e["id"], "document_id": e["document_id"], "incident_id": e["incident_id"],
            "type": e["type"], "date": e["date"], "name": e["location"]["name"],
            "admin1": e["location"]["admin1"], "killed": e["killed"], "injured": e["injured"],
            "perpetrators": e["perpetrators"],
        })
        for e in queries.list_events(db, tally=False, limit=MAX_FEATURES, **filters)
        if e["location"]["lat"] is not None and e["location"]["lon"] is not None
    ]
    return {"type": "FeatureCollection", "features": features}


@router.get("/incidents")
def incidents(db: DB, filters: Filters, _: Reader) -> dict[str, Any]:
    """Incidents as points, with their low/best/high figures."""
    features = [
        point(i["lon"], i["lat"], {
            "id": i["id"], "type": i["type"], "date": i["date"], "name": i["location_name"],
            "admin1": i["admin1"], "killed_low": i["killed_low"], "killed_best": i["killed_best"],
            "killed_high": i["killed_high"], "injured_best": i["injured_best"],
            "outlets": i["sources"], "perpetrators": i["perpetrators"],
        })
        for i in queries.list_incidents(db, limit=MAX_FEATURES, **filters)
        if i["lat"] is not None and i["lon"] is not None
    ]
    return {"type": "FeatureCollection", "features": features}
