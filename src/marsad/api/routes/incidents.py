"""Incidents: the linked reports of one real incident, and reviewer split/merge."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from marsad.api.auth import Reader, Reviewer
from marsad.api.deps import DB, Filters, Limit, Offset
from marsad.api.schemas import IncidentDetail, IncidentPage, MergeRequest, SplitRequest
from marsad.api.shapes import incident_detail, incident_out
from marsad.store import queries
from marsad.store.schema import EventRow

router = APIRouter(prefix="/api/incidents", tags=["incidents"])


@router.get("", response_model=IncidentPage)
def list_incidents(db: DB, filters: Filters, limit: Limit, offset: Offset, _: Reader) -> dict[str, Any]:
    """Incidents newest first, with low/best/high figures across their reports."""
    items = queries.list_incidents(db, limit=limit, offset=offset, **filters)
    return {"items": [incident_out(i) for i in items], "total": queries.count_incidents(db, **filters),
            "limit": limit, "offset": offset}


@router.get("/{incident_id}", response_model=IncidentDetail)
def get_incident(incident_id: int, db: DB, _: Reader) -> dict[str, Any]:
    """An incident with every outlet's report, each with its document text."""
    data = queries.get_incident(db, incident_id)
    if data is None:
        raise HTTPException(404, f"no incident {incident_id}")
    return incident_detail(db, data)


@router.post("/merge", response_model=IncidentDetail)
def merge(body: MergeRequest, db: DB, who: Reviewer) -> dict[str, Any]:
    """Merge incidents into the first one; the others are deleted. Audited."""
    keep, *others = body.incident_ids
    try:
        for other in others:
            queries.merge_incidents(db, keep, other, actor=who.name or "")
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    db.commit()
    return get_incident(keep, db, who)


@router.post("/{incident_id}/split", response_model=IncidentDetail)
def split(incident_id: int, body: SplitRequest, db: DB, who: Reviewer) -> dict[str, Any]:
    """Move the given events of this incident into one new incident. Audited;
    both incidents are then locked against automatic relinking."""
    members = {e.id for e in db.query(EventRow.id).filter(EventRow.incident_id == incident_id)}
    if not members:
        raise HTTPException(404, f"no incident {incident_id} with events")
    strangers = sorted(set(body.event_ids) - members)
    if strangers:
        raise HTTPException(422, f"events {strangers} are not in incident {incident_id}")
    try:
        first, *rest = body.event_ids
        new_id = queries.split_event(db, first, actor=who.name or "")
        for event_id in rest:
            queries.merge_incidents(db, new_id, queries.split_event(db, event_id, actor=who.name or ""),
                                    actor=who.name or "")
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    db.commit()
    return get_incident(new_id, db, who)
