"""Casting a ballot, checking a receipt, and paper tallies.

Secrecy is kept by what is stored, not by who may query it: the voter register row (who
voted) and the ballot (what was chosen) are written by the same request, but the ballot
names no person, carries no time, and has a random ID, so nothing on it can be joined
to the register, the audit trail or the access log. No audit row or event is written
for a ballot: the register is the record that someone voted, and a per-ballot event's
time and sequence would line up with the register's order. When voting closes the
ballots are written again in a random order (``shuffle``), so not even their storage
order follows the order people voted in.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Ballot, Election, Membership, Nomination, VoterRecord
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.boards.schemas import MembershipStatus
from app.domain.elections.schemas import (
    BallotCast,
    ElectionMethod,
    ElectionPhase,
    NominationStatus,
    PaperTallies,
    ReceiptCheck,
)
from app.domain.elections.service import event_data, get_election, lock_election
from app.domain.errors import Conflict, PermissionDenied, RuleViolation

COUNTED_PHASES = frozenset({ElectionPhase.COUNTED, ElectionPhase.DECLARED, ElectionPhase.CLOSED})


def digest(receipt: str) -> str:
    return hashlib.sha256(receipt.encode()).hexdigest()


@dataclass(frozen=True)
class Receipt:
    election_id: uuid.UUID
    receipt: str


@dataclass(frozen=True)
class ReceiptStatus:
    found: bool
    counted: bool


async def standing_ids(session: AsyncSession, election: Election) -> list[uuid.UUID]:
    return list(
        await session.scalars(
            select(Nomination.id)
            .where(
                col(Nomination.election_id) == election.id,
                col(Nomination.status) == NominationStatus.STANDING.value,
            )
            .order_by(col(Nomination.id))
        )
    )


def _check_choices(election: Election, choices: list[uuid.UUID], standing: set[uuid.UUID]) -> None:
    if not choices:
        raise RuleViolation.field("/choices", "Choose at least one candidate.")
    if len(set(choices)) != len(choices):
        raise RuleViolation.field("/choices", "Each candidate may be chosen once.")
    for index, choice in enumerate(choices):
        if choice not in standing:
            raise RuleViolation.field(
                f"/choices/{index}", "Not a nomination standing in this election."
            )
    if election.method == ElectionMethod.FPTP and len(choices) > election.places:
        raise RuleViolation.field(
            "/choices", f"Mark at most {election.places} candidate(s) in this election."
        )


async def cast(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID, data: BallotCast
) -> Receipt:
    election = await get_election(session, actor, election_id)
    if not actor.is_person:
        raise PermissionDenied("Ballots are cast by people, not API clients.")
    is_voter = await session.scalar(
        select(Membership.id).where(
            col(Membership.board_id) == election.board_id,
            col(Membership.person_id) == actor.id,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
        )
    )
    if is_voter is None:
        raise PermissionDenied("Only active members of the board vote in its elections.")
    election = await lock_election(session, election)
    if election.phase != ElectionPhase.VOTING:
        raise Conflict(f"Voting is not open; the election is {election.phase}.")
    _check_choices(election, data.choices, set(await standing_ids(session, election)))
    receipt = secrets.token_urlsafe(16)
    try:
        await session.execute(
            insert(VoterRecord).values(
                id=uuid.uuid4(),
                organisation_id=election.organisation_id,
                election_id=election.id,
                person_id=actor.id,
            )
        )
    except IntegrityError:
        raise Conflict("You have already voted in this election.") from None
    await session.execute(
        insert(Ballot).values(
            id=uuid.uuid4(),
            organisation_id=election.organisation_id,
            election_id=election.id,
            choices=[str(c) for c in data.choices],
            receipt_digest=digest(receipt),
        )
    )
    return Receipt(election.id, receipt)


async def check_receipt(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID, data: ReceiptCheck
) -> ReceiptStatus:
    """Whether the ballot behind a receipt is in the ballot box (and so was counted,
    once the count is made). Says nothing of what it chose."""
    election = await get_election(session, actor, election_id)
    found = await session.scalar(
        select(Ballot.id).where(
            col(Ballot.election_id) == election.id,
            col(Ballot.receipt_digest) == digest(data.receipt),
        )
    )
    return ReceiptStatus(
        found=found is not None, counted=found is not None and election.phase in COUNTED_PHASES
    )


async def shuffle(session: AsyncSession, election: Election) -> None:
    rows = (
        await session.execute(
            select(Ballot.id, Ballot.choices, Ballot.receipt_digest).where(
                col(Ballot.election_id) == election.id
            )
        )
    ).all()
    order = list(rows)
    secrets.SystemRandom().shuffle(order)
    await session.execute(delete(Ballot).where(col(Ballot.election_id) == election.id))
    if order:
        await session.execute(
            insert(Ballot),
            [
                {
                    "id": uuid.uuid4(),
                    "organisation_id": election.organisation_id,
                    "election_id": election.id,
                    "choices": choices,
                    "receipt_digest": receipt_digest,
                }
                for _, choices, receipt_digest in order
            ],
        )


async def _paper_election(session: AsyncSession, actor: Actor, election_id: uuid.UUID) -> Election:
    election = await get_election(session, actor, election_id)
    require(actor, Permission.ELECTIONS_MANAGE)
    if not actor.is_person:
        raise PermissionDenied("Paper tallies are entered and confirmed by people.")
    election = await lock_election(session, election)
    if not election.paper_ballots:
        raise Conflict("This election has no paper ballots.")
    if election.phase not in (ElectionPhase.VOTING, ElectionPhase.COUNTING):
        raise Conflict(
            f"Paper tallies are entered before the count; the election is {election.phase}."
        )
    return election


async def enter_paper_tallies(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID, data: PaperTallies
) -> Election:
    """The returning officer's tallies; entering them again needs a fresh confirmation."""
    election = await _paper_election(session, actor, election_id)
    standing = set(await standing_ids(session, election))
    for nomination_id, marks in data.tallies.items():
        if nomination_id not in standing:
            raise RuleViolation.field(
                f"/tallies/{nomination_id}", "Not a nomination standing in this election."
            )
        if marks < 0:
            raise RuleViolation.field(f"/tallies/{nomination_id}", "Marks cannot be negative.")
    election.paper_tallies = {str(k): v for k, v in data.tallies.items()}
    election.paper_entered_by = actor.id
    election.paper_confirmed_by = None
    await session.flush()
    audit.record(
        session,
        actor,
        "election.paper_entered",
        "election",
        election.id,
        election.organisation_id,
        {"paper_tallies"},
    )
    audit.emit(session, election.organisation_id, "election.paper_entered", event_data(election))
    return election


async def confirm_paper_tallies(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID
) -> Election:
    election = await _paper_election(session, actor, election_id)
    if election.paper_tallies is None:
        raise Conflict("No paper tallies have been entered yet.")
    if election.paper_entered_by == actor.id:
        raise PermissionDenied(
            "Paper tallies are confirmed by someone other than the person who entered them."
        )
    election.paper_confirmed_by = actor.id
    await session.flush()
    audit.record(
        session,
        actor,
        "election.paper_confirmed",
        "election",
        election.id,
        election.organisation_id,
        {"paper_confirmed_by"},
    )
    audit.emit(session, election.organisation_id, "election.paper_confirmed", event_data(election))
    return election
