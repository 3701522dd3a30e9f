"""notification triggers: text bodies, action-due reminders, easy-read boards

Revision ID: 5e7b9c1d2a40
Revises: d41c7e5a9b20
Create Date: 2026-12-04 18:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "5e7b9c1d2a40"
down_revision: str | None = "d41c7e5a9b20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("text_body", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminded_for", sa.Date(), nullable=True))
    with op.batch_alter_table("boards", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "easy_read_notifications", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("boards", schema=None) as batch_op:
        batch_op.drop_column("easy_read_notifications")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_column("reminded_for")
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.drop_column("text_body")
