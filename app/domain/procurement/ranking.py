"""Weighted totals and ranks of bidders: pure, so the arithmetic a challenge will check
is tested on its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Weighted:
    question_id: uuid.UUID
    weight: int
    scale_max: int


@dataclass(frozen=True)
class Standing:
    bidder_id: uuid.UUID
    total: int  # sum of weight x agreed score
    max_total: int  # sum of weight x the top of each scale
    complete: bool  # every question has an agreed score
    rank: int  # 1 is best; equal totals share a rank (1, 1, 3)
    tied: bool


def standings(
    bidder_ids: Iterable[uuid.UUID],
    questions: Iterable[Weighted],
    agreed: Mapping[tuple[uuid.UUID, uuid.UUID], int],
) -> list[Standing]:
    """Totals from ``agreed`` ((bidder, question) -> score), best first; ties by total
    share the rank and are marked, never broken by anything hidden (such as order)."""
    asked = list(questions)
    max_total = sum(q.weight * q.scale_max for q in asked)
    totals: list[tuple[uuid.UUID, int, bool]] = []
    for bidder in bidder_ids:
        got = [(q, agreed.get((bidder, q.question_id))) for q in asked]
        total = sum(q.weight * s for q, s in got if s is not None)
        totals.append((bidder, total, all(s is not None for _, s in got)))
    counts: dict[int, int] = {}
    for _, total, _ in totals:
        counts[total] = counts.get(total, 0) + 1
    ordered = sorted(totals, key=lambda t: -t[1])
    result: list[Standing] = []
    for bidder, total, complete in ordered:
        rank = 1 + sum(1 for _, other, _ in totals if other > total)
        result.append(Standing(bidder, total, max_total, complete, rank, counts[total] > 1))
    return result
