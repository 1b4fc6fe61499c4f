"""Grouping reports into incidents, the same way whatever order they arrived in.

1. Reports that may be the same incident (:func:`rules.link_reason`) are joined
   into connected *components*. A component is closed: nothing outside it can
   change how it is grouped, which is what makes incremental relinking exact.
2. Inside a component, reports are taken in :meth:`Report.sort_key` order (most
   specific place first, then day, document id, position) and each joins the
   first incident whose every report it is compatible with (complete linkage,
   so a vague "Aleppo" report cannot chain two different neighbourhoods
   together); otherwise it starts a new incident. Its reason is the rule that
   matched the incident's first report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.link.rules import UNDATED_WINDOW_DAYS, Report, link_reason

Cluster = list[tuple[Report, str]]  # (report, why it joined); the first is the anchor
ANCHOR = "first report of this incident"


def compatible_pairs(reports: Sequence[Report]) -> Iterable[tuple[int, int]]:
    """Index pairs of linkable reports; only reports a few days apart are compared."""
    order = sorted(range(len(reports)), key=lambda i: reports[i].ref_day)
    for pos, i in enumerate(order):
        a = reports[i]
        for j in order[pos + 1:]:
            b = reports[j]
            if (b.ref_day - a.ref_day).days > UNDATED_WINDOW_DAYS:
                break
            if link_reason(a, b) is not None:
                yield i, j


def components(reports: Sequence[Report]) -> list[list[Report]]:
    """Connected components of the "may be the same incident" relation."""
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in compatible_pairs(reports):
        parent[root(i)] = root(j)
    groups: dict[int, list[Report]] = {}
    for i, r in enumerate(reports):
        groups.setdefault(root(i), []).append(r)
    return [sorted(g, key=Report.sort_key) for g in groups.values()]


def cluster_component(component: Sequence[Report]) -> list[Cluster]:
    """Complete-linkage grouping of one component, in canonical order."""
    clusters: list[Cluster] = []
    for report in sorted(component, key=Report.sort_key):
        for members in clusters:
            reasons = [link_reason(m, report) for m, _ in members]
            if all(reasons):
                members.append((report, reasons[0]))
                break
        else:
            clusters.append([(report, ANCHOR)])
    return clusters


def cluster(reports: Sequence[Report]) -> list[Cluster]:
    """All incidents among *reports*, sorted by their anchors' canonical keys."""
    dated = [r for r in reports if r.ref_day is not None]
    out = [c for comp in components(dated) for c in cluster_component(comp)]
    out += [[(r, ANCHOR)] for r in reports if r.ref_day is None]
    return sorted(out, key=lambda c: c[0][0].sort_key())
