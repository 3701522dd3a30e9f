"""Elections of a board: the election, its nominations, the voter register and the
ballots. The register and the ballots are kept apart so that nothing can join them:
ballots carry no person, no time, and a random (v4) ID, never a time-ordered one."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.db.models.base import JsonType, Timestamped, org_field, time_field, version_column

_election_version = version_column()


class Election(Timestamped, table=True):
    __tablename__ = "elections"
    __table_args__ = (
        CheckConstraint(
            "role IN ('chair', 'vice_chair', 'secretary', 'representative', 'member')",
            name="role",
        ),
        CheckConstraint("method IN ('fptp', 'approval', 'stv')", name="method"),
        CheckConstraint(
            "phase IN ('draft', 'nominations', 'voting', 'counting', 'counted', 'declared',"
            " 'closed', 'cancelled')",
            name="phase",
        ),
        CheckConstraint("places >= 1", name="places"),
        CheckConstraint("term_months >= 1", name="term_months"),
        CheckConstraint("challenge_days >= 0", name="challenge_days"),
    )
    __mapper_args__ = {"version_id_col": _election_version}

    organisation_id: uuid.UUID = org_field()
    board_id: uuid.UUID = Field(foreign_key="boards.id", ondelete="CASCADE", index=True)
    title: str
    role: str
    places: int = 1
    method: str
    phase: str = "draft"
    requires_seconding: bool = False
    paper_ballots: bool = False
    # The board's rules for who may stand: {"activeMember", "requiredTraining", "maxTerms",
    # "conflictingRoles"}, as ``EligibilityRules`` validates them.
    eligibility: dict[str, Any] = Field(default_factory=dict, sa_type=JsonType, nullable=False)
    term_months: int = 24
    challenge_days: int = 0
    tie_break: str = "earlier_stage_then_lot"
    # Drawn when voting opens and published with the count, so the lot can be re-run.
    tie_seed: str | None = None
    nominations_opened_at: datetime | None = time_field()
    voting_opened_at: datetime | None = time_field()
    voting_closed_at: datetime | None = time_field()
    declared_at: datetime | None = time_field()
    challenge_ends_at: datetime | None = time_field()
    # Paper ballots (a prison wing): marks per nomination ID, entered and confirmed by
    # two different people before the count.
    paper_tallies: dict[str, int] | None = Field(default=None, sa_type=JsonType)
    paper_entered_by: uuid.UUID | None = Field(default=None, foreign_key="people.id")
    paper_confirmed_by: uuid.UUID | None = Field(default=None, foreign_key="people.id")
    # The published count: quota, every stage, who was elected (nomination IDs).
    result: dict[str, Any] | None = Field(default=None, sa_type=JsonType)
    created_by: uuid.UUID | None = Field(default=None, foreign_key="people.id")
    updated_at: datetime | None = time_field()
    version: int = Field(default=1, sa_column=_election_version)


class Nomination(Timestamped, table=True):
    __tablename__ = "election_nominations"
    __table_args__ = (
        UniqueConstraint("election_id", "person_id"),
        CheckConstraint(
            "status IN ('awaiting_seconding', 'standing', 'ineligible', 'withdrawn', 'elected',"
            " 'not_elected')",
            name="status",
        ),
    )

    organisation_id: uuid.UUID = org_field()
    election_id: uuid.UUID = Field(foreign_key="elections.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    nominated_by: uuid.UUID = Field(foreign_key="people.id")
    seconded_by: uuid.UUID | None = Field(default=None, foreign_key="people.id")
    statement: str | None = None
    status: str
    # Why the rules refused the candidate, when they did: sentences, never personal data.
    reasons: list[str] = Field(default_factory=list, sa_type=JsonType, nullable=False)
    term_start: date | None = None
    term_end: date | None = None


class VoterRecord(SQLModel, table=True):
    """Who has voted: a person, once per election. Holds nothing of what they chose."""

    __tablename__ = "election_voters"
    __table_args__ = (UniqueConstraint("election_id", "person_id"), {"sqlite_with_rowid": False})

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = org_field()
    election_id: uuid.UUID = Field(foreign_key="elections.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE")


class Ballot(SQLModel, table=True):
    """What was chosen, by nobody in particular: no person, no time, a random ID (and on
    SQLite no rowid, so the table is ordered by that random ID, not by arrival). The
    receipt is kept as a SHA-256 digest only."""

    __tablename__ = "election_ballots"
    __table_args__ = ({"sqlite_with_rowid": False},)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = org_field()
    election_id: uuid.UUID = Field(foreign_key="elections.id", ondelete="CASCADE", index=True)
    # Nomination IDs: the ranking (STV) or the marks (first past the post, approval).
    choices: list[str] = Field(default_factory=list, sa_type=JsonType, nullable=False)
    receipt_digest: str = Field(unique=True)
