"""Applying linking to the store, incrementally.

:func:`relink` re-sweeps (:mod:`.cluster`) every event from a day on, starting
from the incidents still open on the days just before, and rewrites only the
incidents in that window, reusing their ids where it can. Callers pass the
earliest day their change touches (new events, an updated document's old
events, a document newly marked near-duplicate). Tallies, events of
near-duplicate documents and events of reviewer-locked incidents are never
linked here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.link.cluster import ANCHOR, Cluster, sweep
from marsad.link.figures import derive
from marsad.link.rules import UNDATED_WINDOW_DAYS, Report, name_key
from marsad.store.schema import DocumentRow, EventRow, IncidentRow


def report(row: EventRow, doc: DocumentRow) -> Report:
    return Report(
        event_id=row.id, document_id=row.document_id, position=row.position,
        outlet=doc.source or doc.id, type=row.type, date=row.date, ref_day=row.ref_day,
        name=row.location_name, admin1=row.admin1, country=row.country,
        precision=row.precision, pcode=row.pcode, lat=row.lat, lon=row.lon,
        perpetrators=tuple(row.perpetrators or ()), targets=tuple(row.targets or ()),
        killed=row.killed, injured=row.injured, name_key=name_key(row.location_name),
    )


def _write(session: Session, members: Cluster, incident: IncidentRow,
           rows: dict[int, EventRow]) -> None:
    for key, value in derive(members).items():
        setattr(incident, key, value)
    session.add(incident)
    session.flush()
    for r, why in members:
        rows[r.event_id].incident_id, rows[r.event_id].link_rule = incident.id, why


def relink(session: Session, since: dt.date | None, undated: Collection[int] = ()) -> int:
    """Regroup events with a reference day >= *since*, and the undated events *undated*.

    Returns the number of incidents written.
    """
    session.flush()
    locked = set(session.scalars(sa.select(IncidentRow.id).where(IncidentRow.locked.is_(True))))
    stmt = sa.select(EventRow, DocumentRow).join(DocumentRow)
    window = []
    if since is not None:
        window += session.execute(stmt.where(EventRow.ref_day >= since - dt.timedelta(UNDATED_WINDOW_DAYS)))
    if undated:
        window += session.execute(stmt.where(EventRow.id.in_(list(undated)), EventRow.ref_day.is_(None)))

    old_ids: set[int] = set()
    fixed: dict[int, Cluster] = {}
    todo: list[Report] = []
    rows: dict[int, EventRow] = {}
    for ev, doc in window:
        if ev.incident_id in locked:
            continue
        if ev.tally or doc.duplicate_of is not None:
            if ev.incident_id is not None:
                old_ids.add(ev.incident_id)
            ev.incident_id, ev.link_rule = None, None
            continue
        rows[ev.id] = ev
        if ev.ref_day is not None and since is not None and ev.ref_day < since and ev.incident_id:
            fixed.setdefault(ev.incident_id, []).append((report(ev, doc), ev.link_rule or ANCHOR))
        else:
            todo.append(report(ev, doc))
            if ev.incident_id is not None:
                old_ids.add(ev.incident_id)

    start_ids = sorted(fixed, key=lambda i: min(r.sort_key() for r, _ in fixed[i]))
    start = [sorted(fixed[i], key=lambda m: m[0].sort_key()) for i in start_ids]
    clusters = sweep([r for r in todo if r.ref_day is not None], start)
    clusters += [[(r, ANCHOR)] for r in todo if r.ref_day is None]

    available = old_ids - set(start_ids)
    for n, members in enumerate(clusters):
        if n < len(start_ids):
            incident = session.get(IncidentRow, start_ids[n])
        else:
            previous = Counter(rows[r.event_id].incident_id for r, _ in members)
            reuse = sorted((i for i in previous if i in available), key=lambda i: (-previous[i], i))
            incident = session.get(IncidentRow, reuse[0]) if reuse else IncidentRow()
            available.discard(incident.id)
        _write(session, members, incident, rows)
    if available:
        session.flush()
        orphans = sa.select(EventRow.incident_id).where(EventRow.incident_id.in_(available))
        session.execute(sa.delete(IncidentRow).where(IncidentRow.id.in_(available),
                                                     IncidentRow.id.not_in(orphans),
                                                     IncidentRow.locked.is_(False)))
        session.expire_all()
    return len(clusters)


def relink_all(session: Session) -> int:
    """Regroup every event from scratch (``marsad incidents relink``)."""
    first = session.scalar(sa.select(sa.func.min(EventRow.ref_day)))
    undated = list(session.scalars(sa.select(EventRow.id).where(EventRow.ref_day.is_(None))))
    return relink(session, first, undated)
