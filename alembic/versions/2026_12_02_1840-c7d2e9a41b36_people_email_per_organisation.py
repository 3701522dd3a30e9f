"""people email unique per organisation

Revision ID: c7d2e9a41b36
Revises: fea1dae7a657
Create Date: 2026-12-02 18:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c7d2e9a41b36"
down_revision: str | None = "fea1dae7a657"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("uq_people_email")
        batch_op.create_index(
            "uq_people_organisation_id_email", ["organisation_id", "email"], unique=True
        )
        # Sign-in looks people up by email alone.
        batch_op.create_index("ix_people_email", ["email"], unique=False)


def downgrade() -> None:
    # Fails while one address is used in two organisations: which one to keep is a
    # person's decision, not a migration's.
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_email")
        batch_op.drop_index("uq_people_organisation_id_email")
        batch_op.create_index("uq_people_email", ["email"], unique=True)
