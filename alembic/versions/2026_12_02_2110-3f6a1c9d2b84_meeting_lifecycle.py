"""meeting lifecycle: postponed meetings, seats released by a cancellation

Revision ID: 3f6a1c9d2b84
Revises: 02162dbf8803
Create Date: 2026-12-02 21:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "3f6a1c9d2b84"
down_revision: str | None = "02162dbf8803"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Autogenerate does not compare CHECK constraints, so this one is written by hand.


def _replace(table: str, name: str, condition: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(op.f(name), type_="check")
        batch_op.create_check_constraint(op.f(name), condition)


def upgrade() -> None:
    _replace(
        "meetings",
        "ck_meetings_status",
        "status IN ('scheduled', 'postponed', 'held', 'cancelled')",
    )
    _replace(
        "seat_assignments",
        "ck_seat_assignments_status",
        "status IN ('assigned', 'declined', 'replaced', 'released')",
    )


def downgrade() -> None:
    # Fails while a meeting is postponed or a seat released: which state they should go
    # back to is a coordinator's decision, not a migration's.
    _replace("meetings", "ck_meetings_status", "status IN ('scheduled', 'held', 'cancelled')")
    _replace(
        "seat_assignments",
        "ck_seat_assignments_status",
        "status IN ('assigned', 'declined', 'replaced')",
    )
