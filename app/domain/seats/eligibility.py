"""Who may take a rotating seat at a meeting, and how to say why someone may not.

The facts are plain frozen values so that the rules can be tested exhaustively without a
database; the service that loads them owns time zones, baselines and persistence.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

STATUSES = frozenset({"active", "paused", "left"})


class Ineligible(StrEnum):
    """Why a member cannot take the seat at a meeting, in the order the checks run."""

    LEFT = "left"
    PAUSED = "paused"
    OUTSIDE_TERM = "outside_term"
    MISSING_TRAINING = "missing_training"
    UNAVAILABLE = "unavailable"
    INTEREST_DECLARED = "interest_declared"
    ALREADY_SEATED = "already_seated"
    DECLINED = "declined"


@dataclass(frozen=True)
class TrainingFact:
    training_type: str
    completed_on: date
    expires_on: date | None

    def valid_on(self, on: date) -> bool:
        return self.completed_on <= on and (self.expires_on is None or self.expires_on >= on)


@dataclass(frozen=True)
class MemberFacts:
    person_id: uuid.UUID
    order_key: str
    status: str
    term_start: date
    term_end: date | None
    training: tuple[TrainingFact, ...] = ()
    unavailable: tuple[tuple[date, date], ...] = ()
    interest_tags: frozenset[str] = frozenset()
    # Taking a back seat (support/backseat.py): None, or the expected return date, which
    # is date.max when they gave none.
    back_seat_until: date | None = None
    turns: int = 0
    last_turn: date | None = None

    def __post_init__(self) -> None:
        # Bad facts would silently make someone eligible (or not), and a rota built on them
        # could not be explained; refusing them is kinder than a wrong assignment.
        if self.status not in STATUSES:
            raise ValueError(f"unknown membership status {self.status!r}")
        if self.turns < 0:
            raise ValueError("turns must not be negative")
        if any(end < start for start, end in self.unavailable):
            raise ValueError("an unavailable range ends before it starts")


@dataclass(frozen=True)
class MeetingFacts:
    meeting_id: uuid.UUID
    on: date
    topic_tags: frozenset[str] = frozenset()
    seated: frozenset[uuid.UUID] = frozenset()
    declined: frozenset[uuid.UUID] = frozenset()


def missing_training(
    member: MemberFacts, on: date, required_training: frozenset[str]
) -> tuple[str, ...]:
    """Required training types with no record valid on ``on``, sorted for stable wording."""
    valid = {t.training_type for t in member.training if t.valid_on(on)}
    return tuple(sorted(required_training - valid))


def _interest_matches(member: MemberFacts, meeting: MeetingFacts) -> bool:
    # Tags are typed by people ("Housing", "housing"); a missed match would seat someone
    # with a declared conflict, so compare case-insensitively.
    interests = {tag.casefold() for tag in member.interest_tags}
    return any(tag.casefold() in interests for tag in meeting.topic_tags)


def _on_back_seat(member: MemberFacts, on: date) -> bool:
    return member.back_seat_until is not None and on < member.back_seat_until


def _in_term(member: MemberFacts, on: date) -> bool:
    return member.term_start <= on and (member.term_end is None or on <= member.term_end)


_Check = Callable[[MemberFacts, MeetingFacts, frozenset[str]], bool]

# Order matters: the first match is the reason reported, so the most basic, least
# personal reasons come first (a member who has left is not "unavailable").
_CHECKS: tuple[tuple[Ineligible, _Check], ...] = (
    (Ineligible.LEFT, lambda m, _mt, _rt: m.status == "left"),
    (Ineligible.PAUSED, lambda m, mt, _rt: m.status == "paused" or _on_back_seat(m, mt.on)),
    (Ineligible.OUTSIDE_TERM, lambda m, mt, _rt: not _in_term(m, mt.on)),
    (Ineligible.MISSING_TRAINING, lambda m, mt, rt: bool(missing_training(m, mt.on, rt))),
    (
        Ineligible.UNAVAILABLE,
        lambda m, mt, _rt: any(start <= mt.on <= end for start, end in m.unavailable),
    ),
    (Ineligible.INTEREST_DECLARED, lambda m, mt, _rt: _interest_matches(m, mt)),
    (Ineligible.ALREADY_SEATED, lambda m, mt, _rt: m.person_id in mt.seated),
    (Ineligible.DECLINED, lambda m, mt, _rt: m.person_id in mt.declined),
)


def ineligibility(
    member: MemberFacts, meeting: MeetingFacts, required_training: frozenset[str]
) -> Ineligible | None:
    """The first reason ``member`` cannot take the seat at ``meeting``, or None if they can."""
    for reason, applies in _CHECKS:
        if applies(member, meeting, required_training):
            return reason
    return None


# Unavailability reasons and interests are private to the member and coordinators, and
# explanations are shown to the whole board, so these sentences stay generic; for anyone
# else even the category is replaced (``rota.considered_for``), since "unavailable" next
# to a name already says the member has a private record for that date.
PRIVATE_REASONS = frozenset({Ineligible.UNAVAILABLE.value, Ineligible.INTEREST_DECLARED.value})
NOT_AVAILABLE = "not_available"
NOT_AVAILABLE_DETAIL = "Not available for this meeting."
UNAVAILABLE_DETAIL = "Marked as unavailable on the meeting date."
INTEREST_DETAIL = "Declared an interest that matches a topic on this meeting's agenda."

_DETAILS: dict[Ineligible, str] = {
    Ineligible.LEFT: "Has left the board.",
    Ineligible.PAUSED: "Membership is paused.",
    Ineligible.OUTSIDE_TERM: "The meeting falls outside their term of membership.",
    Ineligible.UNAVAILABLE: UNAVAILABLE_DETAIL,
    Ineligible.INTEREST_DECLARED: INTEREST_DETAIL,
    Ineligible.ALREADY_SEATED: "Already holds another seat at this meeting.",
    Ineligible.DECLINED: "Declined this seat for this meeting.",
}


def ineligible_detail(
    reason: Ineligible,
    member: MemberFacts,
    meeting: MeetingFacts,
    required_training: frozenset[str],
) -> str:
    """One sentence for ``reason``; only training names the specifics, as they are not private."""
    if reason is Ineligible.MISSING_TRAINING:
        missing = ", ".join(missing_training(member, meeting.on, required_training))
        return f"Lacks required training valid on the meeting date: {missing}."
    return _DETAILS[reason]
