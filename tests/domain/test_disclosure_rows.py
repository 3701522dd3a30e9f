"""Secondary suppression: a row whose total is known never gives away a withheld count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.disclosure import suppress_row


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ([5, 6, 7], [5, 6, 7]),  # nothing small: nothing withheld
        ([0, 7, 8], [None, None, 8]),  # one small cell takes the next smallest with it
        ([7, 2, 9, 3], [7, None, 9, None]),  # two small cells holding five: enough
        ([1, 1, 10], [None, None, None]),  # two cells holding two would still tell
        ([0, 0, 30], [None, None, None]),  # and two holding none would say both are zero
        ([6, 5, 1, 0], [6, None, None, None]),
        ([8, 8, 3], [None, 8, None]),  # ties go to the first
        ([3], [None]),
        ([], []),
    ],
)
def test_enumerated_rows(counts: list[int], shown: list[int | None]) -> None:
    assert suppress_row(counts, 5) == shown


@given(
    counts=st.lists(st.integers(min_value=0, max_value=40), max_size=12),
    threshold=st.integers(min_value=2, max_value=10),
)
def test_no_withheld_cell_can_be_worked_out(counts: list[int], threshold: int) -> None:
    shown = suppress_row(counts, threshold)
    withheld = [c for c, s in zip(counts, shown, strict=True) if s is None]
    for count, value in zip(counts, shown, strict=True):
        # Shown counts are the true ones, and never small.
        assert value is None or (value == count and count >= threshold)
        # Every small count is withheld (primary suppression).
        assert count >= threshold or value is None
    if withheld and len(withheld) < len(counts):
        # The total less the shown cells is the withheld cells' sum: never one cell, and
        # never a small number that would bound each of them.
        assert len(withheld) >= 2
        assert sum(withheld) >= threshold
