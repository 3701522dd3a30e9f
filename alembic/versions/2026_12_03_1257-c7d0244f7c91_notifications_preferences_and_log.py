"""notifications: preferences, held messages, text and post channels, the log

Revision ID: c7d0244f7c91
Revises: 7e4a1b4676c9
Create Date: 2026-12-03 12:57:03.058016
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy import Text

import app.db.types

revision: str = "c7d0244f7c91"
down_revision: str | None = "7e4a1b4676c9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notification_preferences",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("postal_address", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("quiet_from", sa.Time(), nullable=True),
        sa.Column("quiet_until", sa.Time(), nullable=True),
        sa.Column("digest", sa.Boolean(), nullable=False),
        sa.Column("digest_hour", sa.Integer(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('email', 'text', 'post', 'none')",
            name=op.f("ck_notification_preferences_channel"),
        ),
        sa.CheckConstraint(
            "digest_hour BETWEEN 0 AND 23", name=op.f("ck_notification_preferences_digest_hour")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_notification_preferences_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_notification_preferences_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_preferences")),
        sa.UniqueConstraint("person_id", name=op.f("uq_notification_preferences_person_id")),
    )
    with op.batch_alter_table("notification_preferences", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notification_preferences_organisation_id"),
            ["organisation_id"],
            unique=False,
        )

    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("held_until", app.db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.drop_constraint(op.f("ck_outgoing_messages_status"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_outgoing_messages_status"),
            "status IN ('pending', 'sending', 'sent', 'failed', 'undeliverable', "
            "'withheld', 'printed')",
        )
        batch_op.drop_constraint(op.f("ck_outgoing_messages_channel"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_outgoing_messages_channel"), "channel IN ('email', 'text', 'post')"
        )


def downgrade() -> None:
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.drop_column("held_until")
        batch_op.drop_constraint(op.f("ck_outgoing_messages_status"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_outgoing_messages_status"),
            "status IN ('pending', 'sending', 'sent', 'failed', 'undeliverable')",
        )
        batch_op.drop_constraint(op.f("ck_outgoing_messages_channel"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_outgoing_messages_channel"), "channel IN ('email')"
        )

    with op.batch_alter_table("notification_preferences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_preferences_organisation_id"))

    op.drop_table("notification_preferences")
