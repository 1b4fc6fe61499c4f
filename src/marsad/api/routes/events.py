"""Events: list with filters, one event with its document, reviewer corrections."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from marsad.api.auth import Reader, Reviewer
from marsad.api.deps import DB, Filters, Limit, Offset
from marsad.api.schemas import EventOut, EventPage, EventPatch, ReportOut
from marsad.api.shapes import with_outlets
from marsad.store import queries

router = APIRouter(prefix="/api/events", tags=["events"])


@router.get("", response_model=EventPage)
def list_events(db: DB, filters: Filters, limit: Limit, offset: Offset, _: Reader) -> dict[str, Any]:
    """Events newest first. Filters combine; ``q`` searches the article text and place name."""
    items = queries.list_events(db, limit=limit, offset=offset, **filters)
    return {"items": with_outlets(db, items), "total": queries.count_events(db, **filters),
            "limit": limit, "offset": offset}


@router.get("/{event_id}", response_model=ReportOut)
def get_event(event_id: int, db: DB, _: Reader) -> dict[str, Any]:
    """One event with its document's text: ``evidence`` and ``spans`` index into it."""
    event = queries.get_event(db, event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return {**event, "outlet": event["document"].get("source")}


@router.patch("/{event_id}", response_model=EventOut)
def correct_event(event_id: int, patch: EventPatch, db: DB, who: Reviewer) -> dict[str, Any]:
    """Correct fields of an event. Each change is written to the audit log with
    the reviewer's token name, and the event's incident figures are re-derived."""
    changes = patch.changes()
    if not changes:
        raise HTTPException(422, "give at least one field to change")
    try:
        for field, value in changes.items():
            event = queries.set_event_field(db, event_id, field, value, actor=who.name or "")
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    db.commit()
    return with_outlets(db, [event])[0]
