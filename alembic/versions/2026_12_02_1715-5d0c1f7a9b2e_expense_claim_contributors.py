"""expense claim contributors

Revision ID: 5d0c1f7a9b2e
Revises: e9da6c9ada57
Create Date: 2026-12-02 17:15:00.000000
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

revision: str = "5d0c1f7a9b2e"
down_revision: str | None = "e9da6c9ada57"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_claims = sa.table(
    "expense_claims",
    sa.column("id", sa.Uuid()),
    sa.column("person_id", sa.Uuid()),
    sa.column("created_by_id", sa.Uuid()),
    sa.column("submitted_by_id", sa.Uuid()),
    sa.column("on_behalf", sa.Boolean()),
    sa.column("contributor_ids", sa.JSON()),
)
_items = sa.table("expense_items", sa.column("id", sa.Uuid()), sa.column("claim_id", sa.Uuid()))
_receipts = sa.table(
    "expense_receipts", sa.column("claim_id", sa.Uuid()), sa.column("uploaded_by_id", sa.Uuid())
)
_audit = sa.table(
    "audit_events",
    sa.column("actor_type", sa.String()),
    sa.column("actor_id", sa.Uuid()),
    sa.column("action", sa.String()),
    sa.column("entity_id", sa.Uuid()),
)
# Steps that make or change a claim; decisions (approved, returned...) are not among them.
_CLAIM_ACTIONS = (
    "expense_claim.created",
    "expense_claim.updated",
    "expense_claim.submitted",
    "expense_claim.withdrawn",
)


def upgrade() -> None:
    with op.batch_alter_table("expense_claims", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "contributor_ids",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql"),
                nullable=False,
                server_default="[]",
            )
        )
    _backfill()


def _backfill() -> None:
    """Who touched existing claims, from every durable trace: the claim's own columns,
    receipts' uploaders, and audit rows of the claim and of its current lines. Lines and
    receipts deleted before this migration left no link to their claim."""
    bind = op.get_bind()
    touched: defaultdict[object, set[object]] = defaultdict(set)
    claimants = {}
    for claim_id, person_id, created_by, submitted_by in bind.execute(
        sa.select(
            _claims.c.id, _claims.c.person_id, _claims.c.created_by_id, _claims.c.submitted_by_id
        )
    ):
        claimants[claim_id] = person_id
        touched[claim_id].update(a for a in (person_id, created_by, submitted_by) if a)
    for claim_id, uploader in bind.execute(
        sa.select(_receipts.c.claim_id, _receipts.c.uploaded_by_id)
    ):
        if uploader:
            touched[claim_id].add(uploader)
    people = _audit.c.actor_type == "person"
    for claim_id, actor in bind.execute(
        sa.select(_audit.c.entity_id, _audit.c.actor_id).where(
            people, _audit.c.action.in_(_CLAIM_ACTIONS)
        )
    ):
        if claim_id in claimants and actor:
            touched[claim_id].add(actor)
    for claim_id, actor in bind.execute(
        sa.select(_items.c.claim_id, _audit.c.actor_id)
        .join(_audit, _audit.c.entity_id == _items.c.id)
        .where(people, _audit.c.action.like("expense_item.%"))
    ):
        if actor:
            touched[claim_id].add(actor)
    for claim_id, person_id in claimants.items():
        ids = touched[claim_id]
        bind.execute(
            _claims.update()
            .where(_claims.c.id == claim_id)
            .values(
                contributor_ids=sorted(str(i) for i in ids),
                on_behalf=any(i != person_id for i in ids),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("expense_claims", schema=None) as batch_op:
        batch_op.drop_column("contributor_ids")
