"""Pairing predicted events with gold events within one document (§13.2).

Greedy pairing can lose a match (gold A fits predictions 1 and 2, gold B only
1: taking A–1 first leaves B alone), so the pairs come from an exact
maximum-weight bipartite matching whose weights make one more match worth more
than every tie-break together, and one more equal type worth more than every
equal date together.
"""

from __future__ import annotations

import math

from marsad.evaluate.names import names_match
from marsad.evaluate.read import ScoredEvent

Pair = tuple[int, int]  # (gold index, predicted index)


def is_candidate(gold: ScoredEvent, pred: ScoredEvent) -> bool:
    """Both incidents or both tallies, and the same place by name or pcode."""
    if gold.event.tally != pred.event.tally:
        return False
    g_pcode, p_pcode = gold.event.location.pcode, pred.event.location.pcode
    if g_pcode and p_pcode and g_pcode == p_pcode:
        return True
    return any(names_match(g, p) for g in gold.names for p in pred.names)


def match_events(gold: list[ScoredEvent], pred: list[ScoredEvent]) -> list[Pair]:
    """The chosen (gold, predicted) index pairs, sorted by gold index."""
    n = max(len(gold), len(pred))
    date_weight = 1
    type_weight = n * date_weight + 1  # beats every equal date together
    match_weight = n * (type_weight + date_weight) + 1  # beats every tie-break together
    weights = [
        [
            match_weight
            + type_weight * (g.event.type == p.event.type)
            + date_weight * (g.event.date == p.event.date)
            if is_candidate(g, p)
            else 0
            for p in pred
        ]
        for g in gold
    ]
    return max_weight_matching(weights)


def max_weight_matching(weights: list[list[int]]) -> list[Pair]:
    """Pairs (row, column) of maximum total weight; weight 0 means "may not pair".

    The Hungarian algorithm (Kuhn–Munkres, O(n³)) on the square matrix of
    negated weights, padded with zeros; exact because weights are integers.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    size = max(rows, cols)
    if size == 0:
        return []

    def cost(i: int, j: int) -> int:
        return -weights[i][j] if i < rows and j < cols else 0

    # 1-based potentials u (rows), v (columns); owner[j] = row assigned to column j.
    u = [0] * (size + 1)
    v = [0] * (size + 1)
    owner = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        owner[0] = i
        j0 = 0
        minv = [math.inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta, j1 = math.inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    reduced = cost(i0 - 1, j - 1) - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j], way[j] = reduced, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [
        (owner[j] - 1, j - 1)
        for j in range(1, size + 1)
        if owner[j] - 1 < rows and j - 1 < cols and weights[owner[j] - 1][j - 1] > 0
    ]
    return sorted(pairs)
