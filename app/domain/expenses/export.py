"""A payment run as CSV for the finance system: one row per payee.

Expenses and involvement payments are separate columns because only involvement payments
are taxable. There are no bank details: the payee reference is the finance system's own
record of the person, and the payee name is the name finance recorded with it (a display
name is what someone likes to be called, not the name on their account). Each export is
audited, since it names people and what they are paid.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db.models import ExpenseClaim, PaymentPreference, PaymentRun
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor
from app.domain.expenses.payments import get_run, preferences_of, run_claims
from app.domain.expenses.schemas import RunStatus
from app.domain.expenses.settlement import check_payable

COLUMNS = (
    "personId",
    "payeeName",
    "payeeReference",
    "claimIds",
    "claimCount",
    "expensesPence",
    "involvementPence",
    "totalPence",
)


@dataclass
class PayeeRow:
    person_id: uuid.UUID
    payee_name: str
    payee_reference: str
    claim_ids: list[uuid.UUID] = field(default_factory=list)
    expenses_pence: int = 0
    involvement_pence: int = 0

    @property
    def total_pence(self) -> int:
        return self.expenses_pence + self.involvement_pence


def payee_rows(
    claims: Iterable[ExpenseClaim], preferences: dict[uuid.UUID, PaymentPreference]
) -> list[PayeeRow]:
    rows: dict[uuid.UUID, PayeeRow] = {}
    for claim in claims:
        preference = preferences.get(claim.person_id)
        row = rows.setdefault(
            claim.person_id,
            PayeeRow(
                claim.person_id,
                (preference.payee_name if preference else None) or "",
                (preference.payee_reference if preference else None) or "",
            ),
        )
        row.claim_ids.append(claim.id)
        row.expenses_pence += claim.expenses_pence
        row.involvement_pence += claim.involvement_pence
    return sorted(rows.values(), key=lambda r: (r.payee_name.casefold(), str(r.person_id)))


def _cell(value: object) -> str:
    text = str(value)
    # A spreadsheet would run a cell starting with these as a formula (CSV injection).
    if text[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + text
    return text


def to_csv(rows: Sequence[PayeeRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.person_id,
                _cell(row.payee_name),
                _cell(row.payee_reference),
                " ".join(str(c) for c in row.claim_ids),
                len(row.claim_ids),
                row.expenses_pence,
                row.involvement_pence,
                row.total_pence,
            ]
        )
    return out.getvalue()


async def export_run(session: AsyncSession, actor: Actor, run_id: uuid.UUID) -> str:
    run = await get_run(session, actor, run_id)
    claims = await run_claims(session, run)
    if run.status == RunStatus.OPEN:
        await check_payable(session, claims)
    people = {c.person_id for c in claims}
    rows = payee_rows(claims, await preferences_of(session, people))
    # A plain UPDATE, not the versioned row: an export must not race a payment into a 500.
    await session.execute(
        update(PaymentRun)
        .where(col(PaymentRun.id) == run.id)
        .values(exported_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    audit.record(session, actor, "payment_run.exported", "payment_run", run.id, run.organisation_id)
    return to_csv(rows)
