"""Polls as the API shows them: the poll with its options, the count, objections. No
view names a voter beside a choice."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.api.views.base import View, version_field
from app.db.models import Poll, PollObjection, PollOption
from app.domain.polls.counting import Round
from app.domain.polls.results import Count, counted
from app.domain.polls.schemas import ObjectionStatus, PollKind, PollOutcome, PollStatus


class PollOptionOut(View):
    id: uuid.UUID
    label: str
    position: int


class PollOut(View):
    """A poll of a board (perhaps at one of its meetings) or of a free-standing event."""

    id: uuid.UUID
    board_id: uuid.UUID | None
    meeting_id: uuid.UUID | None
    event_title: str | None = Field(description="A free-standing community event's name.")
    title: str
    description: str | None
    kind: PollKind
    status: PollStatus
    anonymous: bool = Field(description="Who voted is kept apart from what was voted.")
    closes_at: datetime
    quorum: int | None = Field(description="The fewest voters for an outcome to count.")
    round: int = Field(description="Goes up each time a consent proposal is amended.")
    options: list[PollOptionOut]
    voter_count: int = Field(description="How many have voted in this round.")
    opened_at: datetime | None
    closed_at: datetime | None
    decided_at: datetime | None
    outcome: PollOutcome | None
    outcome_option_id: uuid.UUID | None
    outcome_reasons: str | None
    created_at: datetime
    updated_at: datetime | None
    version: int = version_field("updatePoll")


class PollTallyOut(View):
    option_id: uuid.UUID
    votes: int


class PollRoundOut(View):
    """One round of an instant-runoff count."""

    tallies: list[PollTallyOut]
    exhausted: int = Field(description="Ballots with no option left in the count.")
    eliminated_option_id: uuid.UUID | None


class PollResultsOut(View):
    poll_id: uuid.UUID
    status: PollStatus
    round: int
    voters: int
    quorum: int | None
    quorum_met: bool
    counted: bool = Field(
        description="False until voting ends (a consent proposal: while open too): until "
        "then only the number of voters is shown."
    )
    tallies: list[PollTallyOut] = Field(
        description="Votes per option (a ranked poll's first round)."
    )
    rounds: list[PollRoundOut] = Field(description="Every round of a ranked poll's count.")
    consents: int
    objections: int
    open_objections: int
    outcome: PollOutcome | None = Field(
        description="What the count gives (or gave, once decided); null until counted."
    )
    outcome_option_id: uuid.UUID | None


class ObjectionOut(View):
    """An objection to a consent proposal. The objector is not shown."""

    id: uuid.UUID
    poll_id: uuid.UUID
    round: int
    reason: str
    status: ObjectionStatus
    resolution: str | None
    settled_at: datetime | None


def _tallies(tallies: dict[str, int]) -> list[PollTallyOut]:
    return [PollTallyOut(option_id=uuid.UUID(o), votes=n) for o, n in tallies.items()]


def _round(r: Round) -> PollRoundOut:
    eliminated = uuid.UUID(r.eliminated) if r.eliminated else None
    return PollRoundOut(
        tallies=_tallies(r.tallies), exhausted=r.exhausted, eliminated_option_id=eliminated
    )


def poll_out(poll: Poll, options: list[PollOption], voters: int) -> PollOut:
    computed = {
        "options": [PollOptionOut.model_validate(o) for o in options],
        "voter_count": voters,
    }
    return PollOut.model_validate(
        {n: computed[n] if n in computed else getattr(poll, n) for n in PollOut.model_fields}
    )


def results_out(result: Count) -> PollResultsOut:
    poll = result.poll
    stored = poll.outcome
    if not counted(poll):
        return PollResultsOut(
            poll_id=poll.id,
            status=PollStatus(poll.status),
            round=poll.round,
            voters=result.voters,
            quorum=poll.quorum,
            quorum_met=result.quorum_met,
            counted=False,
            tallies=[],
            rounds=[],
            consents=0,
            objections=0,
            open_objections=0,
            outcome=None,
            outcome_option_id=None,
        )
    return PollResultsOut(
        poll_id=poll.id,
        status=PollStatus(poll.status),
        round=poll.round,
        voters=result.voters,
        quorum=poll.quorum,
        quorum_met=result.quorum_met,
        counted=True,
        tallies=_tallies(result.tallies),
        rounds=[_round(r) for r in result.rounds],
        consents=result.consents,
        objections=result.objections,
        open_objections=result.open_objections,
        # Once decided, the record stands as decided even if an objection is later settled.
        outcome=PollOutcome(stored) if stored else result.outcome,
        outcome_option_id=poll.outcome_option_id if stored else result.outcome_option_id,
    )


def objection_out(objection: PollObjection) -> ObjectionOut:
    return ObjectionOut.model_validate(objection)
