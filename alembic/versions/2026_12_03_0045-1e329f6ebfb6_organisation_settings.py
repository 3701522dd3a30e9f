"""organisation settings

Revision ID: 1e329f6ebfb6
Revises: 8de17fa76abe
Create Date: 2026-12-03 00:45:06.249919
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy import Text

import app.db.types

revision: str = "1e329f6ebfb6"
down_revision: str | None = "8de17fa76abe"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing organisations start at version 1 and the default threshold. On SQLite the
    # CHECK rebuilds the table, which env.py makes safe by switching foreign keys off.
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("small_count_threshold", sa.Integer(), server_default="5", nullable=False)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_check_constraint("small_count_threshold", "small_count_threshold >= 2")


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_organisations_small_count_threshold"), type_="check")
        batch_op.drop_column("version")
        batch_op.drop_column("small_count_threshold")
