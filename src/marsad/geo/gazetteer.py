"""Loading the shipped gazetteer once per process.

The data is built by ``scripts/build_gazetteer.py`` into
``data/gazetteer.json.gz``; the vocabularies next to it (stop names, class
words, directions) are small hand-kept TSV files read here.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.geo.place import Place
from marsad.geo.variants import clean

_DATA = resources.files("marsad.geo") / "data"


@dataclass(frozen=True, slots=True, eq=False)
class Gazetteer:
    places: dict[str, Place]  # id -> place
    names: dict[str, tuple[str, ...]]  # folded name -> ids of the places it names
    rank: dict[str, int]  # id -> prior weight (capital level, city size)
    english: dict[str, tuple[str, ...]]  # id -> English names (for lookup)
    weak: frozenset[str]  # folded names that are also ordinary words
    cities: frozenset[str]  # ids of the cities that have neighbourhoods
    capitals: dict[str, str]  # governorate id -> id of its capital community


def data_rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def load() -> Gazetteer:
    """The gazetteer, read from the package data (once per process)."""
    with gzip.open(_DATA.joinpath("gazetteer.json.gz").open("rb"), "rt", encoding="utf-8") as f:
        doc = json.load(f)
    idx = {f: i for i, f in enumerate(doc["fields"])}
    places: dict[str, Place] = {}
    names: dict[str, list[str]] = {}
    rank: dict[str, int] = {}
    english: dict[str, tuple[str, ...]] = {}
    for row in doc["places"]:
        pid = row[idx["id"]]
        places[pid] = Place(pid, row[idx["ar"]], row[idx["en"]], row[idx["level"]], row[idx["precision"]],
                            row[idx["admin1"]], row[idx["country"]], row[idx["pcode"]], row[idx["lat"]],
                            row[idx["lon"]], tuple(row[idx["parents"]]),
                            tuple(row[idx["members"]]) if "members" in idx else ())
        rank[pid] = row[idx["rank"]]
        english[pid] = tuple(row[idx["en_names"]])
        for key in row[idx["keys"]]:
            names.setdefault(key, []).append(pid)
    stop = {clean(r[0]) for r in data_rows("stopnames.tsv")}
    # short names of minor villages are too often ordinary words
    known = {clean(r[0]) for r in data_rows("shortnames.tsv")}  # 'رفح': a town abroad, never a word
    short = {k for k, ids in names.items() if len(k.replace(" ", "")) <= 3 and max(rank[i] for i in ids) < 3
             and k not in known}
    # names that only small towns abroad bear (GeoNames cities500: 'العلم', 'القرارة') are too often words
    short |= {k for k, ids in names.items() if all(rank[i] == 0 and places[i].country != "SY"
                                                   and places[i].level == "city" for i in ids)}
    cities = frozenset(p.parents[0] for p in places.values() if p.level == "neighbourhood" and p.parents)
    capitals = {p.parents[2]: p.id for p in places.values() if p.level == "community" and rank[p.id] == 5}
    return Gazetteer(places, {k: tuple(v) for k, v in names.items()}, rank, english, frozenset(stop | short),
                     cities, capitals)


def gazetteer_stats() -> dict[str, int]:
    """Counts of places by level, and of Syrian communities/neighbourhoods with Arabic names."""
    gaz = load()
    stats = dict(Counter(p.level for p in gaz.places.values()))
    for level in ("community", "neighbourhood"):
        stats[f"syrian_{level}_ar"] = sum(
            1 for p in gaz.places.values() if p.level == level and p.country == "SY" and p.name_ar)
    return stats
