"""The issue lifecycle's pure rules: the transition table and the escalation ladder."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import InvalidTransition, RuleViolation
from app.domain.recommendations.issue_lifecycle import TRANSITIONS, check_step, next_level
from app.domain.recommendations.schemas import IssueStatus as S


def test_closed_is_final_and_resolved_may_reopen() -> None:
    with pytest.raises(InvalidTransition):
        check_step(S.CLOSED, S.OPEN, "Again")
    check_step(S.RESOLVED, S.OPEN, "It came back")
    with pytest.raises(InvalidTransition):
        check_step(S.OPEN, S.OPEN, "Again")


def test_every_step_but_taking_in_hand_needs_a_reason() -> None:
    check_step(S.OPEN, S.IN_PROGRESS, None)
    with pytest.raises(RuleViolation):
        check_step(S.OPEN, S.RESOLVED, "  ")


@settings(max_examples=50)
@given(st.sets(st.integers(1, 20)), st.none() | st.integers(0, 25))
def test_the_next_level_is_the_lowest_above(positions: set[int], current: int | None) -> None:
    found = next_level(sorted(positions), current)
    above = [p for p in positions if current is None or p > current]
    assert found == (min(above) if above else None)


@settings(max_examples=30)
@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_the_table_alone_decides(current: S, target: S) -> None:
    try:
        check_step(current, target, "Because")
        assert target in TRANSITIONS[current]
    except InvalidTransition:
        assert target not in TRANSITIONS[current]
