"""Submitting documents over HTTP: extract, store and link, as `marsad ingest` does."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from marsad.model import Document
from marsad.store.documents import store_batch
from marsad.store.schema import DocumentRow


def submit(session: Session, docs: list[Document]) -> tuple[list[dict[str, Any]], list[int]]:
    """Store *docs* with their extracted events in one transaction.

    Returns each document's status (new, updated, unchanged, same_content)
    and the ids of the events now stored for the documents that changed.
    """
    # imported here: the extractor loads its lexicons, which reads never need
    from marsad.extractor.pipeline import extract_document

    batch = [(doc, extract_document(doc).events) for doc in docs]
    results = store_batch(session, batch)
    session.commit()
    statuses = [
        {"id": doc.id, "status": r.status, "events": r.events, "same_as": r.same_as}
        for doc, r in zip(docs, results)
    ]
    event_ids = [
        event.id
        for doc, r in zip(docs, results)
        if r.status in ("new", "updated")
        for event in session.get(DocumentRow, doc.id).events
    ]
    return statuses, event_ids
