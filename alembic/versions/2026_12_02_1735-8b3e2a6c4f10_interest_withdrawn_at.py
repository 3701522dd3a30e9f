"""interest withdrawn_at

Revision ID: 8b3e2a6c4f10
Revises: 5d0c1f7a9b2e
Create Date: 2026-12-02 17:35:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db.types

revision: str = "8b3e2a6c4f10"
down_revision: str | None = "5d0c1f7a9b2e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("withdrawn_at", app.db.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("interests", schema=None) as batch_op:
        batch_op.drop_column("withdrawn_at")
