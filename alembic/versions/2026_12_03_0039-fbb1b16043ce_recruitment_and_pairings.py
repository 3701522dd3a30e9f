"""Recruitment and succession: opportunities, applications and their stage history,
and coaching/shadowing pairings (issue 15, items 6 and 8).

Revision ID: fbb1b16043ce
Revises: 65c63b828c66
Create Date: 2026-12-03 00:39:14.286141
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import app.db.types

revision: str = "fbb1b16043ce"
down_revision: str | None = "65c63b828c66"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# An application under way (the partial unique index below).
_CURRENT = "person_id IS NOT NULL AND stage NOT IN ('withdrawn', 'unsuccessful')"


def upgrade() -> None:
    op.create_table(
        "pairings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("partner_person_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("kind IN ('coaching', 'shadowing')", name=op.f("ck_pairings_kind")),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_pairings_period")),
        sa.CheckConstraint("person_id <> partner_person_id", name=op.f("ck_pairings_two_people")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_pairings_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_person_id"],
            ["people.id"],
            name=op.f("fk_pairings_partner_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_pairings_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairings")),
    )
    with op.batch_alter_table("pairings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pairings_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            "ix_pairings_partner_person_id_starts_on",
            ["partner_person_id", "starts_on"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_pairings_person_id"), ["person_id"], unique=False)

    op.create_table(
        "opportunities",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=False),
        sa.Column("seat_id", sa.Uuid(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "eligibility",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_opportunities_status")),
        sa.CheckConstraint("places >= 1", name=op.f("ck_opportunities_places")),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["boards.id"],
            name=op.f("fk_opportunities_board_id_boards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_opportunities_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seat_id"],
            ["seats.id"],
            name=op.f("fk_opportunities_seat_id_seats"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunities_board_id"), ["board_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opportunities_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "applications",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("opportunity_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("membership_id", sa.Uuid(), nullable=True),
        sa.Column("applicant_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("applicant_email", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("applicant_phone", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "answers",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("referral", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("referrer_person_id", sa.Uuid(), nullable=True),
        sa.Column("referrer_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("referrer_organisation", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_by_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "referral IN ('self', 'member', 'outside')", name=op.f("ck_applications_referral")
        ),
        sa.CheckConstraint(
            "stage IN ('applied', 'eligible', 'interviewed', 'training', 'active', 'withdrawn', 'unsuccessful')",
            name=op.f("ck_applications_stage"),
        ),
        sa.CheckConstraint(
            "person_id IS NOT NULL OR applicant_name IS NOT NULL",
            name=op.f("ck_applications_applicant_named"),
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_applications_membership_id_memberships"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_applications_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_applications_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_applications_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referrer_person_id"],
            ["people.id"],
            name=op.f("fk_applications_referrer_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_applications_opportunity_id_id", ["opportunity_id", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_applications_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_applications_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "uq_applications_current_person",
            ["opportunity_id", "person_id"],
            unique=True,
            sqlite_where=sa.text(_CURRENT),
            postgresql_where=sa.text(_CURRENT),
        )

    op.create_table(
        "application_stage_changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("from_stage", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("to_stage", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("actor_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_stage_changes_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_application_stage_changes_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_stage_changes")),
    )
    with op.batch_alter_table("application_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_stage_changes_application_id"),
            ["application_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_application_stage_changes_organisation_id"),
            ["organisation_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("application_stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_stage_changes_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_application_stage_changes_application_id"))

    op.drop_table("application_stage_changes")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("uq_applications_current_person")
        batch_op.drop_index(batch_op.f("ix_applications_person_id"))
        batch_op.drop_index(batch_op.f("ix_applications_organisation_id"))
        batch_op.drop_index("ix_applications_opportunity_id_id")

    op.drop_table("applications")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunities_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_opportunities_board_id"))

    op.drop_table("opportunities")
    with op.batch_alter_table("pairings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairings_person_id"))
        batch_op.drop_index("ix_pairings_partner_person_id_starts_on")
        batch_op.drop_index(batch_op.f("ix_pairings_organisation_id"))

    op.drop_table("pairings")
