"""Grouping reports into incidents, the same way whatever order they arrived in.

Reports are swept in :meth:`Report.sort_key` order (day, then most specific
place, document id, position). Each joins the first open incident whose
*every* report it is compatible with (complete linkage, so a vague "Aleppo"
report cannot chain two different neighbourhoods together), else it starts a
new one; its reason is the rule that matched the incident's first report.

The sweep makes linking deterministic (the order is a property of the
reports, not of their arrival) and incremental: where a report goes never
depends on reports later in the sweep, so new reports from day *d* on only
require re-sweeping from *d*, starting from the incidents still open then.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.link.rules import UNDATED_WINDOW_DAYS, Report, link_reason

Cluster = list[tuple[Report, str]]  # (report, why it joined); the first is the anchor
ANCHOR = "first report of this incident"


def sweep(reports: Iterable[Report], start: Sequence[Cluster] = ()) -> list[Cluster]:
    """Complete-linkage sweep of dated *reports*, continuing the open incidents *start*.

    Returns *start*'s clusters (extended in place) followed by the new ones.
    """
    clusters = list(start)
    open_ = list(start)
    for report in sorted(reports, key=Report.sort_key):
        day = report.ref_day
        open_ = [c for c in open_
                 if (day - min(m.ref_day for m, _ in c)).days <= UNDATED_WINDOW_DAYS]
        for members in open_:
            reasons = [link_reason(m, report) for m, _ in members]
            if all(reasons):
                members.append((report, reasons[0]))
                break
        else:
            members = [(report, ANCHOR)]
            clusters.append(members)
            open_.append(members)
    return clusters


def cluster(reports: Sequence[Report]) -> list[Cluster]:
    """All incidents among *reports*; a report with no day at all stays alone."""
    out = sweep(r for r in reports if r.ref_day is not None)
    return out + [[(r, ANCHOR)] for r in reports if r.ref_day is None]
