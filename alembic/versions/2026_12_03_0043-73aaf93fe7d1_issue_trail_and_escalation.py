"""issue trail and escalation: issue status and history, escalation levels, sponsors

Revision ID: 73aaf93fe7d1
Revises: fbb1b16043ce
Create Date: 2026-12-03 00:43:04.364914

Existing issues become open, with no history row and no escalation level: their board
had no levels when they were logged. Autogenerate does not compare CHECK constraints on
existing tables, so the one on issues.status is written by hand.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.db.types

revision: str = "73aaf93fe7d1"
down_revision: str | None = "fbb1b16043ce"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "board_sponsors",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["boards.id"],
            name=op.f("fk_board_sponsors_board_id_boards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_board_sponsors_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_board_sponsors_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_sponsors")),
        sa.UniqueConstraint("board_id", name=op.f("uq_board_sponsors_board_id")),
    )
    with op.batch_alter_table("board_sponsors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_board_sponsors_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "escalation_levels",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("response_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("position >= 1", name=op.f("ck_escalation_levels_position")),
        sa.CheckConstraint(
            "response_days BETWEEN 1 AND 365", name=op.f("ck_escalation_levels_response_days")
        ),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["boards.id"],
            name=op.f("fk_escalation_levels_board_id_boards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_escalation_levels_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_escalation_levels_owner_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_levels")),
        sa.UniqueConstraint(
            "board_id", "position", name=op.f("uq_escalation_levels_board_id_position")
        ),
    )
    with op.batch_alter_table("escalation_levels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalation_levels_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "issue_history",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("to_status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("from_level", sa.Integer(), nullable=True),
        sa.Column("to_level", sa.Integer(), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("changed_by_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("changed_by_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "changed_by_type IN ('person', 'client', 'system')",
            name=op.f("ck_issue_history_changed_by"),
        ),
        sa.CheckConstraint(
            "from_status IS NULL OR from_status IN ('open', 'in_progress', 'escalated', 'resolved', 'closed')",
            name=op.f("ck_issue_history_from_status"),
        ),
        sa.CheckConstraint(
            "to_status IN ('open', 'in_progress', 'escalated', 'resolved', 'closed')",
            name=op.f("ck_issue_history_to_status"),
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["issues.id"],
            name=op.f("fk_issue_history_issue_id_issues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_issue_history_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_history")),
    )
    with op.batch_alter_table("issue_history", schema=None) as batch_op:
        batch_op.create_index("ix_issue_history_issue", ["issue_id", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_issue_history_organisation_id"), ["organisation_id"], unique=False
        )

    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "status", sqlmodel.sql.sqltypes.AutoString(), server_default="open", nullable=False
            )
        )
        batch_op.add_column(sa.Column("escalation_level", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("escalation_due_at", app.db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("follow_up_reminded_on", sa.Date(), nullable=True))
        batch_op.create_index(
            "ix_issues_escalation_due",
            ["escalation_due_at"],
            unique=False,
            sqlite_where=sa.text("escalation_due_at IS NOT NULL"),
            postgresql_where=sa.text("escalation_due_at IS NOT NULL"),
        )
        batch_op.create_check_constraint(
            op.f("ck_issues_status"),
            "status IN ('open', 'in_progress', 'escalated', 'resolved', 'closed')",
        )

    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("escalation_level", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("escalation_due_at", app.db.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_column("escalation_due_at")
        batch_op.drop_column("escalation_level")

    with op.batch_alter_table("issues", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_issues_status"), type_="check")
        batch_op.drop_index(
            "ix_issues_escalation_due",
            sqlite_where=sa.text("escalation_due_at IS NOT NULL"),
            postgresql_where=sa.text("escalation_due_at IS NOT NULL"),
        )
        batch_op.drop_column("follow_up_reminded_on")
        batch_op.drop_column("escalation_due_at")
        batch_op.drop_column("escalation_level")
        batch_op.drop_column("status")

    with op.batch_alter_table("issue_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issue_history_organisation_id"))
        batch_op.drop_index("ix_issue_history_issue")

    op.drop_table("issue_history")
    with op.batch_alter_table("escalation_levels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_levels_organisation_id"))

    op.drop_table("escalation_levels")
    with op.batch_alter_table("board_sponsors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_sponsors_organisation_id"))

    op.drop_table("board_sponsors")
