"""The election's phases: one table of transitions, and what each step does.

draft -> nominations -> voting -> counting -> counted -> declared -> closed, and
cancelled from any phase before the declaration. Opening voting checks every candidate
again and draws the tie-break seed (so the rule and its lot are fixed before anyone
votes); closing voting shuffles the ballot box; counting needs confirmed paper tallies
where there are paper ballots; declaring fills the roles (``results.declare``); closing
ends the challenge window, and is refused while it runs. Repeating the step just taken
answers with the election as it is, so a retry after a lost response is safe.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Election
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.elections import nominations, results, voting
from app.domain.elections.schemas import ElectionPhase
from app.domain.elections.service import event_data, get_election, lock_election
from app.domain.errors import Conflict, InvalidTransition, RuleViolation


class Step(StrEnum):
    OPEN_NOMINATIONS = "open_nominations"
    OPEN_VOTING = "open_voting"
    CLOSE_VOTING = "close_voting"
    COUNT = "count"
    DECLARE = "declare"
    CLOSE = "close"
    CANCEL = "cancel"


P = ElectionPhase
TRANSITIONS: dict[tuple[ElectionPhase, Step], ElectionPhase] = {
    (P.DRAFT, Step.OPEN_NOMINATIONS): P.NOMINATIONS,
    (P.NOMINATIONS, Step.OPEN_VOTING): P.VOTING,
    (P.VOTING, Step.CLOSE_VOTING): P.COUNTING,
    (P.COUNTING, Step.COUNT): P.COUNTED,
    (P.COUNTED, Step.DECLARE): P.DECLARED,
    (P.DECLARED, Step.CLOSE): P.CLOSED,
    **{
        (phase, Step.CANCEL): P.CANCELLED
        for phase in (P.DRAFT, P.NOMINATIONS, P.VOTING, P.COUNTING, P.COUNTED)
    },
}
_TARGET = {step: target for (_, step), target in TRANSITIONS.items()}
EVENT = {
    P.NOMINATIONS: "election.nominations_opened",
    P.VOTING: "election.voting_opened",
    P.COUNTING: "election.voting_closed",
    P.COUNTED: "election.counted",
    P.DECLARED: "election.declared",
    P.CLOSED: "election.closed",
    P.CANCELLED: "election.cancelled",
}


def allowed(phase: ElectionPhase | str) -> list[str]:
    return [step.value for (source, step) in TRANSITIONS if source == phase]


def next_phase(current: str, step: Step) -> ElectionPhase:
    target = TRANSITIONS.get((ElectionPhase(current), step))
    if target is None:
        raise InvalidTransition("election", current, _TARGET[step].value, allowed(current))
    return target


async def _before(session: AsyncSession, actor: Actor, election: Election, step: Step) -> set[str]:
    """The step's own work, before the phase moves; the fields it changed."""
    now = utcnow()
    if step == Step.OPEN_NOMINATIONS:
        election.nominations_opened_at = now
        return {"nominations_opened_at"}
    if step == Step.OPEN_VOTING:
        standing = await nominations.recheck(session, actor, election)
        if not standing:
            raise RuleViolation("No candidate is standing: voting cannot open.")
        election.tie_seed = secrets.token_hex(16)
        election.voting_opened_at = now
        return {"tie_seed", "voting_opened_at"}
    if step == Step.CLOSE_VOTING:
        await voting.shuffle(session, election)
        election.voting_closed_at = now
        return {"voting_closed_at"}
    if step == Step.COUNT:
        if election.paper_ballots and election.paper_confirmed_by is None:
            raise Conflict("The paper tallies must be entered and confirmed before the count.")
        election.result = await results.count(session, election)
        return {"result"}
    if step == Step.DECLARE:
        await results.declare(session, actor, election)
        election.declared_at = now
        election.challenge_ends_at = now + timedelta(days=election.challenge_days)
        return {"declared_at", "challenge_ends_at"}
    if step == Step.CLOSE and election.challenge_ends_at and now < election.challenge_ends_at:
        raise Conflict("The challenge window is still open.")
    return set()


async def take_step(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID, step: Step
) -> Election:
    election = await get_election(session, actor, election_id)
    require(actor, Permission.ELECTIONS_MANAGE)
    election = await lock_election(session, election)
    if election.phase == _TARGET[step]:
        return election
    target = next_phase(election.phase, step)
    changed = await _before(session, actor, election, step)
    election.phase = target.value
    election.updated_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        EVENT[target],
        "election",
        election.id,
        election.organisation_id,
        {"phase", *changed},
    )
    audit.emit(session, election.organisation_id, EVENT[target], event_data(election))
    return election
