"""identity: the identity provider's subject bound to a person, pending email changes

Revision ID: 7b1d2e4c9a10
Revises: c7d0244f7c91
Create Date: 2026-12-03 13:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "7b1d2e4c9a10"
down_revision: str | None = "c7d0244f7c91"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_PURPOSES = "purpose IN ('invitation', 'reset')"
_NEW_PURPOSES = "purpose IN ('invitation', 'reset', 'email_change')"


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("idp_issuer", sqlmodel.sql.sqltypes.AutoString()))
        batch_op.add_column(sa.Column("idp_subject", sqlmodel.sql.sqltypes.AutoString()))
        batch_op.add_column(sa.Column("pending_email", sqlmodel.sql.sqltypes.AutoString()))
        batch_op.create_index(
            "uq_people_organisation_id_idp",
            ["organisation_id", "idp_issuer", "idp_subject"],
            unique=True,
        )
        batch_op.create_index("ix_people_idp", ["idp_issuer", "idp_subject"], unique=False)

    with op.batch_alter_table("password_links", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_password_links_purpose"), type_="check")
        batch_op.create_check_constraint(op.f("ck_password_links_purpose"), _NEW_PURPOSES)


def downgrade() -> None:
    op.execute("DELETE FROM password_links WHERE purpose = 'email_change'")
    with op.batch_alter_table("password_links", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_password_links_purpose"), type_="check")
        batch_op.create_check_constraint(op.f("ck_password_links_purpose"), _OLD_PURPOSES)

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_idp")
        batch_op.drop_index("uq_people_organisation_id_idp")
        batch_op.drop_column("pending_email")
        batch_op.drop_column("idp_subject")
        batch_op.drop_column("idp_issuer")
