"""Procurement evaluation: procurements, lots, bidders, questions, panels, conflict
declarations, sealed individual scores with their changes, and agreed scores.

Bidder names are commercially sensitive: visible only to coordinators and the lot's own
panel, never in events, audit values or logs. Declaration details and rationales may
describe people and stay inside the same circle.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field

from app.db.models.base import Timestamped, json_list_field, org_field, time_field


class Procurement(Timestamped, table=True):
    __tablename__ = "procurements"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'open', 'evaluating', 'moderating', 'concluded')", name="status"
        ),
    )

    organisation_id: uuid.UUID = org_field()
    title: str
    reference: str
    status: str = "draft"
    created_by_id: uuid.UUID
    updated_at: datetime | None = time_field()


class Lot(Timestamped, table=True):
    __tablename__ = "procurement_lots"
    __table_args__ = (
        CheckConstraint("phase IN ('scoring', 'moderating', 'concluded')", name="phase"),
    )

    organisation_id: uuid.UUID = org_field()
    procurement_id: uuid.UUID = Field(foreign_key="procurements.id", ondelete="CASCADE", index=True)
    title: str
    phase: str = "scoring"
    moderation_opened_at: datetime | None = time_field()
    concluded_at: datetime | None = time_field()


class Bidder(Timestamped, table=True):
    """An organisation bidding for a lot. Its name is the sensitive part."""

    __tablename__ = "procurement_bidders"
    __table_args__ = (UniqueConstraint("lot_id", "name"),)

    organisation_id: uuid.UUID = org_field()
    lot_id: uuid.UUID = Field(foreign_key="procurement_lots.id", ondelete="CASCADE", index=True)
    name: str


class Question(Timestamped, table=True):
    """An evaluation question with its weight and scale: one descriptor per point, from
    ``scale_min`` to ``scale_max``."""

    __tablename__ = "procurement_questions"
    __table_args__ = (
        CheckConstraint("weight >= 1", name="weight"),
        CheckConstraint("scale_max > scale_min", name="scale"),
    )

    organisation_id: uuid.UUID = org_field()
    lot_id: uuid.UUID = Field(foreign_key="procurement_lots.id", ondelete="CASCADE", index=True)
    position: int
    text: str
    weight: int
    scale_min: int
    scale_max: int
    descriptors: list[Any] = json_list_field()


class PanelMember(Timestamped, table=True):
    """One of the organisation's people on a lot's panel, with the questions they score.
    Removal (a conflict) keeps the row and its reason: the trail must show it."""

    __tablename__ = "procurement_panel_members"
    __table_args__ = (
        CheckConstraint("role IN ('expert_by_experience', 'professional', 'chair')", name="role"),
        UniqueConstraint("lot_id", "person_id"),
    )

    organisation_id: uuid.UUID = org_field()
    lot_id: uuid.UUID = Field(foreign_key="procurement_lots.id", ondelete="CASCADE", index=True)
    person_id: uuid.UUID = Field(foreign_key="people.id", ondelete="CASCADE", index=True)
    role: str
    question_ids: list[Any] = json_list_field()
    submitted_at: datetime | None = time_field()
    removed_at: datetime | None = time_field()
    removed_reason: str | None = None
    removed_by_id: uuid.UUID | None = None


class Declaration(Timestamped, table=True):
    """A panel member's answer, per bidder, to "are you connected to them in any way?"."""

    __tablename__ = "procurement_declarations"
    __table_args__ = (UniqueConstraint("member_id", "bidder_id"),)

    organisation_id: uuid.UUID = org_field()
    member_id: uuid.UUID = Field(
        foreign_key="procurement_panel_members.id", ondelete="CASCADE", index=True
    )
    bidder_id: uuid.UUID = Field(foreign_key="procurement_bidders.id", ondelete="CASCADE")
    connected: bool
    detail: str | None = None


class Score(Timestamped, table=True):
    """One member's score of one bidder on one question. Sealed once the member submits."""

    __tablename__ = "procurement_scores"
    __table_args__ = (UniqueConstraint("member_id", "bidder_id", "question_id"),)

    organisation_id: uuid.UUID = org_field()
    member_id: uuid.UUID = Field(
        foreign_key="procurement_panel_members.id", ondelete="CASCADE", index=True
    )
    bidder_id: uuid.UUID = Field(foreign_key="procurement_bidders.id", ondelete="CASCADE")
    question_id: uuid.UUID = Field(foreign_key="procurement_questions.id", ondelete="CASCADE")
    score: int
    rationale: str
    updated_at: datetime | None = time_field()


class ScoreChange(Timestamped, table=True):
    """A change to a submitted score: the earlier value and the reason, never rewritten."""

    __tablename__ = "procurement_score_changes"

    organisation_id: uuid.UUID = org_field()
    score_id: uuid.UUID = Field(foreign_key="procurement_scores.id", ondelete="CASCADE", index=True)
    from_score: int
    from_rationale: str
    to_score: int
    to_rationale: str
    reason: str
    actor_id: uuid.UUID


class AgreedScore(Timestamped, table=True):
    """The moderation meeting's score for a bidder on a question."""

    __tablename__ = "procurement_agreed_scores"
    __table_args__ = (UniqueConstraint("bidder_id", "question_id"),)

    organisation_id: uuid.UUID = org_field()
    lot_id: uuid.UUID = Field(foreign_key="procurement_lots.id", ondelete="CASCADE", index=True)
    bidder_id: uuid.UUID = Field(foreign_key="procurement_bidders.id", ondelete="CASCADE")
    question_id: uuid.UUID = Field(foreign_key="procurement_questions.id", ondelete="CASCADE")
    score: int
    rationale: str
    difference_reason: str | None = None
    recorded_by_id: uuid.UUID
    updated_at: datetime | None = time_field()
