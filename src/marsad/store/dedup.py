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
import re
import sys
from array import array
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from marsad.store.schema import DocumentBand, DocumentRow
from marsad.text.normalize import fold

THRESHOLD = 0.8
_WORDS = re.compile(r"[^\W_]+")  # \w less '_' is exactly str.isalnum()
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
    words = _WORDS.findall(text_norm)  # runs of str.isalnum() characters
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
            for g in grams if g}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _signature(grams: set[int]) -> list[int]:
    """``[min((a * g + b) % P for g in grams) for a, b in _PERMS]``, computed packed.

    Every shingle gets a 128-bit slot of one big integer, so each permutation
    is a handful of big-integer operations instead of a Python loop over the
    shingles: ``a * g + b < 2**126`` never carries into the next slot, and
    ``% P`` for the Mersenne prime ``P = 2**61 - 1`` is two folds
    (``x = (x & P) + (x >> 61)``) done in every slot at once with masks, then
    a subtraction of P in the rare slots still >= P. Same values as the plain
    formula (tested).
    """
    n = len(grams)
    slots = array("Q", bytes(16 * n))
    slots[0::2] = array("Q", grams)  # shingle hashes are 64-bit
    packed = int.from_bytes(slots.tobytes(), sys.byteorder)
    ones = int.from_bytes((array("Q", [1, 0]) * n).tobytes(), sys.byteorder)
    low61, low67, low6 = ones * _PRIME, ones * ((1 << 67) - 1), ones * 63
    size = 16 * n
    sig = []
    for a, b in _PERMS:
        x = a * packed + b * ones
        x = (x & low61) + ((x >> 61) & low67)  # < 2**66 per slot, same residue
        x = (x & low61) + ((x >> 61) & low6)  # < 2**61 + 32: < P but for P + (0..31)
        if (x + ones) >> 61 & ones:  # (almost never) a slot holds P + r: make it r
            x -= (((x + ones) >> 61) & ones) * _PRIME
        values = array("Q")
        values.frombytes(x.to_bytes(size, sys.byteorder))
        sig.append(min(values[0::2]))
    return sig


def band_keys(grams: set[int]) -> list[str]:
    """The LSH band keys of a document's shingles."""
    if not grams:
        return []
    sig = _signature(grams)
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


# ---------------------------------------------------------------- batches

IN_CHUNK = 500  # ids per IN (...) list: well under SQLite's and pg8000's parameter limits


def chunked(values: Iterable, size: int = IN_CHUNK) -> Iterable[list]:
    items = list(values)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def near_map(session: Session, ids: Iterable[str],
             grams: dict[str, set[int]]) -> dict[str, list[str]]:
    """Confirmed near-duplicates (ids) of each stored document *ids*, a few queries in all.

    The same answer as :func:`near_duplicates` for each; *grams* caches
    shingles by document id (missing ones are read from ``text_norm``).
    """
    ids = list(dict.fromkeys(ids))
    bands_of: dict[str, set[str]] = {i: set() for i in ids}
    for part in chunked(ids):
        for doc_id, band in session.execute(sa.select(DocumentBand.document_id, DocumentBand.band)
                                            .where(DocumentBand.document_id.in_(part))):
            bands_of[doc_id].add(band)
    sharing: dict[str, list[str]] = {}
    for part in chunked(set().union(*bands_of.values())):
        for band, doc_id in session.execute(sa.select(DocumentBand.band, DocumentBand.document_id)
                                            .where(DocumentBand.band.in_(part))):
            sharing.setdefault(band, []).append(doc_id)
    candidates = {i: {c for b in bands_of[i] for c in sharing.get(b, ())} - {i} for i in ids}
    need = (set(ids) | set().union(*candidates.values())) - grams.keys()
    for part in chunked(need):
        for doc_id, text_norm in session.execute(sa.select(DocumentRow.id, DocumentRow.text_norm)
                                                 .where(DocumentRow.id.in_(part))):
            grams[doc_id] = shingles(text_norm)
    return {i: [c for c in candidates[i] if jaccard(grams[i], grams[c]) >= THRESHOLD]
            for i in ids}


def assign_duplicates_batch(session: Session, ids: Iterable[str], grams: dict[str, set[int]],
                            also: Iterable[str] = ()) -> set[str]:
    """:func:`assign_duplicates` for the stored documents *ids* at once (plus *also*).

    Recomputes ``duplicate_of`` for *ids*, their near-duplicates and *also*
    (former neighbours of updated documents) from the bands now stored; returns
    the ids whose value changed. Each document's original depends only on its
    current near-duplicates, so this equals storing the documents one by one.
    """
    near = near_map(session, ids, grams)
    todo = set(near) | set(also) | {n for ns in near.values() for n in ns}
    if todo - near.keys():
        near.update(near_map(session, todo - near.keys(), grams))
    involved = todo | {n for i in todo for n in near[i]}
    keys: dict[str, tuple[str, str]] = {}
    current: dict[str, str | None] = {}
    for part in chunked(involved):
        for doc_id, published, dup in session.execute(
                sa.select(DocumentRow.id, DocumentRow.published, DocumentRow.duplicate_of)
                .where(DocumentRow.id.in_(part))):
            keys[doc_id] = (published or "9999", doc_id)
            current[doc_id] = dup
    changed: dict[str, str | None] = {}
    for doc_id in todo:
        first = min([doc_id, *near[doc_id]], key=keys.__getitem__)
        original = None if first == doc_id else first
        if current[doc_id] != original:
            changed[doc_id] = original
    if changed:
        table = DocumentRow.__table__
        session.execute(table.update().where(table.c.id == sa.bindparam("b_id"))
                        .values(duplicate_of=sa.bindparam("b_dup")),
                        [{"b_id": k, "b_dup": v} for k, v in sorted(changed.items())])
    return set(changed)
