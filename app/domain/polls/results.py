"""A poll's count from its ballots, and the outcome the count gives (pure, given rows)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Poll, PollBallot, PollObjection, PollOption, PollVoter
from app.domain.actors import Actor
from app.domain.polls import access, counting
from app.domain.polls.schemas import ObjectionStatus, PollKind, PollOutcome, PollStatus
from app.domain.polls.service import options_by_poll


@dataclass(frozen=True)
class Count:
    poll: Poll
    voters: int
    quorum_met: bool
    tallies: dict[str, int]  # option ID -> votes (first round, for a ranked poll)
    rounds: list[counting.Round] = field(default_factory=list)
    consents: int = 0
    objections: int = 0
    open_objections: int = 0
    outcome: PollOutcome = PollOutcome.NOT_AGREED
    outcome_option_id: uuid.UUID | None = None


def count(
    poll: Poll,
    options: Sequence[PollOption],
    voters: int,
    ballots: Sequence[PollBallot],
    open_objections: int,
) -> Count:
    ids = [str(o.id) for o in options]
    quorum_met = poll.quorum is None or voters >= poll.quorum
    kind = PollKind(poll.kind)
    if kind == PollKind.CONSENT:
        consents = sum(1 for b in ballots if b.choice == "consent")
        objected = sum(1 for b in ballots if b.choice == "object")
        agreed = ballots and open_objections == 0
        outcome = (
            PollOutcome.NO_QUORUM
            if not quorum_met
            else PollOutcome.AGREED
            if agreed
            else PollOutcome.NOT_AGREED
        )
        return Count(poll, voters, quorum_met, {}, [], consents, objected, open_objections, outcome)
    chosen = [b.option_ids for b in ballots]
    rounds: list[counting.Round] = []
    if kind == PollKind.RANKED:
        runoff = counting.instant_runoff(ids, chosen)
        rounds = runoff.rounds
        tallies = rounds[0].tallies if rounds else dict.fromkeys(ids, 0)
        top = [runoff.winner] if runoff.winner else []
    else:
        tallies = counting.plurality(ids, chosen)
        top = counting.leaders(tallies)
    winner = uuid.UUID(top[0]) if len(top) == 1 else None
    if not quorum_met:
        outcome = PollOutcome.NO_QUORUM
    elif len(top) > 1:
        outcome = PollOutcome.TIED
    elif winner is not None:
        outcome = PollOutcome.AGREED
    else:
        outcome = PollOutcome.NOT_AGREED
    return Count(
        poll,
        voters,
        quorum_met,
        tallies,
        rounds,
        outcome=outcome,
        outcome_option_id=winner if outcome == PollOutcome.AGREED else None,
    )


async def load_count(session: AsyncSession, actor: Actor, poll: Poll) -> Count:
    options = (await options_by_poll(session, actor, [poll.id]))[poll.id]
    voters = await session.scalar(
        select(func.count()).select_from(PollVoter).where(PollVoter.poll_id == poll.id)
    )
    ballots = list(
        await session.scalars(
            select(PollBallot).where(PollBallot.poll_id == poll.id, PollBallot.round == poll.round)
        )
    )
    open_objections = await session.scalar(
        select(func.count())
        .select_from(PollObjection)
        .where(
            col(PollObjection.poll_id) == poll.id,
            col(PollObjection.status) == ObjectionStatus.OPEN.value,
        )
    )
    return count(poll, options, voters or 0, ballots, open_objections or 0)


def counted(poll: Poll) -> bool:
    """Whether the figures are shown: once voting has ended, so early figures cannot sway
    later votes. A consent proposal shows them as they come, since its objections must be
    met while it is open."""
    status = PollStatus(poll.status)
    if status in (PollStatus.CLOSED, PollStatus.DECIDED):
        return True
    return status == PollStatus.OPEN and poll.kind == PollKind.CONSENT


async def results(session: AsyncSession, actor: Actor, poll_id: uuid.UUID) -> Count:
    poll = await access.find(session, actor, poll_id)
    return await load_count(session, actor, poll)
