"""Participation figures, pure: per person counters summed into a board's totals and its
groups, with the organisation's small-count suppression applied to groups."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from app.domain.disclosure import suppress_row


@dataclass
class Figures:
    """One person's, one group's or one board's counts over a period."""

    present: int = 0
    apologies: int = 0
    absent: int = 0
    seats_offered: int = 0
    seats_taken: int = 0
    seats_declined: int = 0
    papers_received: int = 0
    papers_opened_before_meeting: int = 0
    papers_opened_by_notice_deadline: int = 0
    claims_submitted: int = 0
    claims_paid: int = 0
    claims_paid_on_time: int = 0

    def add(self, other: Figures) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def attendance_rate(self) -> float | None:
        """Present out of every recorded attendance; none recorded, no rate."""
        recorded = self.present + self.apologies + self.absent
        return round(self.present / recorded, 4) if recorded else None


@dataclass
class Group:
    """The people of one membership role on the board. ``figures`` is None, with
    ``suppressed``, when the group is smaller than the threshold (or must be withheld so
    that the others do not give it away by subtraction)."""

    role: str
    people: int | None
    figures: Figures | None
    suppressed: bool


@dataclass
class BoardReport:
    board_id: uuid.UUID
    people: int
    totals: Figures
    groups: list[Group] = field(default_factory=list)


def summed(rows: Iterable[Figures]) -> Figures:
    total = Figures()
    for row in rows:
        total.add(row)
    return total


def board_report(
    board_id: uuid.UUID,
    per_person: dict[uuid.UUID, Figures],
    roles: dict[uuid.UUID, str],
    threshold: int,
) -> BoardReport:
    """Totals over everyone with a figure, and one group per membership role.

    A group under the threshold is withheld, and then more by the one rule for a row
    whose total is known (``disclosure.suppress_row``): the board's total less the shown
    groups must not give a withheld one away."""
    people = set(per_person) | set(roles)
    by_role: dict[str, list[uuid.UUID]] = {}
    for person in sorted(people):
        by_role.setdefault(roles.get(person, "former"), []).append(person)
    roles_in_order = sorted(by_role)
    sizes = {role: len(by_role[role]) for role in roles_in_order}
    # The board's total is shown, so the groups are a row with a known total.
    shown = suppress_row([sizes[role] for role in roles_in_order], threshold)
    hidden = {role for role, size in zip(roles_in_order, shown, strict=True) if size is None}
    groups = [
        Group(role, None, None, True)
        if role in hidden
        else Group(
            role,
            sizes[role],
            summed(per_person.get(p, Figures()) for p in members),
            False,
        )
        for role, members in sorted(by_role.items())
    ]
    return BoardReport(board_id, len(people), summed(per_person.values()), groups)
