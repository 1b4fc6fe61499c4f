"""Writing one document and its extracted events, idempotently.

:func:`store_document` decides whether a document is new, updated (same id,
other content: its events are replaced) or unchanged (same id and content, or
the same content under another id), writes it, and returns what changed so the
caller can relink just that. It never commits: the caller's batch is one
transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.model import Document, Event
from marsad.store.dedup import (assign_duplicates_batch, band_keys, chunked, near_map,
                                 normalised_text, shingles)
from marsad.store.records import event_values
from marsad.store.schema import DocumentBand, DocumentRow, EventRow, utcnow

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
    """Store *doc* with *events* unless it is already stored as it is (no relinking)."""
    return _Writer(session, [doc]).store(doc, events, _finish=True)


class _Writer:
    """Stores a batch's documents with a few statements, as if one by one.

    Documents, events and LSH bands are written with Core ``executemany``
    (events in batch order, so they get the ids one-by-one storing gave);
    which documents are stored, unchanged or same-content is decided from two
    queries up front, kept current as the batch goes. Near-duplicates are
    assigned once at the end, from all the bands then stored.
    """

    def __init__(self, session: Session, docs: list[Document]) -> None:
        self.session = session
        self.stored_hash: dict[str, str] = {}  # id -> content hash, as of now
        self.hash_owner: dict[str, str] = {}  # content hash -> a document with it
        self.grams: dict[str, set[int]] = {}  # shingles of the documents written
        self.written: list[str] = []  # ids of the documents written, in order
        self.neighbours_before: set[str] = set()
        self.pending_docs: list[dict] = []
        self.pending_events: list[dict] = []
        self.pending_bands: list[dict] = []
        prepared = {}
        for doc in docs:
            norm = normalised_text(doc.title, doc.text)
            prepared[id(doc)] = (norm, hashlib.sha256(norm.encode()).hexdigest())
        self.prepared = prepared
        for part in chunked({d.id for d in docs}):
            for doc_id, digest in session.execute(
                    sa.select(DocumentRow.id, DocumentRow.content_hash).where(DocumentRow.id.in_(part))):
                self.stored_hash[doc_id] = digest
        for part in chunked({h for _, h in prepared.values()}):
            for digest, doc_id in session.execute(
                    sa.select(DocumentRow.content_hash, DocumentRow.id)
                    .where(DocumentRow.content_hash.in_(part)).order_by(DocumentRow.id)):
                self.hash_owner.setdefault(digest, doc_id)

    def flush(self) -> None:
        for table, rows in ((DocumentRow.__table__, self.pending_docs),
                            (EventRow.__table__, self.pending_events),
                            (DocumentBand.__table__, self.pending_bands)):
            if rows:
                self.session.execute(table.insert(), rows)
                rows.clear()

    def _same_content(self, digest: str) -> str | None:
        owner = self.hash_owner.get(digest)
        if owner is not None and self.stored_hash.get(owner, digest) == digest:
            return owner
        if owner is None:
            return None
        # the owner was updated to other content in this batch: ask the database
        self.flush()
        owner = self.session.scalar(sa.select(DocumentRow.id)
                                    .where(DocumentRow.content_hash == digest).limit(1))
        if owner is None:
            del self.hash_owner[digest]
        else:
            self.hash_owner[digest] = owner
        return owner

    def store(self, doc: Document, events: list[Event], _finish: bool = False) -> Stored:
        norm, digest = self.prepared[id(doc)]
        current = self.stored_hash.get(doc.id)
        if current == digest:
            return Stored("unchanged")
        if current is None:
            same = self._same_content(digest)
            if same is not None:
                return Stored("same_content", same_as=same)
        result = Stored("new" if current is None else "updated", events=len(events))
        values = dict(source=doc.source, title=doc.title, text=doc.text, url=doc.url,
                      published=doc.published, published_day=doc.published_day,
                      content_hash=digest, text_norm=norm, ingested_at=utcnow())
        if current is None:
            self.pending_docs.append(dict(id=doc.id, duplicate_of=None, **values))
        else:
            self.flush()
            session = self.session
            self.grams.pop(doc.id, None)  # the old text's shingles, read again below
            self.neighbours_before.update(near_map(session, [doc.id], {})[doc.id])
            result.old_days = set(session.scalars(sa.select(EventRow.ref_day).where(
                EventRow.document_id == doc.id, EventRow.ref_day.is_not(None))))
            session.execute(sa.delete(EventRow.__table__).where(EventRow.document_id == doc.id))
            session.execute(sa.delete(DocumentBand.__table__).where(DocumentBand.document_id == doc.id))
            session.execute(sa.update(DocumentRow.__table__).where(DocumentRow.id == doc.id).values(**values))
        self.pending_events.extend(dict(document_id=doc.id, incident_id=None, link_rule=None,
                                        **event_values(e, i, doc.published_day))
                                   for i, e in enumerate(events))
        grams = shingles(norm)
        self.grams[doc.id] = grams
        self.pending_bands.extend({"band": k, "document_id": doc.id} for k in sorted(set(band_keys(grams))))
        self.stored_hash[doc.id] = digest
        self.hash_owner.setdefault(digest, doc.id)
        self.written.append(doc.id)
        if _finish:
            result.changed_documents = {doc.id} | self.finish()
        return result

    def finish(self) -> set[str]:
        """Write what is pending, assign near-duplicates; the ids whose original changed."""
        self.flush()
        if not self.written:
            return set()
        changed = assign_duplicates_batch(self.session, self.written, self.grams,
                                          also=self.neighbours_before)
        return changed | set(self.written)


def store_batch(session: Session, batch: list[tuple[Document, list[Event]]]) -> list[Stored]:
    """Store a batch of extracted documents and relink what they touched (no commit)."""
    from marsad.link.relink import relink

    session.flush()
    writer = _Writer(session, [doc for doc, _ in batch])
    results = [writer.store(doc, events) for doc, events in batch]
    changed = writer.finish()
    days = set().union(*(r.old_days for r in results))
    undated: list[int] = []
    for part in chunked(changed):
        for event_id, day in session.execute(sa.select(EventRow.id, EventRow.ref_day)
                                             .where(EventRow.document_id.in_(part))):
            if day is None:
                undated.append(event_id)
            else:
                days.add(day)
    if days or undated:
        relink(session, min(days) if days else None, undated, until=max(days) if days else None)
    session.expire_all()  # rows were written with Core: nothing cached may be stale
    return results
