"""Documents: the articles, their text and events; submitting new ones."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Body, HTTPException

from marsad.api.auth import Reader, Writer
from marsad.api.deps import DB, Limit, Offset
from marsad.api.schemas import DocumentOut, DocumentPage, SubmitResult
from marsad.api.shapes import with_outlets
from marsad.api.submit import submit
from marsad.model import Document
from marsad.store import queries
from marsad.store.schema import DocumentRow

router = APIRouter(prefix="/api/documents", tags=["documents"])

MAX_DOCUMENTS = 200


@router.get("", response_model=DocumentPage)
def list_documents(db: DB, limit: Limit, offset: Offset, _: Reader) -> dict[str, Any]:
    """Documents, newest publication first (text left out: see /api/documents/{id})."""
    rows = db.scalars(
        sa.select(DocumentRow)
        .order_by(DocumentRow.published_day.desc().nulls_last(), DocumentRow.id)
        .limit(limit).offset(offset)
    )
    items = [{"id": r.id, "source": r.source, "title": r.title, "published": r.published, "url": r.url,
              "duplicate_of": r.duplicate_of} for r in rows]
    total = db.scalar(sa.select(sa.func.count()).select_from(DocumentRow)) or 0
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/{document_id}", response_model=DocumentOut)
def get_document(document_id: str, db: DB, _: Reader) -> dict[str, Any]:
    """A document's text and its events (evidence and spans are offsets into the text)."""
    doc = queries.get_document(db, document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return {**doc, "events": with_outlets(db, doc["events"])}


@router.post("", response_model=SubmitResult, status_code=201)
def submit_documents(
    db: DB,
    _: Writer,
    body: Document | list[Document] = Body(
        description="one codebook §1 document, or a list of them",
        examples=[{"id": "doc-1", "text": "قتل 3 مدنيين بغارة على أعزاز", "published": "2024-03-01",
                   "source": "Example outlet"}],
    ),
) -> dict[str, Any]:
    """Extract events from documents and store them (linking them into incidents)."""
    docs = body if isinstance(body, list) else [body]
    if not docs:
        raise HTTPException(422, "no documents given")
    if len(docs) > MAX_DOCUMENTS:
        raise HTTPException(422, f"at most {MAX_DOCUMENTS} documents per request")
    statuses, event_ids = submit(db, docs)
    events = [queries.get_event(db, i) for i in event_ids]
    return {"documents": statuses,
            "events": with_outlets(db, [{k: v for k, v in e.items() if k != "document"} for e in events if e])}
