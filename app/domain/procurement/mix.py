"""Whether a lot's panel has its required mix: pure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.db.models import PanelMember
from app.domain.procurement.schemas import PanelRole


@dataclass(frozen=True)
class Mix:
    experts_by_experience: int
    other_scorers: int

    @property
    def complete(self) -> bool:
        return self.experts_by_experience >= 1 and self.other_scorers >= 1


def mix(members: Iterable[PanelMember]) -> Mix:
    """Scorers only (a member with questions to score), and never a removed member: the
    expert by experience must score as an equal partner, not sit in."""
    scoring = [m for m in members if m.removed_at is None and m.question_ids]
    experts = sum(1 for m in scoring if m.role == PanelRole.EXPERT_BY_EXPERIENCE.value)
    return Mix(experts, len(scoring) - experts)
