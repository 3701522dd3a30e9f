"""Fair, explainable rotation of a seat among an advisory board's members.

Among the eligible members the seat goes to the one with the fewest turns; a tie goes to
the one whose last turn is longest ago (never having had one counts as longest of all);
a remaining tie goes to the smallest fixed ``order_key``. Always choosing someone with
the fewest turns is what keeps turns within one of each other over any run (rule 1), and
because a decline is not a turn, a decliner keeps their place in the queue (rule 2).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from app.domain.seats.eligibility import (
    INTEREST_DETAIL,
    UNAVAILABLE_DETAIL,
    Ineligible,
    MeetingFacts,
    MemberFacts,
    TrainingFact,
    ineligibility,
    ineligible_detail,
)

__all__ = [
    "CHOSEN",
    "INTEREST_DETAIL",
    "UNAVAILABLE_DETAIL",
    "Choice",
    "Consideration",
    "Ineligible",
    "MeetingFacts",
    "MemberFacts",
    "PassedOver",
    "TrainingFact",
    "choose",
    "ineligibility",
    "join_baseline",
    "plan",
    "rank_key",
]

CHOSEN = "chosen"


class PassedOver(StrEnum):
    """Why an eligible member was not chosen: the first criterion they lost on."""

    MORE_TURNS = "more_turns"
    MORE_RECENT_TURN = "more_recent_turn"
    LATER_IN_ORDER = "later_in_order"


@dataclass(frozen=True)
class Consideration:
    person_id: uuid.UUID
    eligible: bool
    reason: str
    detail: str


@dataclass(frozen=True)
class Choice:
    meeting_id: uuid.UUID
    person_id: uuid.UUID | None
    why: str
    considered: tuple[Consideration, ...]

    def all_considerations(self) -> tuple[Consideration, ...]:
        """Everyone in the pool, the chosen member first with reason ``CHOSEN``, for storage."""
        if self.person_id is None:
            return self.considered
        chosen = Consideration(self.person_id, eligible=True, reason=CHOSEN, detail=self.why)
        return (chosen, *self.considered)


def _recency(last_turn: date | None) -> tuple[int, date]:
    # Never having had a turn sorts before any date: it is the longest wait of all.
    return (0, date.min) if last_turn is None else (1, last_turn)


def rank_key(member: MemberFacts) -> tuple[int, tuple[int, date], str]:
    """Smaller is chosen first: fewest turns, then longest since last turn, then order."""
    return (member.turns, _recency(member.last_turn), member.order_key)


def join_baseline(existing_turns: Iterable[int]) -> int:
    """Turns a newcomer starts with, so they neither jump the queue for every seat nor wait
    behind everyone: the fewest turns anyone in the pool has (0 for an empty pool)."""
    return min(existing_turns, default=0)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _last_turn_text(last_turn: date | None) -> str:
    return "never had a turn" if last_turn is None else f"last turn on {last_turn.isoformat()}"


def _why(chosen: MemberFacts, eligible: Sequence[MemberFacts], pool_size: int) -> str:
    if len(eligible) == 1:
        return (
            f"The only eligible member of the {pool_size} in the pool "
            f"({_plural(chosen.turns, 'turn')} so far)."
        )
    tied_turns = [m for m in eligible if m.turns == chosen.turns]
    if len(tied_turns) == 1:
        return f"Fewest turns ({chosen.turns}) among the {len(eligible)} eligible members."
    others = _plural(len(tied_turns) - 1, "other eligible member")
    last = _last_turn_text(chosen.last_turn)
    tied_last = [m for m in tied_turns if m.last_turn == chosen.last_turn]
    if len(tied_last) == 1:
        return (
            f"Tied on fewest turns ({chosen.turns}) with {others}; "
            f"the longest since a last turn ({last})."
        )
    return (
        f"Tied on fewest turns ({chosen.turns}) and on last turn ({last}) with {others}; "
        "first in the board's fixed order."
    )


def _passed_over(member: MemberFacts, chosen: MemberFacts) -> Consideration:
    if member.turns != chosen.turns:
        reason = PassedOver.MORE_TURNS
        detail = f"Had {_plural(member.turns, 'turn')}; the chosen member had {chosen.turns}."
    elif member.last_turn != chosen.last_turn:
        reason = PassedOver.MORE_RECENT_TURN
        detail = (
            f"Tied on turns ({member.turns}) but had a turn more recently "
            f"({_last_turn_text(member.last_turn)}; the chosen member: "
            f"{_last_turn_text(chosen.last_turn)})."
        )
    else:
        reason = PassedOver.LATER_IN_ORDER
        detail = (
            f"Tied on turns ({member.turns}) and on last turn "
            f"({_last_turn_text(member.last_turn)}); later in the board's fixed order."
        )
    return Consideration(member.person_id, eligible=True, reason=reason, detail=detail)


def _check_unique(members: Sequence[MemberFacts]) -> None:
    # A duplicate would make the final tie-break, and so the plan, depend on input order.
    if len({m.person_id for m in members}) != len(members):
        raise ValueError("a person appears twice in the pool")
    if len({m.order_key for m in members}) != len(members):
        raise ValueError("two members share an order_key")


def choose(
    members: Sequence[MemberFacts], meeting: MeetingFacts, required_training: frozenset[str]
) -> Choice:
    """Who takes the seat at ``meeting``, why, and why each other member did not."""
    _check_unique(members)
    eligible: list[MemberFacts] = []
    excluded: list[Consideration] = []
    for member in sorted(members, key=lambda m: m.order_key):
        reason = ineligibility(member, meeting, required_training)
        if reason is None:
            eligible.append(member)
        else:
            detail = ineligible_detail(reason, member, meeting, required_training)
            excluded.append(Consideration(member.person_id, False, reason, detail))
    if not eligible:
        why = (
            f"Nobody of the {_plural(len(members), 'member')} in the pool is eligible."
            if members
            else "The pool has no members."
        )
        return Choice(meeting.meeting_id, None, why, tuple(excluded))
    eligible.sort(key=rank_key)
    chosen = eligible[0]
    # The queue first, in the order it will be served, then those who could not sit.
    passed = tuple(_passed_over(m, chosen) for m in eligible[1:])
    return Choice(
        meeting.meeting_id,
        chosen.person_id,
        _why(chosen, eligible, len(members)),
        passed + tuple(excluded),
    )


def plan(
    members: Sequence[MemberFacts],
    meetings: Sequence[MeetingFacts],
    required_training: frozenset[str],
    held: Sequence[tuple[date, uuid.UUID]] = (),
) -> list[Choice]:
    """Choose for each meeting in date order, counting each choice as a turn for the next.

    ``held`` are sittings inside the horizon that the plan must keep (a coordinator's swap
    or substitution): they count as turns from the start, so the plan balances around
    them, but as a member's last turn only once the walk has passed their date, so no
    explanation cites a last turn that lies after the meeting it explains.

    Choices come back in the order they were made (by date, then meeting id), not in the
    order ``meetings`` was given, so that the result does not depend on the caller's order.
    """
    _check_unique(members)
    if len({m.meeting_id for m in meetings}) != len(meetings):
        raise ValueError("a meeting appears twice")
    pool = {m.person_id: m for m in members}
    for _on, person_id in held:
        if person_id in pool:
            pool[person_id] = replace(pool[person_id], turns=pool[person_id].turns + 1)
    waiting = sorted((on, str(p), p) for on, p in held if p in pool)
    choices: list[Choice] = []
    for meeting in sorted(meetings, key=lambda mt: (mt.on, mt.meeting_id)):
        while waiting and waiting[0][0] <= meeting.on:
            on, _key, person_id = waiting.pop(0)
            holder = pool[person_id]
            if holder.last_turn is None or holder.last_turn < on:
                pool[person_id] = replace(holder, last_turn=on)
        choice = choose(list(pool.values()), meeting, required_training)
        if choice.person_id is not None:
            # Only taking the seat is a turn; declining leaves the counts untouched.
            holder = pool[choice.person_id]
            pool[choice.person_id] = replace(holder, turns=holder.turns + 1, last_turn=meeting.on)
        choices.append(choice)
    return choices


PREVIOUS_HOLDER_LEFT = "Previous holder left."
FIXED_HOLDER = "The seat's fixed holder."


def handed_on(choice: Choice, because: str = PREVIOUS_HOLDER_LEFT) -> Choice:
    """``choice`` made because the holder could no longer sit, saying so first."""
    return replace(choice, why=f"{because} {choice.why}")


def plan_fixed(
    holder: MemberFacts | None,
    pool: Sequence[MemberFacts],
    meetings: Sequence[MeetingFacts],
    required_training: frozenset[str],
    held: Sequence[tuple[date, uuid.UUID]] = (),
) -> list[Choice]:
    """A fixed seat: its holder at every meeting they can sit; where they cannot (left,
    paused, unavailable, already seated...) the rotation pool fills it, fairly among the
    pool and saying why the holder did not sit. Choices come back in date order."""
    ordered = sorted(meetings, key=lambda mt: (mt.on, mt.meeting_id))
    because: dict[uuid.UUID, str] = {}
    for meeting in ordered:
        blocked = (
            Ineligible.LEFT if holder is None else ineligibility(holder, meeting, required_training)
        )
        gone = blocked is Ineligible.LEFT or (
            blocked is Ineligible.OUTSIDE_TERM
            and holder is not None
            and holder.term_end is not None
            and meeting.on > holder.term_end
        )
        if gone:
            because[meeting.meeting_id] = PREVIOUS_HOLDER_LEFT
        elif blocked is not None:
            assert holder is not None
            # Generic wording: the explanation is shown to the board, and a private reason
            # (unavailability, an interest) must not be told by the sentence.
            because[meeting.meeting_id] = "The holder cannot sit at this meeting."
    fallback = {
        c.meeting_id: handed_on(c, because[c.meeting_id])
        for c in plan(
            pool, [m for m in ordered if m.meeting_id in because], required_training, held
        )
    }
    return [
        fallback[m.meeting_id]
        if m.meeting_id in because
        else Choice(m.meeting_id, holder.person_id if holder else None, FIXED_HOLDER, ())
        for m in ordered
    ]
