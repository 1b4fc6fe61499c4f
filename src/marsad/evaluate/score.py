"""Scores over matched events (codebook §13.3–8).

Conventions the codebook leaves open, fixed here:

- ``gold_events``, ``pred_events`` and ``matched`` count incidents only;
  tallies are scored apart under ``tally`` (§11).
- Every ratio whose denominator is empty is 0.0 (nothing to score earns no
  credit): precision with no predicted incidents, recall with no gold ones, F1
  when precision + recall is 0, field accuracy with no matched pairs, strict
  with no gold incidents, geocoding with no matched gold point,
  ``killed_total_ratio`` when gold kills total 0.
- ``killed_total_ratio`` is predicted total / gold total and, unlike the
  others, exceeds 1 when the extractor over-counts (1.0 is a perfect total).
- Geocoding allows 5 km when the gold precision is ``neighbourhood`` or
  ``community`` and 25 km for every other precision; distance is haversine
  on a sphere of radius 6371 km; exactly at the limit counts as within.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from marsad.evaluate.match import Pair, match_events
from marsad.evaluate.read import EventFields, ScoredEvent


def _as_set(name: str) -> Callable[[EventFields], frozenset[str]]:
    return lambda event: frozenset(getattr(event, name))


# §13.4, in the order of the JSON result: how to read each field off an event.
# A pair agrees on a field when the values are equal (None == None included,
# so "killed" agrees on equal ints or both null).
FIELDS: dict[str, Callable[[EventFields], object]] = {
    "type": attrgetter("type"),
    "date": attrgetter("date"),
    "admin1": attrgetter("location.admin1"),
    "killed": attrgetter("killed"),
    "injured": attrgetter("injured"),
    "perpetrators": _as_set("perpetrators"),
    "targets": _as_set("targets"),
    "sources": _as_set("sources"),
    "claimed": attrgetter("claimed"),
}
STRICT_FIELDS = ("type", "date", "killed", "injured")  # §13.5
FINE_PRECISIONS = frozenset({"neighbourhood", "community"})
FINE_KM, COARSE_KM = 5.0, 25.0
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Matching:
    """Gold and predicted events of one kind in one document, and their pairs."""

    gold: list[ScoredEvent]
    pred: list[ScoredEvent]
    pairs: list[Pair]

    @property
    def missed(self) -> list[ScoredEvent]:
        paired = {g for g, _ in self.pairs}
        return [e for i, e in enumerate(self.gold) if i not in paired]

    @property
    def extra(self) -> list[ScoredEvent]:
        paired = {p for _, p in self.pairs}
        return [e for i, e in enumerate(self.pred) if i not in paired]

    @property
    def matched(self) -> list[tuple[EventFields, EventFields]]:
        return [(self.gold[g].event, self.pred[p].event) for g, p in self.pairs]


@dataclass(frozen=True)
class DocumentMatch:
    doc_id: str
    incidents: Matching
    tallies: Matching


def _matching(gold: list[ScoredEvent], pred: list[ScoredEvent]) -> Matching:
    return Matching(gold, pred, match_events(gold, pred))


def match_document(doc_id: str, gold: list[ScoredEvent], pred: list[ScoredEvent]) -> DocumentMatch:
    """Incidents and tallies of one document, matched apart (§13.2, §13.8)."""

    def split(events: list[ScoredEvent], tally: bool) -> list[ScoredEvent]:
        return [e for e in events if e.event.tally == tally]

    return DocumentMatch(
        doc_id,
        _matching(split(gold, False), split(pred, False)),
        _matching(split(gold, True), split(pred, True)),
    )


def match_documents(
    gold: dict[str, list[ScoredEvent]], pred: dict[str, list[ScoredEvent]]
) -> list[DocumentMatch]:
    """One match per gold document; a gold id absent from *pred* predicted nothing.

    Predictions for ids not in gold are not scored (the caller warns about them).
    """
    return [match_document(doc_id, events, pred.get(doc_id, [])) for doc_id, events in gold.items()]


def agrees(field: str, gold: EventFields, pred: EventFields) -> bool:
    value = FIELDS[field]
    return value(gold) == value(pred)


def wrong_fields(gold: EventFields, pred: EventFields) -> list[str]:
    """The §13.4 fields on which a matched pair disagrees."""
    return [field for field in FIELDS if not agrees(field, gold, pred)]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def geocode_hit(gold: EventFields, pred: EventFields) -> bool | None:
    """Whether the predicted point is close enough to gold's; None when gold has no point."""
    g, p = gold.location, pred.location
    if g.lat is None or g.lon is None:
        return None
    if p.lat is None or p.lon is None:
        return False
    limit = FINE_KM if g.precision in FINE_PRECISIONS else COARSE_KM
    return haversine_km(g.lat, g.lon, p.lat, p.lon) <= limit


def ratio(part: float, whole: float) -> float:
    """part / whole, or 0.0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


def score(matches: list[DocumentMatch]) -> dict:
    """The §13 result, micro-averaged over all documents."""
    gold_n = sum(len(m.incidents.gold) for m in matches)
    pred_n = sum(len(m.incidents.pred) for m in matches)
    pairs = [pair for m in matches for pair in m.incidents.matched]
    precision, recall = ratio(len(pairs), pred_n), ratio(len(pairs), gold_n)

    field_accuracy = {
        field: ratio(sum(agrees(field, g, p) for g, p in pairs), len(pairs)) for field in FIELDS
    }
    strict = sum(all(agrees(f, g, p) for f in STRICT_FIELDS) for g, p in pairs)
    hits = [hit for g, p in pairs if (hit := geocode_hit(g, p)) is not None]

    def killed_total(side: str) -> int:
        return sum(e.event.killed or 0 for m in matches for e in getattr(m.incidents, side))

    tally_gold = sum(len(m.tallies.gold) for m in matches)
    tally_pred = sum(len(m.tallies.pred) for m in matches)
    tally_matched = sum(len(m.tallies.pairs) for m in matches)
    tally_p, tally_r = ratio(tally_matched, tally_pred), ratio(tally_matched, tally_gold)

    return {
        "documents": len(matches),
        "gold_events": gold_n,
        "pred_events": pred_n,
        "matched": len(pairs),
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "field_accuracy": field_accuracy,
        "strict": ratio(strict, gold_n),
        "geocode_within": ratio(sum(hits), len(hits)),
        "killed_total_ratio": ratio(killed_total("pred"), killed_total("gold")),
        "tally": {"precision": tally_p, "recall": tally_r, "f1": f1(tally_p, tally_r)},
    }
