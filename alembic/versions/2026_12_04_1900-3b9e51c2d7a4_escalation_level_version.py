"""escalation levels carry a row version, so edits need If-Match

Revision ID: 3b9e51c2d7a4
Revises: 2ccf184a18c6
Create Date: 2026-12-04 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3b9e51c2d7a4"
down_revision: str | None = "2ccf184a18c6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing levels start at version 1, as every versioned row does.
    with op.batch_alter_table("escalation_levels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("escalation_levels", schema=None) as batch_op:
        batch_op.drop_column("version")
