"""Who may stand: the board's rules against what is known of each candidate.

``reasons`` is pure: it takes the facts and returns the sentences that refuse a
candidate (none: eligible). ``load_facts`` reads the facts for any number of candidates
in three fixed queries. The sentences name rules, never health or offence data, so they
can be shown to the candidate and the returning officer.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from app.db.models import Election, Membership, Nomination, TrainingRecord
from app.domain.boards.schemas import MembershipStatus
from app.domain.elections.schemas import EligibilityRules, NominationStatus


@dataclass(frozen=True)
class Facts:
    membership_status: str | None = None  # active, paused; None: no current membership
    board_role: str | None = None
    training: frozenset[str] = field(default_factory=frozenset)  # unexpired types held
    earlier_terms: int = 0


def reasons(rules: EligibilityRules, facts: Facts) -> list[str]:
    found: list[str] = []
    if rules.active_member and facts.membership_status != MembershipStatus.ACTIVE:
        found.append("Candidates must be active members of the board.")
    missing = sorted(set(rules.required_training) - facts.training)
    if missing:
        found.append(f"Candidates must hold current training: {', '.join(missing)}.")
    if rules.max_terms is not None and facts.earlier_terms >= rules.max_terms:
        found.append(f"Candidates may serve at most {rules.max_terms} terms in this role.")
    conflicting = {r.value for r in rules.conflicting_roles}
    if facts.board_role in conflicting:
        label = facts.board_role.replace("_", " ")
        found.append(f"A candidate may not stand while holding the board's {label} role.")
    return found


async def load_facts(
    session: AsyncSession,
    election: Election,
    rules: EligibilityRules,
    person_ids: Collection[uuid.UUID],
    today: date,
) -> dict[uuid.UUID, Facts]:
    wanted = set(person_ids)
    if not wanted:
        return {}
    memberships = {
        row.person_id: (row.status, row.role)
        for row in await session.execute(
            select(Membership.person_id, Membership.status, Membership.role).where(
                col(Membership.board_id) == election.board_id,
                col(Membership.person_id).in_(wanted),
                col(Membership.status) != MembershipStatus.LEFT.value,
            )
        )
    }
    training: dict[uuid.UUID, set[str]] = {p: set() for p in wanted}
    if rules.required_training:
        rows = await session.execute(
            select(TrainingRecord.person_id, TrainingRecord.training_type).where(
                col(TrainingRecord.organisation_id) == election.organisation_id,
                col(TrainingRecord.person_id).in_(wanted),
                col(TrainingRecord.training_type).in_(rules.required_training),
                or_(
                    col(TrainingRecord.expires_on).is_(None),
                    col(TrainingRecord.expires_on) >= today,
                ),
            )
        )
        for person_id, kind in rows:
            training[person_id].add(kind)
    terms: dict[uuid.UUID, int] = {}
    if rules.max_terms is not None:
        rows = await session.execute(
            select(Nomination.person_id, func.count())
            .join(Election, col(Election.id) == col(Nomination.election_id))
            .where(
                col(Election.board_id) == election.board_id,
                col(Election.role) == election.role,
                col(Election.id) != election.id,
                col(Nomination.status) == NominationStatus.ELECTED.value,
                col(Nomination.person_id).in_(wanted),
            )
            .group_by(col(Nomination.person_id))
        )
        terms = {person_id: int(count) for person_id, count in rows}
    return {
        person_id: Facts(
            membership_status=memberships.get(person_id, (None, None))[0],
            board_role=memberships.get(person_id, (None, None))[1],
            training=frozenset(training[person_id]),
            earlier_terms=terms.get(person_id, 0),
        )
        for person_id in wanted
    }
