"""recommendations report: revisit reminders and reopening

Revision ID: 05aff3d00785
Revises: 2a3643ae3f91
Create Date: 2026-12-03 12:16:46.759785
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "05aff3d00785"
down_revision: str | None = "2a3643ae3f91"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DEFERRED = "status = 'responded' AND decision = 'deferred'"


def upgrade() -> None:
    with op.batch_alter_table("recommendation_updates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reopened", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revisit_reminded_on", sa.Date(), nullable=True))
        batch_op.create_index(
            "ix_recommendations_deferred_revisit",
            ["revisit_on"],
            unique=False,
            sqlite_where=sa.text(_DEFERRED),
            postgresql_where=sa.text(_DEFERRED),
        )


def downgrade() -> None:
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_recommendations_deferred_revisit",
            sqlite_where=sa.text(_DEFERRED),
            postgresql_where=sa.text(_DEFERRED),
        )
        batch_op.drop_column("revisit_reminded_on")

    with op.batch_alter_table("recommendation_updates", schema=None) as batch_op:
        batch_op.drop_column("reopened")
