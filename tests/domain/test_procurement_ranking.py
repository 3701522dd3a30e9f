"""Weighted totals and ranks: ties share a rank and are marked, the next rank skips."""

from __future__ import annotations

import uuid

from app.domain.procurement.ranking import Weighted, standings

A, B, C, D = (uuid.UUID(int=i) for i in range(1, 5))
Q1, Q2 = uuid.UUID(int=11), uuid.UUID(int=12)
QUESTIONS = [Weighted(Q1, 3, 4), Weighted(Q2, 1, 4)]


def test_totals_are_weight_times_score_best_first() -> None:
    agreed = {(A, Q1): 2, (A, Q2): 4, (B, Q1): 4, (B, Q2): 0}
    table = standings([A, B], QUESTIONS, agreed)
    assert [(s.bidder_id, s.total, s.rank, s.tied) for s in table] == [
        (B, 12, 1, False),
        (A, 10, 2, False),
    ]
    assert all(s.max_total == 16 and s.complete for s in table)


def test_ties_share_a_rank_and_the_next_rank_skips() -> None:
    agreed = {
        (A, Q1): 4,
        (A, Q2): 0,  # 12
        (B, Q1): 3,
        (B, Q2): 3,  # 12
        (C, Q1): 1,
        (C, Q2): 1,  # 4
        (D, Q1): 4,
        (D, Q2): 4,  # 16
    }
    table = standings([A, B, C, D], QUESTIONS, agreed)
    assert [(s.total, s.rank, s.tied) for s in table] == [
        (16, 1, False),
        (12, 2, True),
        (12, 2, True),
        (4, 4, False),
    ]
    assert {table[1].bidder_id, table[2].bidder_id} == {A, B}


def test_a_missing_agreed_score_counts_nothing_and_marks_it_incomplete() -> None:
    table = standings([A], QUESTIONS, {(A, Q1): 4})
    assert (table[0].total, table[0].complete) == (12, False)
    assert standings([], QUESTIONS, {}) == []
