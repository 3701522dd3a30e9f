"""webhook sequence and resend schedule

Revision ID: 02162dbf8803
Revises: c7d2e9a41b36
Create Date: 2026-12-02 20:48:10.219208
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "02162dbf8803"
down_revision: str | None = "c7d2e9a41b36"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Events already dispatched keep no number (NULLs never clash in the unique
    # constraint); deliveries resent before keep schedule_start 0, as their count was reset.
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("event_sequence", sa.Integer(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_outbox_events_organisation_id_sequence"), ["organisation_id", "sequence"]
        )

    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("schedule_start", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.drop_column("schedule_start")

    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_outbox_events_organisation_id_sequence"), type_="unique"
        )
        batch_op.drop_column("sequence")

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("event_sequence")
