"""Exact and near-duplicate documents.

* **Same content**: sha256 of the folded, whitespace-collapsed title and text.
  A document whose hash is already stored adds nothing.
* **Near-duplicate** (the same wire story in two outlets): Jaccard similarity
  >= :data:`THRESHOLD` between the sets of folded word 5-grams. Candidates are
  found with MinHash LSH (64 hashes in 16 bands of 4, kept in
  ``document_bands``), then confirmed with the exact Jaccard. A document's
  ``duplicate_of`` is the earliest-published (then smallest id) of its
  confirmed near-duplicates when that one sorts before it; so the original is
  the same whatever order the documents arrived in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.store.schema import DocumentBand, DocumentRow
from marsad.text.normalize import fold

THRESHOLD = 0.8
SHINGLE = 5
BANDS, ROWS = 16, 4
_PRIME = (1 << 61) - 1
_MASK = (1 << 64) - 1
# fixed, arbitrary permutation parameters: signatures must be stable across runs
_PERMS = [((0x9E3779B97F4A7C15 * (i + 1)) % _PRIME | 1, (0xC2B2AE3D27D4EB4F * (i + 7)) % _PRIME)
          for i in range(BANDS * ROWS)]


def normalised_text(title: str | None, text: str) -> str:
    return " ".join(fold(f"{title or ''}\n{text}").split())


def content_hash(title: str | None, text: str) -> str:
    return hashlib.sha256(normalised_text(title, text).encode()).hexdigest()


def shingles(text_norm: str) -> set[int]:
    """Hashed word 5-grams of folded text (punctuation ignored)."""
    words = "".join(c if c.isalnum() else " " for c in text_norm).split()
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
            for g in grams if g}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def band_keys(grams: set[int]) -> list[str]:
    """The LSH band keys of a document's shingles."""
    if not grams:
        return []
    sig = [min(((a * g + b) % _PRIME) & _MASK for g in grams) for a, b in _PERMS]
    return [f"{i:02d}" + hashlib.blake2b(repr(sig[i * ROWS:(i + 1) * ROWS]).encode(),
                                          digest_size=8).hexdigest()
            for i in range(BANDS)]


def store_bands(session: Session, doc: DocumentRow) -> None:
    session.execute(sa.delete(DocumentBand).where(DocumentBand.document_id == doc.id))
    session.add_all(DocumentBand(band=k, document_id=doc.id)
                    for k in set(band_keys(shingles(doc.text_norm))))


def near_duplicates(session: Session, doc: DocumentRow) -> list[DocumentRow]:
    """Stored documents confirmed as near-duplicates of *doc*."""
    mine = sa.select(DocumentBand.band).where(DocumentBand.document_id == doc.id)
    ids = sa.select(DocumentBand.document_id).where(DocumentBand.band.in_(mine),
                                                    DocumentBand.document_id != doc.id)
    grams = shingles(doc.text_norm)
    candidates = session.scalars(sa.select(DocumentRow).where(DocumentRow.id.in_(ids)))
    return [c for c in candidates if jaccard(grams, shingles(c.text_norm)) >= THRESHOLD]


def _key(doc: DocumentRow) -> tuple[str, str]:
    return (doc.published or "9999", doc.id)


def assign_duplicates(session: Session, docs: Iterable[DocumentRow]) -> set[str]:
    """Recompute ``duplicate_of`` for *docs* and their neighbours; ids whose value changed."""
    changed: set[str] = set()
    todo: dict[str, DocumentRow] = {}
    neighbours: dict[str, list[DocumentRow]] = {}
    for doc in docs:
        todo[doc.id] = doc
        neighbours[doc.id] = near_duplicates(session, doc)
        for n in neighbours[doc.id]:
            todo.setdefault(n.id, n)
    for doc in todo.values():
        near = neighbours.get(doc.id)
        if near is None:
            near = near_duplicates(session, doc)
        first = min([doc, *near], key=_key)
        original = None if first is doc else first.id
        if doc.duplicate_of != original:
            doc.duplicate_of = original
            changed.add(doc.id)
    return changed
