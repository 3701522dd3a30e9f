"""The report's figures as pure rules: median days and on-time share are exact."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.disclosure import suppress
from app.domain.recommendations import lifecycle
from app.domain.recommendations.export import safe_cell
from app.domain.recommendations.report import Cycle, timeliness
from app.domain.recommendations.schemas import Decision, RecommendationStatus

TODAY = date(2026, 6, 1)


@st.composite
def cycles(draw: st.DrawFn) -> Cycle:
    submitted = TODAY - timedelta(days=draw(st.integers(0, 400)))
    due = submitted + timedelta(days=draw(st.integers(0, 90)))
    if draw(st.booleans()):
        return Cycle(submitted, due)
    answered = submitted + timedelta(days=draw(st.integers(0, (TODAY - submitted).days)))
    return Cycle(submitted, due, answered)


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


@given(st.lists(cycles(), max_size=40))
def test_median_and_share_match_their_definitions(sample: list[Cycle]) -> None:
    result = timeliness(sample, TODAY)
    answered = [c for c in sample if c.responded_on is not None]
    days = [(c.responded_on - c.submitted_on).days for c in answered if c.responded_on]
    assert result.responses == len(answered)
    assert result.median_days_to_response == (_median(days) if days else None)
    on_time = [c for c in answered if c.responded_on and c.responded_on <= c.due_on]
    late_unanswered = [c for c in sample if c.responded_on is None and c.due_on < TODAY]
    due = len(answered) + len(late_unanswered)
    assert (result.answered_on_time, result.due) == (len(on_time), due)
    assert result.on_time_share == (Fraction(len(on_time), due) if due else None)
    if result.on_time_share is not None:
        assert 0 <= result.on_time_share <= 1


def test_examples_by_hand() -> None:
    d = date(2026, 1, 1)
    one_day = timedelta(days=1)
    sample = [
        Cycle(d, d + 28 * one_day, d + 3 * one_day),  # 3 days, on time
        Cycle(d, d + 28 * one_day, d + 28 * one_day),  # 28 days, on the due date: on time
        Cycle(d, d + 28 * one_day, d + 29 * one_day),  # 29 days, late
        Cycle(d, d + 10 * one_day),  # unanswered, past due by TODAY
        Cycle(TODAY, TODAY + 28 * one_day),  # unanswered, not due yet: left out
    ]
    result = timeliness(sample, TODAY)
    assert result.median_days_to_response == 28.0
    assert (result.answered_on_time, result.due) == (2, 4)
    assert result.on_time_share == Fraction(1, 2)
    halves = timeliness(sample[:2], TODAY)
    assert halves.median_days_to_response == 15.5


def test_small_counts_are_suppressed_zero_included() -> None:
    assert [suppress(n, 5) for n in range(7)] == [None, None, None, None, None, 5, 6]
    assert [suppress(n, 3) for n in range(4)] == [None, None, None, 3]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-5", "'-5"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("plain, with comma", "plain, with comma"),
        (None, ""),
        (True, "true"),
        (3, "3"),
        (date(2026, 1, 2), "2026-01-02"),
    ],
)
def test_cells_never_start_a_formula(value: object, shown: str) -> None:
    assert safe_cell(value) == shown


S = RecommendationStatus


@pytest.mark.parametrize(
    ("status", "decision", "allowed"),
    [
        (S.DRAFT, None, [S.SUBMITTED, S.WITHDRAWN]),
        (S.SUBMITTED, None, [S.RESPONDED, S.WITHDRAWN]),
        (S.RESPONDED, Decision.ACCEPTED, [S.IN_PROGRESS, S.IMPLEMENTED, S.NOT_IMPLEMENTED]),
        (S.RESPONDED, Decision.PARTLY_ACCEPTED, [S.IN_PROGRESS, S.IMPLEMENTED, S.NOT_IMPLEMENTED]),
        (S.RESPONDED, Decision.DEFERRED, [S.SUBMITTED]),
        (S.RESPONDED, Decision.NOT_ACCEPTED, []),
        (S.IN_PROGRESS, Decision.ACCEPTED, [S.IN_PROGRESS, S.IMPLEMENTED, S.NOT_IMPLEMENTED]),
        # Reopening, when the change lapses: a step of its own, never a progress note's.
        (S.IMPLEMENTED, Decision.ACCEPTED, [S.IN_PROGRESS]),
        (S.NOT_IMPLEMENTED, Decision.ACCEPTED, []),
        (S.WITHDRAWN, None, []),
    ],
)
def test_the_lifecycle_table(
    status: RecommendationStatus, decision: Decision | None, allowed: list[RecommendationStatus]
) -> None:
    assert list(lifecycle.allowed_targets(status, decision)) == allowed


def test_overdue_only_while_awaiting_after_the_due_date() -> None:
    assert lifecycle.is_overdue("submitted", TODAY - timedelta(days=1), TODAY)
    assert not lifecycle.is_overdue("submitted", TODAY, TODAY)
    assert not lifecycle.is_overdue("responded", TODAY - timedelta(days=9), TODAY)
    assert not lifecycle.is_overdue("draft", None, TODAY)
