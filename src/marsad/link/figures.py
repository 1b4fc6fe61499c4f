"""An incident's figures from its reports, after UCDP GED's low/best/high.

* **low**: the lowest figure any report gives (the most conservative credible one);
* **high**: the highest figure any report gives;
* **best**: the figure most reports agree on; when no figure is given more often
  than the others, the lower median of all figures. It always lies in
  [low, high]. Vague counts (عشرات) give no figure and are not counted.

The rest is chosen so that the same reports always give the same incident:
type and date are the most frequent (ties: codebook type order, earliest
date), the place is the most specific one reported (then the most reported),
perpetrators and targets are the union, sources the distinct outlets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from marsad.link.cluster import Cluster
from marsad.link.rules import PRECISION_RANK, Report
from marsad.model import EVENT_TYPES


def low_best_high(values: Sequence[int | None]) -> tuple[int | None, int | None, int | None]:
    figures = sorted(v for v in values if v is not None)
    if not figures:
        return None, None, None
    counts = Counter(figures).most_common()
    top = counts[0][1]
    modes = [v for v, n in counts if n == top]
    best = modes[0] if len(modes) == 1 and top > 1 else figures[(len(figures) - 1) // 2]
    return figures[0], best, figures[-1]


def _place(reports: Sequence[Report]) -> Report:
    by_place = Counter((r.pcode, r.name_key) for r in reports)
    return min(reports, key=lambda r: (PRECISION_RANK.get(r.precision, 7),
                                       -by_place[(r.pcode, r.name_key)], r.sort_key()))


def derive(cluster: Cluster) -> dict[str, Any]:
    """The incidents-table fields for one cluster of reports."""
    reports = [r for r, _ in cluster]
    types = Counter(r.type for r in reports)
    kind = min(types, key=lambda t: (-types[t], EVENT_TYPES.index(t)))
    dates = Counter(r.date for r in reports if r.date)
    date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    place = _place(reports)
    outlets = sorted({r.outlet for r in reports})
    k_low, k_best, k_high = low_best_high([r.killed for r in reports])
    i_low, i_best, i_high = low_best_high([r.injured for r in reports])
    return {
        "type": kind, "date": date,
        "location_name": place.name, "admin1": place.admin1, "country": place.country,
        "precision": place.precision, "pcode": place.pcode, "lat": place.lat, "lon": place.lon,
        "killed_low": k_low, "killed_best": k_best, "killed_high": k_high,
        "injured_low": i_low, "injured_best": i_best, "injured_high": i_high,
        "number_of_sources": len(outlets), "sources": outlets,
        "perpetrators": sorted({p for r in reports for p in r.perpetrators}),
        "targets": sorted({t for r in reports for t in r.targets}),
        "explanation": {
            "reports": [
                {"event_id": r.event_id, "document_id": r.document_id, "source": r.outlet,
                 "killed": r.killed, "injured": r.injured, "rule": why}
                for r, why in cluster
            ],
            "figures": "low = lowest report, high = highest, best = most frequent "
                       "figure (else lower median)",
        },
    }
