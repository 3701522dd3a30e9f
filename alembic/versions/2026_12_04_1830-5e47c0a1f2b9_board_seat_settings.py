"""board seat settings

Whether a board lets one person hold two seats at a meeting, and whether a declined
fixed seat goes to the rotation pool.

Revision ID: 5e47c0a1f2b9
Revises: 5e7b9c1d2a40
Create Date: 2026-12-04 18:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db.types

revision: str = "5e47c0a1f2b9"
down_revision: str | None = "5e7b9c1d2a40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "board_seat_settings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=False),
        sa.Column("allow_two_seats", sa.Boolean(), nullable=False),
        sa.Column("declined_fixed_to_pool", sa.Boolean(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["boards.id"],
            name=op.f("fk_board_seat_settings_board_id_boards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_board_seat_settings_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_seat_settings")),
        sa.UniqueConstraint("board_id", name=op.f("uq_board_seat_settings_board_id")),
    )
    with op.batch_alter_table("board_seat_settings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_board_seat_settings_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("board_seat_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_seat_settings_organisation_id"))
    op.drop_table("board_seat_settings")
