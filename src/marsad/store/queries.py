"""The store's query layer: what the API, the web dashboard and the CLI read and review.

Plain functions taking a :class:`~sqlalchemy.orm.Session` and returning plain
dicts (JSON-ready) or ORM rows. Filters are keyword arguments shared by events
and incidents:

``date_from``/``date_to`` (ISO dates, inclusive), ``admin1``, ``type``,
``perpetrator``, ``target``, ``min_killed`` and ``q`` (Arabic text, folded so
that اعزاز finds أعزاز; it searches the document text and the place name).

Counts and incident lists never include tallies or events of near-duplicate
documents (codebook §11): those are reports, not extra incidents. Review
actions (:func:`set_event_field`, :func:`split_event`, :func:`merge_incidents`)
write :class:`AuditLog` rows and re-derive incident figures in the caller's
transaction: the caller commits.
"""

from __future__ import annotations

import json
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.link.figures import derive
from marsad.link.relink import relink, report
from marsad.model import Event
from marsad.store.records import event_dict, event_model, fold_name, incident_dict, parse_day
from marsad.store.schema import AuditLog, DocumentRow, EventRow, IncidentRow

Filters = dict[str, Any]


def _json_has(column: Any, code: str) -> Any:
    """A JSON list column contains *code* (portable: matches the serialised text)."""
    return sa.cast(column, sa.Text).like(f'%"{code}"%')


def _text_match(q: str, name_norm: Any) -> Any:
    needle = f"%{fold_name(q)}%"
    in_docs = sa.select(EventRow.id).join(DocumentRow).where(DocumentRow.text_norm.like(needle))
    return sa.or_(name_norm.like(needle), EventRow.id.in_(in_docs))


def _filters(table: type[EventRow] | type[IncidentRow], *, date_from: str | None = None,
             date_to: str | None = None, admin1: str | None = None, type: str | None = None,
             perpetrator: str | None = None, target: str | None = None,
             min_killed: int | None = None, q: str | None = None) -> list[Any]:
    where: list[Any] = []
    if date_from:
        where.append(table.date >= parse_day(date_from))
    if date_to:
        where.append(table.date <= parse_day(date_to))
    if admin1:
        where.append(table.admin1 == admin1)
    if type:
        where.append(table.type == type)
    if perpetrator:
        where.append(_json_has(table.perpetrators, perpetrator))
    if target:
        where.append(_json_has(table.targets, target))
    killed = table.killed if table is EventRow else table.killed_low
    if min_killed is not None:
        where.append(killed >= min_killed)
    if q and fold_name(q):
        if table is EventRow:
            where.append(_text_match(q, EventRow.name_norm))
        else:
            matching = sa.select(EventRow.incident_id).where(_text_match(q, EventRow.name_norm))
            where.append(IncidentRow.id.in_(matching))
    return where


def _counted_events() -> list[Any]:
    """Events that count: not tallies, not from near-duplicate documents."""
    originals = sa.select(DocumentRow.id).where(DocumentRow.duplicate_of.is_(None))
    return [EventRow.tally.is_(False), EventRow.document_id.in_(originals)]


# ---------------------------------------------------------------- listing


