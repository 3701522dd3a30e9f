"""The counting rules (Scottish STV, first past the post, approval), as pure functions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.elections.plurality import UNIT, count_marks
from app.domain.elections.stv import count_stv
from app.domain.elections.ties import break_tie

CANDIDATES = ["a", "b", "c", "d", "e"]

rankings = st.lists(
    st.lists(st.sampled_from(CANDIDATES), min_size=0, max_size=5, unique=True), max_size=40
)
places = st.integers(min_value=1, max_value=4)
seeds = st.text(alphabet="0123456789abcdef", min_size=1, max_size=8)


def test_worked_example_matches_the_order_by_hand() -> None:
    ballots = [["a", "b"]] * 5 + [["a", "c"]] * 2 + [["c"]] * 3 + [["b"]]
    result = count_stv(["a", "b", "c"], ballots, 2, "seed")
    assert result.quota == 4  # 11 // 3 + 1
    assert result.elected == ["a", "c"]
    first, surplus, exclusion, last = result.stages
    assert first.tallies == {"a": 7 * UNIT, "b": UNIT, "c": 3 * UNIT}
    assert first.elected == ["a"]
    # a's surplus of 3 moves at 3/7, truncated to five places: 0.42857 a ballot.
    assert surplus.subject == "a"
    assert surplus.tallies == {"a": 4 * UNIT, "b": UNIT + 5 * 42857, "c": 3 * UNIT + 2 * 42857}
    assert surplus.lost_to_rounding == 3 * UNIT - 7 * 42857
    assert exclusion.excluded == ["b"]
    assert exclusion.non_transferable == UNIT + 5 * 42857
    assert last.action == "remaining_elected"
    assert last.elected == ["c"]


@settings(max_examples=150)
@given(rankings, places, seeds)
def test_stv_fills_every_place_it_can_with_distinct_candidates(
    ballots: list[list[str]], seats: int, seed: str
) -> None:
    result = count_stv(CANDIDATES, ballots, seats, seed)
    assert len(result.elected) == min(seats, len(CANDIDATES))
    assert len(set(result.elected)) == len(result.elected)
    assert [c for s in result.stages for c in s.elected] == result.elected


@settings(max_examples=150)
@given(rankings, places, seeds)
def test_stv_every_stage_accounts_for_every_vote(
    ballots: list[list[str]], seats: int, seed: str
) -> None:
    valid = sum(1 for b in ballots if b)
    result = count_stv(CANDIDATES, ballots, seats, seed)
    lost = 0
    for stage in result.stages:
        total = sum(stage.tallies.values()) + stage.non_transferable + stage.lost_to_rounding
        assert total == valid * UNIT
        # Truncation drops under one hundred-thousandth per ballot moved.
        assert lost <= stage.lost_to_rounding <= lost + valid
        lost = stage.lost_to_rounding


@settings(max_examples=150)
@given(rankings, places, seeds)
def test_stv_elects_whoever_reaches_the_quota_on_first_preferences(
    ballots: list[list[str]], seats: int, seed: str
) -> None:
    result = count_stv(CANDIDATES, ballots, seats, seed)
    assert result.quota is not None
    for candidate in CANDIDATES:
        if sum(1 for b in ballots if b and b[0] == candidate) >= result.quota:
            assert candidate in result.elected


@settings(max_examples=100)
@given(rankings, seeds)
def test_one_place_goes_to_a_majority_of_first_preferences(
    ballots: list[list[str]], seed: str
) -> None:
    valid = [b for b in ballots if b]
    result = count_stv(CANDIDATES, ballots, 1, seed)
    for candidate in CANDIDATES:
        if 2 * sum(1 for b in valid if b[0] == candidate) > len(valid):
            assert result.elected == [candidate]


@settings(max_examples=100)
@given(rankings, places, seeds, st.permutations(CANDIDATES))
def test_the_order_candidates_are_listed_in_decides_nothing(
    ballots: list[list[str]], seats: int, seed: str, order: list[str]
) -> None:
    # Ties go to the earlier stage, then to the seeded lot: never to list position.
    assert count_stv(order, ballots, seats, seed).elected == (
        count_stv(CANDIDATES, ballots, seats, seed).elected
    )


@settings(max_examples=100)
@given(st.lists(st.lists(st.sampled_from(CANDIDATES), unique=True), max_size=40), places, seeds)
def test_marks_elect_the_candidates_with_most_marks(
    ballots: list[list[str]], seats: int, seed: str
) -> None:
    result = count_marks(CANDIDATES, ballots, seats, seed)
    marks = {c: sum(c in b for b in ballots) for c in CANDIDATES}
    assert len(result.elected) == seats
    lowest_elected = min(marks[c] for c in result.elected)
    assert all(marks[c] <= lowest_elected for c in CANDIDATES if c not in result.elected)


def test_paper_tallies_count_with_the_online_ballots() -> None:
    result = count_marks(["a", "b"], [["a"], ["a"]], 1, "s", extra_marks=[("b", 3)])
    assert result.elected == ["b"]
    assert result.stages[0].tallies == {"a": 2 * UNIT, "b": 3 * UNIT}


def test_a_tie_goes_to_the_earlier_stage_before_lot() -> None:
    history = [{"a": 3, "b": 5}, {"a": 6, "b": 6}]
    assert break_tie(["a", "b"], history, "s", highest=True) == (
        "b",
        "tie broken by the votes at stage 1",
    )
    assert break_tie(["a", "b"], history, "s", highest=False)[0] == "a"
    picked, how = break_tie(["a", "b"], [{"a": 1, "b": 1}], "s", highest=True)
    assert how == "tie broken by lot"
    assert break_tie(["b", "a"], [{"a": 1, "b": 1}], "s", highest=True)[0] == picked
