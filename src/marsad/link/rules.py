"""When may two reports be the same incident? Pure functions; each answer says why.

A pair is compatible when *all* of these hold (each returns a reason or None):

* **different documents**: one document's events are distinct by definition
  (codebook §3 merges same place/day/type events inside a document already);
* **place**: the same pcode; or the same normalised name (and no conflicting
  admin1); or the coarser one contains the other (``marsad.geo.contains`` over
  the gazetteer's hierarchy when both have pcodes, else a governorate-level
  report contains every place of its governorate); or both points within
  :data:`NEAR_KM`;
* **type**: equal, or one of the pairs in :data:`TYPE_COMPATIBLE`, where
  outlets commonly describe one incident differently;
* **date**: both known and at most one day apart; when either is unknown, the
  reference days (date, else publication day) at most two days apart;
* **perpetrators**: overlapping, or one side names none.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.text.normalize import fold

NEAR_KM = 5.0
UNDATED_WINDOW_DAYS = 2

# unordered type pairs that may describe one incident, and why
TYPE_COMPATIBLE: dict[frozenset[str], str] = {
    frozenset({"air_strike", "shelling"}):
        "bombardment: outlets often cannot tell aircraft from artillery",
    frozenset({"remote_explosive", "suicide_bomb"}):
        "explosion: a bomb in one report, a suicide bomber in another",
    frozenset({"armed_clash", "territory_change"}):
        "fighting in which the place changed hands",
}

PRECISION_RANK = {
    "neighbourhood": 0, "community": 1, "subdistrict": 2, "district": 3,
    "region": 4, "governorate": 5, "country": 6, None: 7,
}

_CLASS_WORDS = {"حي", "بلده", "مدينه", "قريه", "مخيم", "منطقه"}
_CLITICS = "وبلف"


@dataclass(frozen=True, slots=True)
class Report:
    """What linking needs to know about one stored event."""

    event_id: int
    document_id: str
    position: int
    outlet: str  # the document's source, else its id
    type: str
    date: dt.date | None
    ref_day: dt.date | None
    name: str
    admin1: str | None = None
    country: str | None = None
    precision: str | None = None
    pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    perpetrators: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    killed: int | None = None
    injured: int | None = None
    name_key: str = field(default="")

    def sort_key(self) -> tuple:
        """Order-independent: day first, then most specific place, document, position."""
        return (self.ref_day or dt.date.max, PRECISION_RANK.get(self.precision, 7),
                self.document_id, self.position)


def name_key(name: str) -> str:
    """A place name as the scorer compares it (codebook §13.1)."""
    words = "".join(c if c.isalnum() else " " for c in fold(name)).split()
    if not words:
        return ""
    first = words[0]
    if len(first) > 1 and first[0] in _CLITICS and (first[1:].startswith("ال") or first[1:] in _CLASS_WORDS):
        words[0] = first[1:]
    if len(words) > 1 and words[0] in _CLASS_WORDS:
        words = words[1:]
    if words[0].startswith("ال") and len(words[0]) >= 4:
        words[0] = words[0][2:]
    return " ".join(words)


def km_between(a: Report, b: Report) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@lru_cache(maxsize=65536)
def _gazetteer_contains(outer_pcode: str, inner_pcode: str) -> bool:
    from marsad.geo import contains
    from marsad.geo.gazetteer import load

    places = load().places
    outer, inner = places.get(outer_pcode), places.get(inner_pcode)
    return outer is not None and inner is not None and contains(outer, inner)


def _contains(outer: Report, inner: Report) -> bool:
    """*inner* lies inside *outer*: by the gazetteer's hierarchy, else by governorate."""
    if PRECISION_RANK.get(outer.precision, 7) <= PRECISION_RANK.get(inner.precision, 7):
        return False
    if outer.pcode and inner.pcode:
        return _gazetteer_contains(outer.pcode, inner.pcode)
    return outer.precision == "governorate" and bool(outer.admin1) and outer.admin1 == inner.admin1


def place_rule(a: Report, b: Report) -> str | None:
    if a.country and b.country and a.country != b.country:
        return None
    if a.pcode and a.pcode == b.pcode:
        return f"same place (pcode {a.pcode})"
    if a.name_key and a.name_key == b.name_key and (a.admin1 == b.admin1 or not (a.admin1 and b.admin1)):
        return f"same place name ({a.name})"
    if _contains(a, b):
        return f"{b.name} lies inside {a.name}"
    if _contains(b, a):
        return f"{a.name} lies inside {b.name}"
    km = km_between(a, b)
    if km is not None and km <= NEAR_KM:
        return f"places {km:.1f} km apart"
    return None


def type_rule(a: Report, b: Report) -> str | None:
    if a.type == b.type:
        return f"same type ({a.type})"
    reason = TYPE_COMPATIBLE.get(frozenset({a.type, b.type}))
    return f"{a.type} ~ {b.type}: {reason}" if reason else None


def date_rule(a: Report, b: Report) -> str | None:
    if a.date and b.date:
        days = abs((a.date - b.date).days)
        return ("same day" if days == 0 else f"{days} day apart") if days <= 1 else None
    if a.ref_day and b.ref_day and abs((a.ref_day - b.ref_day).days) <= UNDATED_WINDOW_DAYS:
        return "date unknown in one report; published within 2 days"
    return None


def perpetrator_rule(a: Report, b: Report) -> str | None:
    if not a.perpetrators or not b.perpetrators:
        return "perpetrator unnamed in one report"
    common = sorted(set(a.perpetrators) & set(b.perpetrators))
    return f"same perpetrator ({', '.join(common)})" if common else None


def may_link(a: Report, b: Report) -> bool:
    """False when :func:`link_reason` is surely None: its cheap rules, without the reasons.

    Different documents, compatible types, dates and perpetrators; the place
    (the costly rule) is left to :func:`link_reason`.
    """
    if a.document_id == b.document_id:
        return False
    if a.type != b.type and frozenset((a.type, b.type)) not in TYPE_COMPATIBLE:
        return False
    if a.date and b.date:
        if abs((a.date - b.date).days) > 1:
            return False
    elif not (a.ref_day and b.ref_day and abs((a.ref_day - b.ref_day).days) <= UNDATED_WINDOW_DAYS):
        return False
    return not (a.perpetrators and b.perpetrators) or not set(a.perpetrators).isdisjoint(b.perpetrators)


def link_reason(a: Report, b: Report) -> str | None:
    """Why *a* and *b* may be reports of one incident, or None if they may not."""
    if a.document_id == b.document_id:
        return None
    reasons = []
    for rule in (place_rule, type_rule, date_rule, perpetrator_rule):
        reason = rule(a, b)
        if reason is None:
            return None
        reasons.append(reason)
    return "; ".join(reasons)
