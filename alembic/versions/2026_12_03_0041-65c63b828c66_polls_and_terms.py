"""Polls (options, approval, ranked, consent) with ballots kept apart from voters;
term settings, alerts and changes; the poll that agreed a recommendation.

Revision ID: 65c63b828c66
Revises: 90d81623a800
Create Date: 2026-12-03 00:41:04.594050
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import app.db.types

revision: str = "65c63b828c66"
down_revision: str | None = "90d81623a800"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "board_term_settings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=False),
        sa.Column("alert_days", sa.Integer(), nullable=False),
        sa.Column("freshness_years", sa.Integer(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "alert_days BETWEEN 1 AND 365", name=op.f("ck_board_term_settings_alert_days")
        ),
        sa.CheckConstraint(
            "freshness_years BETWEEN 1 AND 50", name=op.f("ck_board_term_settings_freshness_years")
        ),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["boards.id"],
            name=op.f("fk_board_term_settings_board_id_boards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_board_term_settings_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_term_settings")),
        sa.UniqueConstraint("board_id", name=op.f("uq_board_term_settings_board_id")),
    )
    with op.batch_alter_table("board_term_settings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_board_term_settings_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "polls",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("event_title", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("closes_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("quorum", sa.Integer(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("opened_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("outcome_option_id", sa.Uuid(), nullable=True),
        sa.Column("outcome_reasons", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(status = 'decided') = (outcome IS NOT NULL)", name=op.f("ck_polls_decided_outcome")
        ),
        sa.CheckConstraint(
            "kind IN ('options', 'approval', 'ranked', 'consent')", name=op.f("ck_polls_kind")
        ),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('agreed', 'not_agreed', 'no_quorum', 'tied')",
            name=op.f("ck_polls_outcome"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'open', 'closed', 'decided', 'cancelled')",
            name=op.f("ck_polls_status"),
        ),
        sa.CheckConstraint(
            "(board_id IS NULL) <> (event_title IS NULL)", name=op.f("ck_polls_board_or_event")
        ),
        sa.CheckConstraint(
            "meeting_id IS NULL OR board_id IS NOT NULL", name=op.f("ck_polls_meeting_of_board")
        ),
        sa.CheckConstraint("quorum IS NULL OR quorum >= 1", name=op.f("ck_polls_quorum")),
        sa.ForeignKeyConstraint(
            ["board_id"], ["boards.id"], name=op.f("fk_polls_board_id_boards"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["people.id"],
            name=op.f("fk_polls_created_by_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_polls_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_polls_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_polls")),
    )
    with op.batch_alter_table("polls", schema=None) as batch_op:
        batch_op.create_index("ix_polls_board", ["board_id", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_polls_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "term_alerts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("membership_id", sa.Uuid(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_term_alerts_membership_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_term_alerts_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_alerts")),
        sa.UniqueConstraint(
            "membership_id", "term_end", name=op.f("uq_term_alerts_membership_id_term_end")
        ),
    )
    with op.batch_alter_table("term_alerts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_term_alerts_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "term_changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("membership_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("previous_term_end", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("kind IN ('renewed', 'stood_down')", name=op.f("ck_term_changes_kind")),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_term_changes_membership_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_term_changes_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term_changes")),
    )
    with op.batch_alter_table("term_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_term_changes_membership_id"), ["membership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_term_changes_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "poll_ballots",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("poll_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column(
            "option_ids",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("choice", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.CheckConstraint(
            "choice IN ('consent', 'object') OR choice IS NULL", name=op.f("ck_poll_ballots_choice")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_poll_ballots_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_poll_ballots_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["poll_id"],
            ["polls.id"],
            name=op.f("fk_poll_ballots_poll_id_polls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_ballots")),
        # Kept in the order of their random IDs: no rowid numbering them as cast.
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("poll_ballots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_poll_ballots_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_poll_ballots_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_poll_ballots_poll_id"), ["poll_id"], unique=False)

    op.create_table(
        "poll_objections",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("poll_id", sa.Uuid(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("raised_by", sa.Uuid(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("settled_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'resolved', 'withdrawn', 'superseded')",
            name=op.f("ck_poll_objections_status"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_poll_objections_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["poll_id"],
            ["polls.id"],
            name=op.f("fk_poll_objections_poll_id_polls"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by"],
            ["people.id"],
            name=op.f("fk_poll_objections_raised_by_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_objections")),
        # Kept in the order of their random IDs: no rowid numbering them as cast.
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("poll_objections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_poll_objections_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_poll_objections_poll_id"), ["poll_id"], unique=False)

    op.create_table(
        "poll_options",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("poll_id", sa.Uuid(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_poll_options_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["poll_id"],
            ["polls.id"],
            name=op.f("fk_poll_options_poll_id_polls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_options")),
        sa.UniqueConstraint("poll_id", "position", name=op.f("uq_poll_options_poll_id_position")),
    )
    with op.batch_alter_table("poll_options", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_poll_options_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_poll_options_poll_id"), ["poll_id"], unique=False)

    op.create_table(
        "poll_voters",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("poll_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_poll_voters_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_poll_voters_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["poll_id"], ["polls.id"], name=op.f("fk_poll_voters_poll_id_polls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_voters")),
        sa.UniqueConstraint("poll_id", "person_id", name=op.f("uq_poll_voters_poll_id_person_id")),
    )
    with op.batch_alter_table("poll_voters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_poll_voters_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_poll_voters_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreed_by_poll_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_recommendations_agreed_by_poll_id_polls"),
            "polls",
            ["agreed_by_poll_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_recommendations_agreed_by_poll_id_polls"), type_="foreignkey"
        )
        batch_op.drop_column("agreed_by_poll_id")

    with op.batch_alter_table("poll_voters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_voters_person_id"))
        batch_op.drop_index(batch_op.f("ix_poll_voters_organisation_id"))

    op.drop_table("poll_voters")
    with op.batch_alter_table("poll_options", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_options_poll_id"))
        batch_op.drop_index(batch_op.f("ix_poll_options_organisation_id"))

    op.drop_table("poll_options")
    with op.batch_alter_table("poll_objections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_objections_poll_id"))
        batch_op.drop_index(batch_op.f("ix_poll_objections_organisation_id"))

    op.drop_table("poll_objections")
    with op.batch_alter_table("poll_ballots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_ballots_poll_id"))
        batch_op.drop_index(batch_op.f("ix_poll_ballots_person_id"))
        batch_op.drop_index(batch_op.f("ix_poll_ballots_organisation_id"))

    op.drop_table("poll_ballots")
    with op.batch_alter_table("term_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_term_changes_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_term_changes_membership_id"))

    op.drop_table("term_changes")
    with op.batch_alter_table("term_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_term_alerts_organisation_id"))

    op.drop_table("term_alerts")
    with op.batch_alter_table("polls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_polls_organisation_id"))
        batch_op.drop_index("ix_polls_board")

    op.drop_table("polls")
    with op.batch_alter_table("board_term_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_term_settings_organisation_id"))

    op.drop_table("board_term_settings")
