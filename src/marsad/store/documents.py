"""Writing one document and its extracted events, idempotently.

:func:`store_document` decides whether a document is new, updated (same id,
other content: its events are replaced) or unchanged (same id and content, or
the same content under another id), writes it, and returns what changed so the
caller can relink just that. It never commits: the caller's batch is one
transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.model import Document, Event
from marsad.store.dedup import assign_duplicates, content_hash, near_duplicates, normalised_text, store_bands
from marsad.store.records import event_row
from marsad.store.schema import DocumentRow, EventRow, utcnow

Status = Literal["new", "updated", "unchanged", "same_content"]


@dataclass
class Stored:
    """What storing one document did."""

    status: Status
    events: int = 0
    same_as: str | None = None  # for same_content: the stored document with that content
    changed_documents: set[str] = field(default_factory=set)  # whose events must be relinked
    old_days: set[dt.date] = field(default_factory=set)  # days of the events it replaced


def store_document(session: Session, doc: Document, events: list[Event]) -> Stored:
    """Store *doc* with *events* unless it is already stored as it is."""
    digest = content_hash(doc.title, doc.text)
    row = session.get(DocumentRow, doc.id)
    if row is not None and row.content_hash == digest:
        return Stored("unchanged")
    if row is None:
        same = session.scalar(sa.select(DocumentRow.id).where(DocumentRow.content_hash == digest).limit(1))
        if same is not None:
            return Stored("same_content", same_as=same)

    result = Stored("new" if row is None else "updated", events=len(events))
    neighbours_before: list[DocumentRow] = []
    if row is None:
        row = DocumentRow(id=doc.id)
        session.add(row)
    else:
        neighbours_before = near_duplicates(session, row)
        result.old_days = {e.ref_day for e in row.events if e.ref_day}
        row.events.clear()
        session.flush()
    row.source, row.title, row.text, row.url = doc.source, doc.title, doc.text, doc.url
    row.published, row.published_day = doc.published, doc.published_day
    row.content_hash, row.text_norm = digest, normalised_text(doc.title, doc.text)
    row.ingested_at = utcnow()
    row.events.extend(event_row(e, i, doc.published_day) for i, e in enumerate(events))
    session.flush()
    store_bands(session, row)
    session.flush()
    result.changed_documents = {row.id} | assign_duplicates(session, [row, *neighbours_before])
    return result


def store_batch(session: Session, batch: list[tuple[Document, list[Event]]]) -> list[Stored]:
    """Store a batch of extracted documents and relink what they touched (no commit)."""
    from marsad.link.relink import relink

    results = [store_document(session, doc, events) for doc, events in batch]
    changed = set().union(*(r.changed_documents for r in results))
    days = set().union(*(r.old_days for r in results))
    undated: list[int] = []
    if changed:
        for event_id, day in session.execute(sa.select(EventRow.id, EventRow.ref_day)
                                             .where(EventRow.document_id.in_(changed))):
            if day is None:
                undated.append(event_id)
            else:
                days.add(day)
    if days or undated:
        relink(session, min(days) if days else None, undated)
    return results
