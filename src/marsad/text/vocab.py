"""Loading the commented word lists under ``marsad/text/data``.

Vocabularies live in data files, not in code, so that a linguist can extend
them without reading Python. Every file is read once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from marsad.text.normalize import fold

DATA_DIR = Path(__file__).parent / "data"


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a data file: tab-separated fields, first field folded.

    Blank lines and ``#`` comments (whole-line or trailing) are skipped.
    The first field is folded with :func:`fold` so entries can be written
    with hamza and ta marbuta and still match normalised text.
    """
    out = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        out.append((" ".join(fold(fields[0]).split()), *fields[1:]))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """The folded first fields of a data file, as a set."""
    return frozenset(r[0] for r in rows(name))
