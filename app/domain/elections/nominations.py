"""Nominations: standing yourself or nominating another member, seconding, withdrawing,
and checking the board's rules at nomination and again when voting opens."""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Election, Membership, Nomination
from app.db.types import utcnow
from app.domain import audit, store
from app.domain.actors import Actor, Permission
from app.domain.boards.schemas import MembershipStatus
from app.domain.elections import eligibility
from app.domain.elections.schemas import (
    ElectionPhase,
    EligibilityRules,
    NominationCreate,
    NominationStatus,
)
from app.domain.elections.service import get_election, lock_election
from app.domain.errors import Conflict, FieldProblem, NotFound, PermissionDenied, RuleViolation
from app.domain.people.service import get_person


def rules_of(election: Election) -> EligibilityRules:
    return EligibilityRules.model_validate(election.eligibility)


def _nomination_event(nomination: Nomination, election: Election) -> dict[str, str]:
    return {
        "electionId": str(election.id),
        "nominationId": str(nomination.id),
        "status": nomination.status,
    }


async def _is_active_member(
    session: AsyncSession, board_id: uuid.UUID, person_id: uuid.UUID
) -> bool:
    found = await session.scalar(
        select(Membership.id).where(
            col(Membership.board_id) == board_id,
            col(Membership.person_id) == person_id,
            col(Membership.status) == MembershipStatus.ACTIVE.value,
        )
    )
    return found is not None


async def require_member_or_staff(session: AsyncSession, actor: Actor, election: Election) -> None:
    """Members of the board take part; staff act as returning officers."""
    if actor.can(Permission.ELECTIONS_MANAGE):
        return
    if actor.is_person and await _is_active_member(session, election.board_id, actor.id):
        return
    raise PermissionDenied(
        "Only active members of the board, or staff, take part in its elections."
    )


def _in_phase(election: Election, phase: ElectionPhase, doing: str) -> None:
    if election.phase != phase:
        raise Conflict(
            f"{doing} only while the election is in {phase.value}; it is {election.phase}."
        )


async def nominate(
    session: AsyncSession, actor: Actor, election_id: uuid.UUID, data: NominationCreate
) -> Nomination:
    election = await get_election(session, actor, election_id)
    await require_member_or_staff(session, actor, election)
    if not actor.is_person:
        raise PermissionDenied("Nominations are made by people, not API clients.")
    election = await lock_election(session, election)
    _in_phase(election, ElectionPhase.NOMINATIONS, "Nominations are taken")
    try:
        await get_person(session, actor, data.person_id)
    except NotFound:
        raise RuleViolation.field("/personId", "No person with that ID exists here.") from None
    rules = rules_of(election)
    facts = await eligibility.load_facts(
        session, election, rules, [data.person_id], utcnow().date()
    )
    refused = eligibility.reasons(rules, facts[data.person_id])
    if refused:
        raise RuleViolation(
            "The candidate does not meet this election's rules.",
            [FieldProblem("/personId", reason) for reason in refused],
        )
    nomination = Nomination(
        organisation_id=election.organisation_id,
        election_id=election.id,
        person_id=data.person_id,
        nominated_by=actor.id,
        statement=data.statement,
        status=(
            NominationStatus.AWAITING_SECONDING
            if election.requires_seconding
            else NominationStatus.STANDING
        ).value,
    )
    session.add(nomination)
    try:
        await session.flush()
    except IntegrityError:
        raise Conflict("That person is already nominated in this election.") from None
    audit.record(
        session,
        actor,
        "election.nominated",
        "nomination",
        nomination.id,
        nomination.organisation_id,
        data.model_fields_set,
    )
    audit.emit(
        session,
        election.organisation_id,
        "election.nominated",
        _nomination_event(nomination, election),
    )
    return nomination


async def _nomination(
    session: AsyncSession, actor: Actor, nomination_id: uuid.UUID
) -> tuple[Nomination, Election]:
    nomination = await store.one(
        session, Nomination, nomination_id, store.in_org(Nomination, actor), "nomination"
    )
    election = await get_election(session, actor, nomination.election_id)
    return nomination, await lock_election(session, election)


async def second(session: AsyncSession, actor: Actor, nomination_id: uuid.UUID) -> Nomination:
    nomination, election = await _nomination(session, actor, nomination_id)
    if not (actor.is_person and await _is_active_member(session, election.board_id, actor.id)):
        raise PermissionDenied("A nomination is seconded by an active member of the board.")
    if actor.id in (nomination.person_id, nomination.nominated_by):
        raise RuleViolation(
            "A nomination is seconded by someone other than the candidate and the nominator."
        )
    _in_phase(election, ElectionPhase.NOMINATIONS, "Nominations are seconded")
    await session.refresh(nomination)
    if nomination.status != NominationStatus.AWAITING_SECONDING:
        raise Conflict(f"This nomination is {nomination.status}, not awaiting seconding.")
    nomination.seconded_by = actor.id
    nomination.status = NominationStatus.STANDING.value
    await session.flush()
    audit.record(
        session,
        actor,
        "election.seconded",
        "nomination",
        nomination.id,
        nomination.organisation_id,
        {"seconded_by", "status"},
    )
    audit.emit(
        session,
        election.organisation_id,
        "election.seconded",
        _nomination_event(nomination, election),
    )
    return nomination


async def withdraw(session: AsyncSession, actor: Actor, nomination_id: uuid.UUID) -> Nomination:
    nomination, election = await _nomination(session, actor, nomination_id)
    if not (actor.is_self(nomination.person_id) or actor.can(Permission.ELECTIONS_MANAGE)):
        raise PermissionDenied("Only the candidate, or staff, may withdraw a nomination.")
    _in_phase(election, ElectionPhase.NOMINATIONS, "Candidates withdraw")
    if nomination.status == NominationStatus.WITHDRAWN:
        return nomination
    nomination.status = NominationStatus.WITHDRAWN.value
    await session.flush()
    audit.record(
        session,
        actor,
        "election.withdrawn",
        "nomination",
        nomination.id,
        nomination.organisation_id,
        {"status"},
    )
    audit.emit(
        session,
        election.organisation_id,
        "election.withdrawn",
        _nomination_event(nomination, election),
    )
    return nomination


async def recheck(session: AsyncSession, actor: Actor, election: Election) -> list[Nomination]:
    """When voting opens: nominations never seconded lapse, and every candidate is
    checked again (a term may have ended or training lapsed since). Returns those
    still standing."""
    rows = list(
        await session.scalars(
            select(Nomination)
            .where(col(Nomination.election_id) == election.id)
            .order_by(col(Nomination.id))
        )
    )
    rules = rules_of(election)
    live = [
        n
        for n in rows
        if n.status in (NominationStatus.STANDING, NominationStatus.AWAITING_SECONDING)
    ]
    facts = await eligibility.load_facts(
        session, election, rules, [n.person_id for n in live], utcnow().date()
    )
    standing: list[Nomination] = []
    for nomination in live:
        if nomination.status == NominationStatus.AWAITING_SECONDING:
            refused = ["The nomination was not seconded before voting opened."]
        else:
            refused = eligibility.reasons(rules, facts[nomination.person_id])
        if refused:
            nomination.status = NominationStatus.INELIGIBLE.value
            nomination.reasons = refused
            audit.record(
                session,
                actor,
                "election.ineligible",
                "nomination",
                nomination.id,
                nomination.organisation_id,
                {"status", "reasons"},
            )
            audit.emit(
                session,
                election.organisation_id,
                "election.ineligible",
                _nomination_event(nomination, election),
            )
        else:
            standing.append(nomination)
    await session.flush()
    return standing
