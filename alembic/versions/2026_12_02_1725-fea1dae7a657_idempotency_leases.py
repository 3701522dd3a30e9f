"""idempotency leases

Revision ID: fea1dae7a657
Revises: 8b3e2a6c4f10
Create Date: 2026-12-02 17:25:14.334671
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db.types

revision: str = "fea1dae7a657"
down_revision: str | None = "8b3e2a6c4f10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lease_expires_at", app.db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index("ix_idempotency_records_created_at", ["created_at"], unique=False)
    # Claims left before leases existed are the stuck ones: their lease has run out already.
    op.execute("UPDATE idempotency_records SET lease_expires_at = created_at")
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.alter_column(
            "lease_expires_at",
            existing_type=app.db.types.UTCDateTime(timezone=True),
            nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.drop_index("ix_idempotency_records_created_at")
        batch_op.drop_column("lease_expires_at")
