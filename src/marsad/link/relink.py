"""Applying linking to the store, incrementally.

:func:`relink` is given the events that changed (new, or whose document was
updated or marked duplicate) and the incidents they used to belong to. It
widens that seed to the closed components (:mod:`.cluster`) around it,
regroups only those reports, and rewrites only those incidents, reusing their
ids where it can. Tallies, events of near-duplicate documents and events of
reviewer-locked incidents are never linked here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.link.cluster import Cluster, cluster, components
from marsad.link.figures import derive
from marsad.link.rules import UNDATED_WINDOW_DAYS, Report, name_key
from marsad.store.schema import DocumentRow, EventRow, IncidentRow

_WINDOW = dt.timedelta(days=UNDATED_WINDOW_DAYS)


def report(row: EventRow, doc: DocumentRow) -> Report:
    return Report(
        event_id=row.id, document_id=row.document_id, position=row.position,
        outlet=doc.source or doc.id, type=row.type, date=row.date, ref_day=row.ref_day,
        name=row.location_name, admin1=row.admin1, country=row.country,
        precision=row.precision, pcode=row.pcode, lat=row.lat, lon=row.lon,
        perpetrators=tuple(row.perpetrators or ()), targets=tuple(row.targets or ()),
        killed=row.killed, injured=row.injured, name_key=name_key(row.location_name),
    )


def _linkable():
    """Events that take part in automatic linking."""
    locked = sa.select(IncidentRow.id).where(IncidentRow.locked.is_(True))
    return (
        sa.select(EventRow, DocumentRow).join(DocumentRow, EventRow.document_id == DocumentRow.id)
        .where(EventRow.tally.is_(False), DocumentRow.duplicate_of.is_(None),
               sa.or_(EventRow.incident_id.is_(None), EventRow.incident_id.not_in(locked)))
    )


def _apply(session: Session, clusters: list[Cluster], rows: dict[int, EventRow],
           old_ids: set[int]) -> None:
    available = set(old_ids)
    for members in clusters:
        previous = Counter(rows[r.event_id].incident_id for r, _ in members)
        reuse = [i for i in sorted(previous, key=lambda i: (-previous[i], i or 0))
                 if i in available]
        incident = session.get(IncidentRow, reuse[0]) if reuse else IncidentRow()
        if reuse:
            available.discard(reuse[0])
        for key, value in derive(members).items():
            setattr(incident, key, value)
        session.add(incident)
        session.flush()
        for r, why in members:
            rows[r.event_id].incident_id = incident.id
            rows[r.event_id].link_rule = why
    if available:
        session.execute(sa.update(EventRow).where(EventRow.incident_id.in_(available))
                        .values(incident_id=None, link_rule=None))
        session.execute(sa.delete(IncidentRow).where(IncidentRow.id.in_(available),
                                                     IncidentRow.locked.is_(False)))


def relink(session: Session, event_ids: Collection[int] = (),
           incident_ids: Collection[int] = ()) -> int:
    """Regroup the reports around *event_ids* and *incident_ids*; returns incidents written."""
    session.flush()
    seed_ids = set(event_ids)
    if incident_ids:
        seed_ids |= set(session.scalars(
            sa.select(EventRow.id).where(EventRow.incident_id.in_(list(incident_ids)))))
    if not seed_ids:
        return 0
    old_ids = set(incident_ids)
    # events that cannot be linked leave their incidents
    unlinkable = session.scalars(
        sa.select(EventRow).join(DocumentRow).where(
            EventRow.id.in_(seed_ids),
            sa.or_(EventRow.tally.is_(True), DocumentRow.duplicate_of.is_not(None)))).all()
    for row in unlinkable:
        if row.incident_id:
            old_ids.add(row.incident_id)
        row.incident_id, row.link_rule = None, None
        seed_ids.discard(row.id)

    seeds = {ev.id: (ev, doc) for ev, doc in session.execute(_linkable().where(EventRow.id.in_(seed_ids)))}
    loaded = dict(seeds)
    members = [report(ev, doc) for ev, doc in seeds.values() if ev.ref_day is None]
    days = [ev.ref_day for ev, _ in seeds.values() if ev.ref_day]
    if days:
        lo, hi = min(days) - _WINDOW, max(days) + _WINDOW
        while True:  # widen the window until the touched components are closed in it
            window = _linkable().where(EventRow.ref_day.between(lo, hi))
            loaded.update({ev.id: (ev, doc) for ev, doc in session.execute(window)})
            touched = _touched_components([report(ev, doc) for ev, doc in loaded.values()], seeds)
            span = [r.ref_day for comp in touched for r in comp]
            new_lo, new_hi = min(span) - _WINDOW, max(span) + _WINDOW
            if new_lo >= lo and new_hi <= hi:
                break
            lo, hi = min(lo, new_lo), max(hi, new_hi)
        members += [r for comp in touched for r in comp]
    rows = {r.event_id: loaded[r.event_id][0] for r in members}
    old_ids |= {row.incident_id for row in rows.values() if row.incident_id}
    # an incident that loses members to this regrouping must be regrouped whole
    others = set(session.scalars(sa.select(EventRow.id).where(
        EventRow.incident_id.in_(old_ids), EventRow.id.not_in(list(rows)))))
    if others - seed_ids:
        return relink(session, seed_ids | others, old_ids)
    clusters = cluster(members)
    _apply(session, clusters, rows, old_ids)
    return len(clusters)


def _touched_components(reports: list[Report], seeds: Collection[int]) -> list[list[Report]]:
    """The components of *reports* that contain a seed event."""
    dated = [r for r in reports if r.ref_day is not None]
    return [c for c in components(dated) if any(r.event_id in seeds for r in c)]


def relink_all(session: Session) -> int:
    """Regroup every linkable event from scratch (``marsad incidents relink``)."""
    ids = list(session.scalars(sa.select(EventRow.id)))
    incident_ids = list(session.scalars(sa.select(IncidentRow.id).where(IncidentRow.locked.is_(False))))
    return relink(session, ids, incident_ids)
