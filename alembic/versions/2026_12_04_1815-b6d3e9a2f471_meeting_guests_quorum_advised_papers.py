"""meeting guests, board quorum, advised board papers, minutes quorate

Revision ID: b6d3e9a2f471
Revises: 3b9e51c2d7a4
Create Date: 2026-12-04 18:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.db.types

revision: str = "b6d3e9a2f471"
down_revision: str | None = "3b9e51c2d7a4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SOURCES_BEFORE = "source IN ('member', 'seat', 'extra')"
_SOURCES = "source IN ('member', 'seat', 'advisory', 'guest', 'extra')"


def upgrade() -> None:
    # Existing advisory boards keep today's behaviour for their own meetings and start
    # receiving the advised board's papers for all active members: the default.
    with op.batch_alter_table("boards", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "advised_board_papers",
                sqlmodel.sql.sqltypes.AutoString(),
                server_default="all_members",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("quorum", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("quorum_needs_chair", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_check_constraint(
            "advised_board_papers", "advised_board_papers IN ('all_members', 'seat_holders')"
        )
        batch_op.create_check_constraint("quorum", "quorum IS NULL OR quorum >= 1")

    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quorate", sa.Boolean(), nullable=True))

    # Autogenerate does not compare CHECK constraints: this one is written by hand.
    with op.batch_alter_table("paper_recipients", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_paper_recipients_source"), type_="check")
        batch_op.create_check_constraint(op.f("ck_paper_recipients_source"), _SOURCES)

    op.create_table(
        "meeting_guests",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("invited_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_guests_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_meeting_guests_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_meeting_guests_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_guests")),
        sa.UniqueConstraint(
            "meeting_id", "person_id", name=op.f("uq_meeting_guests_meeting_id_person_id")
        ),
    )
    with op.batch_alter_table("meeting_guests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_guests_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_guests_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_guests_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_guests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_guests_person_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_guests_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_guests_meeting_id"))
    op.drop_table("meeting_guests")

    # Fails while a paper has advisory or guest recipients: which reason they should be
    # recorded under instead is a coordinator's decision, not a migration's.
    with op.batch_alter_table("paper_recipients", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_paper_recipients_source"), type_="check")
        batch_op.create_check_constraint(op.f("ck_paper_recipients_source"), _SOURCES_BEFORE)

    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.drop_column("quorate")

    with op.batch_alter_table("boards", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_boards_quorum"), type_="check")
        batch_op.drop_constraint(op.f("ck_boards_advised_board_papers"), type_="check")
        batch_op.drop_column("quorum_needs_chair")
        batch_op.drop_column("quorum")
        batch_op.drop_column("advised_board_papers")
