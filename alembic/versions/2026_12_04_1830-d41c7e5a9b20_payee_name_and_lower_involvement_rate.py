"""payee name and lower involvement rate

Revision ID: d41c7e5a9b20
Revises: b6d3e9a2f471
Create Date: 2026-12-04 18:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "d41c7e5a9b20"
down_revision: str | None = "b6d3e9a2f471"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("payment_preferences", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("payee_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
        batch_op.add_column(sa.Column("involvement_cap_pence", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_payment_preferences_involvement_cap_pence"),
            "involvement_cap_pence IS NULL OR involvement_cap_pence >= 0",
        )


def downgrade() -> None:
    with op.batch_alter_table("payment_preferences", schema=None) as batch_op:
        batch_op.drop_constraint(
            op.f("ck_payment_preferences_involvement_cap_pence"), type_="check"
        )
        batch_op.drop_column("involvement_cap_pence")
        batch_op.drop_column("payee_name")
