"""The Hungarian matcher against brute force on small random weight matrices."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from marsad.evaluate.match import max_weight_matching


def best_total(weights: list[list[int]]) -> int:
    """Try every assignment of rows to distinct columns (or to none)."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    best = 0
    for columns in itertools.permutations([*range(cols), *[None] * rows], rows):
        best = max(best, sum(weights[i][j] for i, j in enumerate(columns) if j is not None))
    return best


matrices = st.integers(0, 4).flatmap(
    lambda rows: st.integers(0 if rows == 0 else 1, 4).flatmap(
        lambda cols: st.lists(
            st.lists(st.one_of(st.just(0), st.integers(1, 30)), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
)


@given(matrices)
def test_matching_is_maximum_and_one_to_one(weights):
    pairs = max_weight_matching(weights)
    assert sum(weights[i][j] for i, j in pairs) == best_total(weights)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(weights[i][j] > 0 for i, j in pairs)  # weight 0 means "may not pair"


def test_unpairable_matrix_gives_no_pairs():
    assert max_weight_matching([[0, 0], [0, 0], [0, 0]]) == []
    assert max_weight_matching([]) == []
