"""elections: elections, nominations, the voter register and the ballots, kept apart

Ballots and voter rows have random (v4) IDs, no creation time and, on SQLite, no rowid,
so neither their IDs nor their storage order say who cast which ballot.

Revision ID: 90d81623a800
Revises: 1e329f6ebfb6
Create Date: 2026-12-03 00:44:06.068441
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import app.db.types

revision: str = "90d81623a800"
down_revision: str | None = "1e329f6ebfb6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "elections",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("board_id", sa.Uuid(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phase", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("requires_seconding", sa.Boolean(), nullable=False),
        sa.Column("paper_ballots", sa.Boolean(), nullable=False),
        sa.Column(
            "eligibility",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("challenge_days", sa.Integer(), nullable=False),
        sa.Column("tie_break", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("tie_seed", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("nominations_opened_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("voting_opened_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("voting_closed_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("declared_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("challenge_ends_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "paper_tallies",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("paper_entered_by", sa.Uuid(), nullable=True),
        sa.Column("paper_confirmed_by", sa.Uuid(), nullable=True),
        sa.Column(
            "result",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", app.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "method IN ('fptp', 'approval', 'stv')", name=op.f("ck_elections_method")
        ),
        sa.CheckConstraint(
            "phase IN ('draft', 'nominations', 'voting', 'counting', 'counted', 'declared', 'closed', 'cancelled')",
            name=op.f("ck_elections_phase"),
        ),
        sa.CheckConstraint(
            "role IN ('chair', 'vice_chair', 'secretary', 'representative', 'member')",
            name=op.f("ck_elections_role"),
        ),
        sa.CheckConstraint("challenge_days >= 0", name=op.f("ck_elections_challenge_days")),
        sa.CheckConstraint("places >= 1", name=op.f("ck_elections_places")),
        sa.CheckConstraint("term_months >= 1", name=op.f("ck_elections_term_months")),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["boards.id"],
            name=op.f("fk_elections_board_id_boards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["people.id"], name=op.f("fk_elections_created_by_people")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_elections_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_confirmed_by"],
            ["people.id"],
            name=op.f("fk_elections_paper_confirmed_by_people"),
        ),
        sa.ForeignKeyConstraint(
            ["paper_entered_by"], ["people.id"], name=op.f("fk_elections_paper_entered_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_elections")),
    )
    with op.batch_alter_table("elections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_elections_board_id"), ["board_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_elections_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "election_ballots",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column(
            "choices",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("receipt_digest", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["elections.id"],
            name=op.f("fk_election_ballots_election_id_elections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_election_ballots_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_ballots")),
        sa.UniqueConstraint("receipt_digest", name=op.f("uq_election_ballots_receipt_digest")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("election_ballots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_election_ballots_election_id"), ["election_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_election_ballots_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "election_nominations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("nominated_by", sa.Uuid(), nullable=False),
        sa.Column("seconded_by", sa.Uuid(), nullable=True),
        sa.Column("statement", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "reasons",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status IN ('awaiting_seconding', 'standing', 'ineligible', 'withdrawn', 'elected', 'not_elected')",
            name=op.f("ck_election_nominations_status"),
        ),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["elections.id"],
            name=op.f("fk_election_nominations_election_id_elections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["nominated_by"],
            ["people.id"],
            name=op.f("fk_election_nominations_nominated_by_people"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_election_nominations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_election_nominations_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seconded_by"], ["people.id"], name=op.f("fk_election_nominations_seconded_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_nominations")),
        sa.UniqueConstraint(
            "election_id", "person_id", name=op.f("uq_election_nominations_election_id_person_id")
        ),
    )
    with op.batch_alter_table("election_nominations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_election_nominations_election_id"), ["election_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_election_nominations_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_election_nominations_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "election_voters",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("election_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["elections.id"],
            name=op.f("fk_election_voters_election_id_elections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_election_voters_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_election_voters_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_voters")),
        sa.UniqueConstraint(
            "election_id", "person_id", name=op.f("uq_election_voters_election_id_person_id")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("election_voters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_election_voters_election_id"), ["election_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_election_voters_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("election_voters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_election_voters_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_election_voters_election_id"))

    op.drop_table("election_voters")
    with op.batch_alter_table("election_nominations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_election_nominations_person_id"))
        batch_op.drop_index(batch_op.f("ix_election_nominations_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_election_nominations_election_id"))

    op.drop_table("election_nominations")
    with op.batch_alter_table("election_ballots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_election_ballots_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_election_ballots_election_id"))

    op.drop_table("election_ballots")
    with op.batch_alter_table("elections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_elections_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_elections_board_id"))

    op.drop_table("elections")
