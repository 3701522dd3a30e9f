"""The count and the declaration.

``count`` reads the standing candidates and the ballot box (choices only: nothing else
is on a ballot) and publishes every stage. ``declare`` fills the roles in the request's
transaction: a winner's current membership takes the role and its term (or a membership
is made), an officer being replaced goes back to being a member first (the one-holder
index would otherwise refuse the winner), and every change is audited.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Ballot, Election, Membership, Nomination
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.boards.schemas import MembershipRole, MembershipStatus
from app.domain.elections.count import CountResult
from app.domain.elections.plurality import count_marks
from app.domain.elections.schemas import (
    OFFICER_ROLES,
    ElectedRole,
    ElectionMethod,
    NominationStatus,
)
from app.domain.elections.stv import count_stv
from app.domain.elections.voting import standing_ids


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def published(result: CountResult, election: Election, ballots: int) -> dict[str, Any]:
    return {
        "method": election.method,
        "tieBreak": election.tie_break,
        "seed": election.tie_seed,
        "quota": result.quota,
        "ballots": ballots,
        "paperMarks": sum((election.paper_tallies or {}).values()),
        "elected": result.elected,
        "stages": [asdict(stage) for stage in result.stages],
    }


async def count(session: AsyncSession, election: Election) -> dict[str, Any]:
    candidates = [str(n) for n in await standing_ids(session, election)]
    ballots = [
        list(c)
        for c in await session.scalars(
            select(Ballot.choices).where(col(Ballot.election_id) == election.id)
        )
    ]
    seed = election.tie_seed or ""
    if election.method == ElectionMethod.STV:
        result = count_stv(candidates, ballots, election.places, seed)
    else:
        paper = list((election.paper_tallies or {}).items())
        result = count_marks(candidates, ballots, election.places, seed, extra_marks=paper)
    return published(result, election, len(ballots))


async def declare(session: AsyncSession, actor: Actor, election: Election) -> None:
    elected = set((election.result or {}).get("elected", []))
    rows = list(
        await session.scalars(
            select(Nomination)
            .where(
                col(Nomination.election_id) == election.id,
                col(Nomination.status) == NominationStatus.STANDING.value,
            )
            .order_by(col(Nomination.id))
        )
    )
    today = utcnow().date()
    winners = [n for n in rows if str(n.id) in elected]
    for nomination in rows:
        if nomination in winners:
            nomination.status = NominationStatus.ELECTED.value
            nomination.term_start = today
            nomination.term_end = add_months(today, election.term_months)
        else:
            nomination.status = NominationStatus.NOT_ELECTED.value
    role = ElectedRole(election.role)
    winner_ids = {n.person_id for n in winners}
    current = {
        m.person_id: m
        for m in await session.scalars(
            select(Membership).where(
                col(Membership.board_id) == election.board_id,
                col(Membership.status) != MembershipStatus.LEFT.value,
            )
        )
    }
    if role in OFFICER_ROLES:
        for membership in current.values():
            if membership.role == role.value and membership.person_id not in winner_ids:
                membership.role = MembershipRole.MEMBER.value
                membership.updated_at = utcnow()
                audit.record(
                    session,
                    actor,
                    "membership.updated",
                    "membership",
                    membership.id,
                    membership.organisation_id,
                    {"role"},
                )
        await session.flush()  # the one-holder index sees the old holder step down first
    for nomination in winners:
        assert nomination.term_end is not None
        existing = current.get(nomination.person_id)
        if existing is None:
            membership = Membership(
                organisation_id=election.organisation_id,
                board_id=election.board_id,
                person_id=nomination.person_id,
                role=role.value,
                status=MembershipStatus.ACTIVE.value,
                term_start=today,
                term_end=nomination.term_end,
            )
            session.add(membership)
            await session.flush()
            audit.record(
                session,
                actor,
                "membership.created",
                "membership",
                membership.id,
                membership.organisation_id,
                {"role", "status", "term_start", "term_end"},
            )
            continue
        membership = existing
        changed = {"term_end"}
        # A member elected to a council's places keeps any officer role they hold.
        if role != ElectedRole.MEMBER:
            membership.role = role.value
            changed.add("role")
        membership.status = MembershipStatus.ACTIVE.value
        membership.term_end = nomination.term_end
        membership.updated_at = utcnow()
        audit.record(
            session,
            actor,
            "membership.updated",
            "membership",
            membership.id,
            membership.organisation_id,
            changed,
        )
    await session.flush()
    for nomination in rows:
        audit.record(
            session,
            actor,
            f"election.{nomination.status}",
            "nomination",
            nomination.id,
            nomination.organisation_id,
            {"status"},
        )