def list_events(session: Session, *, tally: bool | None = None, include_duplicates: bool = True,
                limit: int = 100, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
    """Events newest first. ``tally=False`` keeps incidents only, ``True`` tallies only."""
    stmt = sa.select(EventRow).where(*_filters(EventRow, **filters))
    if tally is not None:
        stmt = stmt.where(EventRow.tally.is_(tally))
    if not include_duplicates:
        stmt = stmt.where(*_counted_events()[1:])
    stmt = stmt.order_by(EventRow.date.desc().nulls_last(), EventRow.id).limit(limit).offset(offset)
    return [event_dict(row) for row in session.scalars(stmt)]


def count_events(session: Session, **filters: Any) -> int:
    stmt = sa.select(sa.func.count()).select_from(EventRow).where(*_filters(EventRow, **filters))
    return session.scalar(stmt) or 0


def list_incidents(session: Session, *, limit: int = 100, offset: int = 0,
                   **filters: Any) -> list[dict[str, Any]]:
    """Incidents newest first (tallies are never incidents)."""
    stmt = (sa.select(IncidentRow).where(*_filters(IncidentRow, **filters))
            .order_by(IncidentRow.date.desc().nulls_last(), IncidentRow.id)
            .limit(limit).offset(offset))
    return [incident_dict(row) for row in session.scalars(stmt)]


def count_incidents(session: Session, **filters: Any) -> int:
    stmt = sa.select(sa.func.count()).select_from(IncidentRow).where(*_filters(IncidentRow, **filters))
    return session.scalar(stmt) or 0


def iter_event_rows(session: Session, **filters: Any):
    """All matching event rows with their documents, for exports (streams)."""
    stmt = (sa.select(EventRow, DocumentRow).join(DocumentRow)
            .where(*_filters(EventRow, **filters))
            .order_by(EventRow.document_id, EventRow.position))
    yield from session.execute(stmt.execution_options(yield_per=500))


def iter_incident_rows(session: Session, **filters: Any):
    stmt = sa.select(IncidentRow).where(*_filters(IncidentRow, **filters)).order_by(IncidentRow.id)
    yield from session.scalars(stmt.execution_options(yield_per=500))


# ---------------------------------------------------------------- one object


def _document_summary(doc: DocumentRow) -> dict[str, Any]:
    return {"id": doc.id, "source": doc.source, "title": doc.title, "published": doc.published,
            "url": doc.url, "duplicate_of": doc.duplicate_of}


def get_document(session: Session, document_id: str) -> dict[str, Any] | None:
    """A document with its text and its events (spans index into ``text``)."""
    doc = session.get(DocumentRow, document_id)
    if doc is None:
        return None
    duplicates = session.scalars(sa.select(DocumentRow.id).where(DocumentRow.duplicate_of == doc.id))
    return {**_document_summary(doc), "text": doc.text, "content_hash": doc.content_hash,
            "ingested_at": doc.ingested_at.isoformat(), "duplicates": sorted(duplicates),
            "events": [event_dict(e) for e in doc.events]}


def get_event(session: Session, event_id: int) -> dict[str, Any] | None:
    """An event with its document (text included, for its spans and evidence)."""
    row = session.get(EventRow, event_id)
    if row is None:
        return None
    doc = row.document
    return {**event_dict(row), "document": {**_document_summary(doc), "text": doc.text}}


def get_incident(session: Session, incident_id: int) -> dict[str, Any] | None:
    """An incident with its figures, explanation and each report (event + document)."""
    row = session.get(IncidentRow, incident_id)
    if row is None:
        return None
    reports = [{**event_dict(e), "document": _document_summary(e.document)} for e in row.events]
    return {**incident_dict(row), "explanation": row.explanation, "reports": reports}


# ---------------------------------------------------------------- counts

CountBy = Literal["day", "month", "admin1", "type", "perpetrator"]


def counts(session: Session, by: CountBy, *, unit: Literal["incidents", "events"] = "incidents",
           **filters: Any) -> list[dict[str, Any]]:
    """``[{"key", "count", "killed"}]`` grouped *by*; killed is the conservative figure.

    Incidents use ``killed_low``; events count once (no tallies, no near-duplicates).
    """
    table = IncidentRow if unit == "incidents" else EventRow
    killed = table.killed_low if unit == "incidents" else table.killed
    where = _filters(table, **filters) + (_counted_events() if unit == "events" else [])
    rows = session.execute(sa.select(table.date, table.admin1, table.type,
                                     table.perpetrators, killed).where(*where))
    out: dict[Any, list[int]] = {}
    for date, admin1, kind, perps, dead in rows:
        if by == "day":
            keys = [date.isoformat() if date else None]
        elif by == "month":
            keys = [date.strftime("%Y-%m") if date else None]
        elif by == "admin1":
            keys = [admin1]
        elif by == "type":
            keys = [kind]
        else:
            keys = list(perps or []) or [None]
        for key in keys:
            agg = out.setdefault(key, [0, 0])
            agg[0] += 1
            agg[1] += dead or 0
    ordered = sorted(out.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
    if by not in ("day", "month"):
        ordered.sort(key=lambda kv: -kv[1][0])
    return [{"key": k, "count": n, "killed": dead} for k, (n, dead) in ordered]


# ---------------------------------------------------------------- review actions

EDITABLE = {"type", "date", "killed", "killed_qualifier", "injured", "injured_qualifier",
            "perpetrators", "targets", "sources", "claimed", "tally", "location"}


def _audit(session: Session, actor: str, action: str, object_type: str, object_id: Any,
           field: str | None = None, old: Any = None, new: Any = None) -> None:
    def dump(v: Any) -> str | None:
        return None if v is None else json.dumps(v, ensure_ascii=False, default=str)

    session.add(AuditLog(actor=actor, action=action, object_type=object_type,
                         object_id=str(object_id), field=field,
                         old_value=dump(old), new_value=dump(new)))


def rederive(session: Session, incident: IncidentRow) -> None:
    """Recompute an incident's figures from its current reports (kept rules)."""
    members = [(report(e, e.document), e.link_rule or "") for e in incident.events]
    members.sort(key=lambda m: m[0].sort_key())
    for key, value in derive(members).items():
        setattr(incident, key, value)


def set_event_field(session: Session, event_id: int, field: str, value: Any, *,
                    actor: str) -> dict[str, Any]:
    """Correct one codebook field of an event; validated by the model, audited.

    The event's incident is regrouped (or, when locked by a reviewer, only
    re-derived), so its figures follow the correction.
    """
    if field not in EDITABLE:
        raise ValueError(f"field {field!r} cannot be edited; one of {sorted(EDITABLE)}")
    row = session.get(EventRow, event_id)
    if row is None:
        raise LookupError(f"no event {event_id}")
    current = event_model(row)
    old_day = row.ref_day
    old = current.model_dump(mode="json")[field]
    updated = Event.model_validate({**current.model_dump(mode="json"), field: value})
    new = updated.model_dump(mode="json")[field]
    if field == "location":
        loc = updated.location
        row.location_name, row.admin1, row.country = loc.name, loc.admin1, loc.country
        row.precision, row.pcode, row.lat, row.lon = loc.precision, loc.pcode, loc.lat, loc.lon
        row.name_norm = fold_name(loc.name)
    elif field == "date":
        row.date = parse_day(updated.date)
        row.ref_day = row.date or row.document.published_day
    else:
        setattr(row, field, new)
    _audit(session, actor, "set_field", "event", event_id, field, old, new)
    session.flush()
    incident = row.incident
    if incident is not None and incident.locked:
        rederive(session, incident)
    else:
        days = [d for d in (old_day, row.ref_day) if d]
        relink(session, min(days) if days else None, [row.id])
    session.flush()
    session.refresh(row)
    return event_dict(row)


def split_event(session: Session, event_id: int, *, actor: str) -> int:
    """Take an event out of its incident into an incident of its own; both are locked.

    Returns the new incident's id. Locked incidents keep their membership when
    later documents are linked.
    """
    row = session.get(EventRow, event_id)
    if row is None or row.incident is None:
        raise LookupError(f"no linked event {event_id}")
    old = row.incident
    if len(old.events) == 1:
        raise ValueError(f"event {event_id} is already alone in incident {old.id}")
    rule = f"split out of incident {old.id} by {actor}"
    new = IncidentRow(locked=True, **derive([(report(row, row.document), rule)]))
    session.add(new)
    session.flush()
    row.incident_id, row.link_rule = new.id, rule
    session.flush()
    session.expire(old, ["events"])
    old.locked = True
    rederive(session, old)
    _audit(session, actor, "split", "event", event_id, "incident_id", old.id, new.id)
    session.flush()
    return new.id


def merge_incidents(session: Session, keep_id: int, other_id: int, *, actor: str) -> int:
    """Move every report of incident *other_id* into *keep_id* (locked), delete the other."""
    if keep_id == other_id:
        raise ValueError("cannot merge an incident with itself")
    keep, other = session.get(IncidentRow, keep_id), session.get(IncidentRow, other_id)
    if keep is None or other is None:
        raise LookupError(f"no incident {keep_id if keep is None else other_id}")
    moved = [e.id for e in other.events]
    for event in list(other.events):
        event.incident, event.link_rule = keep, f"merged from incident {other_id} by {actor}"
    session.flush()
    session.delete(other)
    session.flush()
    keep.locked = True
    rederive(session, keep)
    _audit(session, actor, "merge", "incident", keep_id, "events", None, moved)
    _audit(session, actor, "merge", "incident", other_id, "id", other_id, keep_id)
    session.flush()
    return keep_id


def audit_trail(session: Session, object_type: str | None = None,
                object_id: Any = None, limit: int = 100) -> list[dict[str, Any]]:
    """The newest audit rows, optionally for one object."""
    stmt = sa.select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if object_type:
        stmt = stmt.where(AuditLog.object_type == object_type)
    if object_id is not None:
        stmt = stmt.where(AuditLog.object_id == str(object_id))
    return [{"id": a.id, "at": a.at.isoformat(), "actor": a.actor, "action": a.action,
             "object_type": a.object_type, "object_id": a.object_id, "field": a.field,
             "old_value": a.old_value, "new_value": a.new_value} for a in session.scalars(stmt)]

