"""Document in, events out: the extractor's public entry points."""

from __future__ import annotations

import datetime as dt

from marsad.model import Document, DocumentEvents, Event


def extract_document(doc: Document) -> DocumentEvents:
    """Extract the events of one document (codebook §2)."""
    return DocumentEvents(id=doc.id, events=[])


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    doc_id: str = "doc",
) -> list[Event]:
    """Extract the events of an Arabic text; ``published`` resolves أمس, الخميس..."""
    if isinstance(published, dt.date):
        published = published.isoformat()
    return extract_document(Document(id=doc_id, text=text, title=title, published=published)).events
