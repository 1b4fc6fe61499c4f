"""The audit log: every reviewer change, who made it and when."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Query

from marsad.api.auth import Reader
from marsad.api.deps import DB
from marsad.api.schemas import AuditPage
from marsad.store import queries
from marsad.store.schema import AuditLog, EventRow

router = APIRouter(prefix="/api", tags=["audit"])


@router.get("/audit", response_model=AuditPage)
def audit(
    db: DB,
    _: Reader,
    object_type: Literal["event", "incident"] | None = None,
    object_id: str | None = None,
    incident_id: Annotated[int | None, Query(description="changes to this incident, its events and events split from it")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    """Newest changes first, optionally for one object or one incident's page."""
    if incident_id is None:
        return {"items": queries.audit_trail(db, object_type, object_id, limit=limit)}
    events = [str(i) for i in db.scalars(sa.select(EventRow.id).where(EventRow.incident_id == incident_id))]
    this = str(incident_id)  # audit values are JSON: an id is its digits
    stmt = (
        sa.select(AuditLog)
        .where(sa.or_(
            sa.and_(AuditLog.object_type == "incident", AuditLog.object_id == this),
            sa.and_(AuditLog.object_type == "event", AuditLog.object_id.in_(events)),
            # events split out of (or into) this incident no longer belong to it
            sa.and_(AuditLog.field == "incident_id", sa.or_(AuditLog.old_value == this, AuditLog.new_value == this)),
        ))
        .order_by(AuditLog.id.desc())
        .limit(limit)
    )
    return {"items": [_entry(a) for a in db.scalars(stmt)]}


def _entry(a: AuditLog) -> dict[str, Any]:
    return {"id": a.id, "at": a.at.isoformat(), "actor": a.actor, "action": a.action,
            "object_type": a.object_type, "object_id": a.object_id, "field": a.field,
            "old_value": a.old_value, "new_value": a.new_value}
