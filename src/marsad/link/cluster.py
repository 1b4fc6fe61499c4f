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

import datetime as dt
from collections.abc import Iterable, Sequence

from marsad.link.rules import UNDATED_WINDOW_DAYS, Report, link_reason, may_link

Cluster = list[tuple[Report, str]]  # (report, why it joined); the first is the anchor
ANCHOR = "first report of this incident"


class Sweep:
    """The sweep's state, fed one report at a time in :meth:`Report.sort_key` order.

    ``open_`` holds ``(anchor day, members)`` of the incidents a report of the
    current day may still join, in the order they were opened.
    """

    def __init__(self, start: Sequence[Cluster] = ()) -> None:
        self.clusters: list[Cluster] = list(start)
        self.open_: list[tuple[dt.date, Cluster]] = [
            (min(m.ref_day for m, _ in c), c) for c in start]
        self._day: dt.date | None = None

    def add(self, report: Report) -> None:
        day = report.ref_day
        if day != self._day:
            self._day = day
            self.open_ = [(d, c) for d, c in self.open_ if (day - d).days <= UNDATED_WINDOW_DAYS]
        for _, members in self.open_:
            # complete linkage: every member must agree; the first one's reason is kept
            if not all(may_link(m, report) for m, _ in members):
                continue
            reason = link_reason(members[0][0], report)
            if reason and all(link_reason(m, report) for m, _ in members[1:]):
                members.append((report, reason))
                return
        members = [(report, ANCHOR)]
        self.clusters.append(members)
        self.open_.append((day, members))


def sweep(reports: Iterable[Report], start: Sequence[Cluster] = ()) -> list[Cluster]:
    """Complete-linkage sweep of dated *reports*, continuing the open incidents *start*.

    Returns *start*'s clusters (extended in place) followed by the new ones.
    """
    state = Sweep(start)
    for report in sorted(reports, key=Report.sort_key):
        state.add(report)
    return state.clusters


def cluster(reports: Sequence[Report]) -> list[Cluster]:
    """All incidents among *reports*; a report with no day at all stays alone."""
    out = sweep(r for r in reports if r.ref_day is not None)
    return out + [[(r, ANCHOR)] for r in reports if r.ref_day is None]
