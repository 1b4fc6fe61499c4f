"""Fuzzy search of the gazetteer by Arabic or English name (for people, not text)."""

from __future__ import annotations

import difflib
from functools import cache

from marsad.geo.gazetteer import load
from marsad.geo.place import Place
from marsad.geo.variants import clean

# order in which equally good hits are listed: bigger units first
_LEVEL_ORDER = ("country", "governorate", "region", "district", "subdistrict", "city", "community", "neighbourhood")


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Folded Arabic names and lower-cased English names -> place ids."""
    gaz = load()
    index: dict[str, list[str]] = {k: list(v) for k, v in gaz.names.items()}
    for pid, names in gaz.english.items():
        for name in names:
            index.setdefault(clean(name), []).append(pid)
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


def lookup(query: str, limit: int = 10) -> list[Place]:
    """Places whose name is *query*: exact (normalised) first, then by prefix, then by spelling distance."""
    gaz = load()
    index = _index()
    q = clean(query)
    if not q:
        return []
    keys = [q] if q in index else []
    keys += sorted((k for k in index if k.startswith(q) and k != q), key=len)
    if len(keys) < limit:
        keys += [k for k in difflib.get_close_matches(q, index.keys(), n=limit, cutoff=0.75) if k not in keys]
    out: list[str] = []
    for k in keys:
        ids = sorted(index[k], key=lambda i: (_LEVEL_ORDER.index(gaz.places[i].level), -gaz.rank[i], i))
        out += [i for i in ids if i not in out]
        if len(out) >= limit:
            break
    return [gaz.places[i] for i in out[:limit]]
