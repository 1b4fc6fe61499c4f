"""Applying linking to the store, incrementally.

:func:`relink` re-sweeps (:mod:`.cluster`) the events from a day on, starting
from the incidents still open on the days just before (with all their
reports), and rewrites only the incidents and event links that changed,
reusing incident ids where it can. Callers pass the earliest day their change
touches (new events, an updated document's old events, a document newly
marked near-duplicate) and, when they know it, the latest (*until*).

With *until*, the sweep stops as soon as it has caught up with the stored
incidents: past ``until + 2`` days, once the incidents open at the end of a
day have exactly the members the stored ones have, every later report goes
where it already is (the sweep depends on nothing else), so the rest of the
database is left alone. Events are read in growing slices of days, so a
backfill of an old day reads a few days, not every later event.

Tallies, events of near-duplicate documents and events of reviewer-locked
incidents are never linked here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.link.cluster import ANCHOR, Cluster, Sweep
from marsad.link.figures import derive
from marsad.link.rules import UNDATED_WINDOW_DAYS, Report, name_key
from marsad.store.schema import DocumentRow, EventRow, IncidentRow, utcnow

IN_CHUNK = 500
FIRST_SLICE_DAYS = 7  # days read past *until* at first; each further slice doubles


def report(row: EventRow, doc: DocumentRow) -> Report:
    return Report(
        event_id=row.id, document_id=row.document_id, position=row.position,
        outlet=doc.source or doc.id, type=row.type, date=row.date, ref_day=row.ref_day,
        name=row.location_name, admin1=row.admin1, country=row.country,
        precision=row.precision, pcode=row.pcode, lat=row.lat, lon=row.lon,
        perpetrators=tuple(row.perpetrators or ()), targets=tuple(row.targets or ()),
        killed=row.killed, injured=row.injured, name_key=name_key(row.location_name),
    )


_COLUMNS = (EventRow.id, EventRow.document_id, EventRow.position, EventRow.type, EventRow.date,
            EventRow.ref_day, EventRow.location_name, EventRow.admin1, EventRow.country,
            EventRow.precision, EventRow.pcode, EventRow.lat, EventRow.lon,
            EventRow.perpetrators, EventRow.targets, EventRow.killed, EventRow.injured,
            EventRow.tally, EventRow.incident_id, EventRow.link_rule,
            DocumentRow.source, DocumentRow.duplicate_of)
_SELECT = sa.select(*_COLUMNS).join(DocumentRow, EventRow.document_id == DocumentRow.id)
_NAME_KEYS: dict[str, str] = {}


def _report(row: Any) -> Report:
    name = row.location_name
    key = _NAME_KEYS.get(name)
    if key is None:
        key = _NAME_KEYS[name] = name_key(name)
    return Report(
        event_id=row.id, document_id=row.document_id, position=row.position,
        outlet=row.source or row.document_id, type=row.type, date=row.date, ref_day=row.ref_day,
        name=name, admin1=row.admin1, country=row.country,
        precision=row.precision, pcode=row.pcode, lat=row.lat, lon=row.lon,
        perpetrators=tuple(row.perpetrators or ()), targets=tuple(row.targets or ()),
        killed=row.killed, injured=row.injured, name_key=key,
    )


def _chunks(values: Iterable, size: int = IN_CHUNK) -> Iterable[list]:
    items = list(values)
    for i in range(0, len(items), size):
        yield items[i:i + size]


class _Relink:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.locked = set(session.scalars(sa.select(IncidentRow.id).where(IncidentRow.locked.is_(True))))
        self.stored: dict[int, tuple[int | None, str | None]] = {}  # event -> (incident, rule) now
        self.old_ids: set[int] = set()  # incidents whose reports are regrouped
        self.unlink: list[int] = []  # events that must belong to no incident

    def linkable(self, row: Any) -> bool:
        """Record *row*; False when it must not be linked (locked, tally, near-duplicate)."""
        if row.incident_id in self.locked:
            return False
        self.stored[row.id] = (row.incident_id, row.link_rule)
        if row.tally or row.duplicate_of is not None:
            if row.incident_id is not None:
                self.old_ids.add(row.incident_id)
                self.unlink.append(row.id)
            return False
        return True

    def rows(self, *where: Any) -> list[Any]:
        return list(self.session.execute(_SELECT.where(*where)))


def relink(session: Session, since: dt.date | None, undated: Collection[int] = (),
           until: dt.date | None = None) -> int:
    """Regroup events with a reference day >= *since*, and the undated events *undated*.

    *until*, when given, is the latest reference day the caller changed: the
    sweep may then stop once it agrees with the stored incidents after it.
    Returns the number of incidents written or checked.
    """
    session.flush()
    state = _Relink(session)
    fixed: dict[int, Cluster] = {}
    clusters: list[Cluster] = []
    start_ids: list[int] = []
    if since is not None:
        lo = since - dt.timedelta(UNDATED_WINDOW_DAYS)
        last = session.scalar(sa.select(sa.func.max(EventRow.ref_day)))
        hi = None if until is None else max(until, since) + dt.timedelta(FIRST_SLICE_DAYS)
        if hi is not None and last is not None and hi > last:
            hi = None
        first = state.rows(EventRow.ref_day >= lo, *([EventRow.ref_day < hi] if hi else []))
        first.sort(key=lambda r: (r.ref_day, r.document_id, r.position))
        # incidents open before *since* keep their reports there, all of them
        later = []
        for row in first:
            if row.ref_day < since and row.incident_id is not None:
                if state.linkable(row):
                    fixed.setdefault(row.incident_id, []).append((_report(row), row.link_rule or ANCHOR))
            else:  # from *since* on, and any unlinked report before it, is swept
                later.append(row)
        if fixed:
            for part in _chunks(fixed):
                for row in state.rows(EventRow.incident_id.in_(part), EventRow.ref_day < lo):
                    if state.linkable(row):
                        fixed[row.incident_id].append((_report(row), row.link_rule or ANCHOR))
        start_ids = sorted(fixed, key=lambda i: min(r.sort_key() for r, _ in fixed[i]))
        start = [sorted(fixed[i], key=lambda m: m[0].sort_key()) for i in start_ids]
        clusters = _sweep(state, start, later, hi, last, since, until)
    if undated:
        for part in _chunks(undated):
            for row in state.rows(EventRow.id.in_(part), EventRow.ref_day.is_(None)):
                if state.linkable(row):
                    if row.incident_id is not None:
                        state.old_ids.add(row.incident_id)
                    clusters.append([(_report(row), ANCHOR)])
    _write(session, state, clusters, start_ids)
    return len(clusters)


def _sweep(state: _Relink, start: list[Cluster], rows: list[Any], hi: dt.date | None,
           last: dt.date | None, since: dt.date, until: dt.date | None) -> list[Cluster]:
    """Sweep *rows* (and later slices) from the open incidents *start*; stop once caught up."""
    sweep = Sweep(start)
    settle = None if until is None else max(until, since) + dt.timedelta(UNDATED_WINDOW_DAYS)
    stored_members: dict[int, set[int]] = {}  # stored incident -> its swept linkable events
    stored_first: dict[int, dt.date] = {}  # stored incident -> earliest day of its events seen
    for _, members in sweep.open_:
        for r, _ in members:
            inc = state.stored[r.event_id][0]
            stored_members.setdefault(inc, set()).add(r.event_id)
            stored_first[inc] = min(stored_first.get(inc, r.ref_day), r.ref_day)
    step = FIRST_SLICE_DAYS
    while True:
        reports = []
        for row in rows:
            if row.incident_id is not None and row.incident_id not in state.locked:
                stored_first[row.incident_id] = min(stored_first.get(row.incident_id, row.ref_day),
                                                    row.ref_day)
            if state.linkable(row):
                reports.append(_report(row))
        reports.sort(key=Report.sort_key)
        day = None
        for n, rep in enumerate(reports):
            if rep.ref_day != day:
                if settle is not None and day is not None and day >= settle \
                        and _caught_up(sweep, stored_members, stored_first, day):
                    return _finish(state, sweep, day)
                day = rep.ref_day
            inc = state.stored[rep.event_id][0]
            if inc is not None:
                state.old_ids.add(inc)
                stored_members.setdefault(inc, set()).add(rep.event_id)
            sweep.add(rep)
        if hi is None:
            return sweep.clusters
        if settle is not None and day is not None and day >= settle \
                and _caught_up(sweep, stored_members, stored_first, day):
            return _finish(state, sweep, day)
        lo, hi = hi, hi + dt.timedelta(step)
        step *= 2
        if last is not None and hi > last:
            hi = None
        rows = state.rows(EventRow.ref_day >= lo, *([EventRow.ref_day < hi] if hi else []))


def _caught_up(sweep: Sweep, stored_members: dict[int, set[int]],
               stored_first: dict[int, dt.date], day: dt.date) -> bool:
    """Do the incidents open after *day* have the same reports as the stored ones?"""
    edge = day - dt.timedelta(UNDATED_WINDOW_DAYS - 1)  # anchors still open on day + 1
    mine = {frozenset(r.event_id for r, _ in c) for d, c in sweep.open_ if d >= edge}
    stored = {frozenset(ids) for inc, ids in stored_members.items()
              if inc is not None and stored_first[inc] >= edge}
    return mine == stored


def _finish(state: _Relink, sweep: Sweep, day: dt.date) -> list[Cluster]:
    """The swept incidents, those still open completed with their stored later reports."""
    edge = day - dt.timedelta(UNDATED_WINDOW_DAYS - 1)
    still_open = {state.stored[c[0][0].event_id][0]: c for d, c in sweep.open_ if d >= edge}
    for part in _chunks(still_open):
        rest = [row for row in state.rows(EventRow.incident_id.in_(part), EventRow.ref_day > day)
                if state.linkable(row)]
        for row in sorted(rest, key=lambda r: _report(r).sort_key()):
            still_open[row.incident_id].append((_report(row), row.link_rule or ANCHOR))
    return sweep.clusters


_INCIDENT_COLUMNS = [c.name for c in IncidentRow.__table__.columns
                     if c.name not in ("id", "locked", "updated_at")]


def _write(session: Session, state: _Relink, clusters: list[Cluster], start_ids: list[int]) -> None:
    """Write the incidents of *clusters* and their events' links, only what changed."""
    incidents = IncidentRow.__table__
    events = EventRow.__table__
    known = set(start_ids) | state.old_ids
    stored: dict[int, dict[str, Any]] = {}
    for part in _chunks(known):
        for row in session.execute(sa.select(incidents).where(incidents.c.id.in_(part))).mappings():
            stored[row["id"]] = {k: row[k] for k in _INCIDENT_COLUMNS}
    available = state.old_ids - set(start_ids)
    updates: list[dict[str, Any]] = []
    new: list[tuple[Cluster, dict[str, Any]]] = []
    links: dict[int, tuple[int | None, str | None]] = {e: (None, None) for e in state.unlink}
    for n, members in enumerate(clusters):
        values = derive(members)
        if n < len(start_ids):
            incident_id = start_ids[n]
        else:
            previous = Counter(state.stored[r.event_id][0] for r, _ in members)
            reuse = sorted((i for i in previous if i in available), key=lambda i: (-previous[i], i))
            incident_id = reuse[0] if reuse else None
        if incident_id is None:
            new.append((members, values))
            continue
        available.discard(incident_id)
        if stored.get(incident_id) != values:
            updates.append({"b_id": incident_id, "updated_at": utcnow(), **values})
        _link(state, links, members, incident_id)
    if new:  # one INSERT for the batch's new incidents; ids come back in cluster order
        now = utcnow()
        stmt = incidents.insert().returning(incidents.c.id, sort_by_parameter_order=True)
        ids = session.execute(stmt, [{"locked": False, "updated_at": now, **values}
                                     for _, values in new]).scalars().all()
        for (members, _), incident_id in zip(new, ids, strict=True):
            _link(state, links, members, incident_id)
    if updates:
        session.execute(incidents.update().where(incidents.c.id == sa.bindparam("b_id")), updates)
    if links:
        session.execute(events.update().where(events.c.id == sa.bindparam("b_id"))
                        .values(incident_id=sa.bindparam("b_inc"), link_rule=sa.bindparam("b_rule")),
                        [{"b_id": e, "b_inc": i, "b_rule": w} for e, (i, w) in sorted(links.items())])
    if available:
        orphans = sa.select(events.c.incident_id).where(events.c.incident_id.in_(available))
        session.execute(sa.delete(incidents).where(incidents.c.id.in_(available),
                                                   incidents.c.id.not_in(orphans),
                                                   incidents.c.locked.is_(False)))
    session.expire_all()


def _link(state: _Relink, links: dict[int, tuple[int | None, str | None]], members: Cluster,
          incident_id: int) -> None:
    for r, why in members:
        if state.stored[r.event_id] != (incident_id, why):
            links[r.event_id] = (incident_id, why)


def relink_all(session: Session) -> int:
    """Regroup every event from scratch (``marsad incidents relink``)."""
    first = session.scalar(sa.select(sa.func.min(EventRow.ref_day)))
    undated = list(session.scalars(sa.select(EventRow.id).where(EventRow.ref_day.is_(None))))
    return relink(session, first, undated)
