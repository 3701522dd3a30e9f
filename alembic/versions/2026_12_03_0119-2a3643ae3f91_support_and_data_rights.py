"""support and data rights: back seats, supervision, training reminders, the private-read
audit, erasures

Revision ID: 2a3643ae3f91
Revises: 73aaf93fe7d1
Create Date: 2026-12-03 01:26:45.228386
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.db.types

revision: str = "2a3643ae3f91"
down_revision: str | None = "73aaf93fe7d1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "back_seats",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("expected_return_on", sa.Date(), nullable=True),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_back_seats_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_back_seats_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_back_seats")),
        sa.UniqueConstraint("person_id", name=op.f("uq_back_seats_person_id")),
    )
    with op.batch_alter_table("back_seats", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_back_seats_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "erasures",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("erased_by", sa.Uuid(), nullable=True),
        sa.Column("erased_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_erasures_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_erasures_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
        sa.UniqueConstraint("person_id", name=op.f("uq_erasures_person_id")),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_erasures_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "private_reads",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("reader_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reader_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("field_group", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("request_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_private_reads_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["people.id"],
            name=op.f("fk_private_reads_subject_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_reads")),
    )
    with op.batch_alter_table("private_reads", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_private_reads_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index("ix_private_reads_subject_id_id", ["subject_id", "id"], unique=False)

    op.create_table(
        "supervision_records",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("supervisor_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('supervision', 'check_in')", name=op.f("ck_supervision_records_kind")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["people.id"],
            name=op.f("fk_supervision_records_member_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_supervision_records_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["people.id"],
            name=op.f("fk_supervision_records_supervisor_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_records")),
    )
    with op.batch_alter_table("supervision_records", schema=None) as batch_op:
        batch_op.create_index(
            "ix_supervision_records_member_id_id", ["member_id", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_supervision_records_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "supervisors",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("supervisor_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["people.id"],
            name=op.f("fk_supervisors_member_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_supervisors_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["people.id"],
            name=op.f("fk_supervisors_supervisor_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervisors")),
        sa.UniqueConstraint("member_id", name=op.f("uq_supervisors_member_id")),
    )
    with op.batch_alter_table("supervisors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervisors_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "support_settings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("safeguarding_lead_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_support_settings_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["safeguarding_lead_id"],
            ["people.id"],
            name=op.f("fk_support_settings_safeguarding_lead_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_settings")),
        sa.UniqueConstraint("organisation_id", name=op.f("uq_support_settings_organisation_id")),
    )
    with op.batch_alter_table("support_settings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_settings_organisation_id"), ["organisation_id"], unique=False
        )

    with op.batch_alter_table("training_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminder_sent_at", app.db.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("training_records", schema=None) as batch_op:
        batch_op.drop_column("reminder_sent_at")

    with op.batch_alter_table("support_settings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_settings_organisation_id"))

    op.drop_table("support_settings")
    with op.batch_alter_table("supervisors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervisors_organisation_id"))

    op.drop_table("supervisors")
    with op.batch_alter_table("supervision_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_records_organisation_id"))
        batch_op.drop_index("ix_supervision_records_member_id_id")

    op.drop_table("supervision_records")
    with op.batch_alter_table("private_reads", schema=None) as batch_op:
        batch_op.drop_index("ix_private_reads_subject_id_id")
        batch_op.drop_index(batch_op.f("ix_private_reads_organisation_id"))

    op.drop_table("private_reads")
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasures_organisation_id"))

    op.drop_table("erasures")
    with op.batch_alter_table("back_seats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_back_seats_organisation_id"))

    op.drop_table("back_seats")
