"""Expense claims in every state, made by the coordinator on members' behalf and decided
by finance (segregation of duties: the one who made a claim never decides it), payee
references, and two payment runs: one paid, one open."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Meeting
from app.demo.inputs import build
from app.demo.people import Cast
from app.demo.schedule import LONDON
from app.domain.expenses import claims, payments, preferences, settlement, workflow
from app.domain.expenses.schemas import (
    ExpenseClaimCreate,
    MarkPaid,
    PaymentPreferencesInput,
    PaymentRunCreate,
    ReasonInput,
    WithdrawInput,
)

# Finance records where money goes; Jo has chosen not to take involvement payments
# (a benefits question, say) and is repaid expenses only.
_PAYEES = {
    "dean.roberts": "NRJP-0001",
    "shanice.brown": "NRJP-0002",
    "tom.hughes": "NRJP-0003",
    "aisha.mahmood": "NRJP-0004",
    "gary.price": "NRJP-0005",
    "jo.lewis": "NRJP-0006",
    "kwame.asante": "NRJP-0007",
}


def _lines(meeting: Meeting, involvement: bool) -> list[dict[str, Any]]:
    day = meeting.starts_at.astimezone(LONDON).date().isoformat()
    lines: list[dict[str, Any]] = [
        {
            "category": "public_transport",
            "expenseDate": day,
            "description": "Return bus fare to the Community Hub",
            "amountPence": 640,
            "meetingId": str(meeting.id),
        },
        {
            "category": "subsistence",
            "expenseDate": day,
            "description": "Lunch",
            "amountPence": 750,
            "meetingId": str(meeting.id),
        },
    ]
    if involvement:
        lines.append(
            {
                "category": "involvement_payment",
                "expenseDate": day,
                "description": "Team meeting",
                "dayPart": "half_day",
                "meetingId": str(meeting.id),
            }
        )
    return lines


async def add_claims(
    session: AsyncSession, cast: Cast, last_month: Meeting, two_months_ago: Meeting, today: date
) -> None:
    """Attendance at both meetings is recorded already: an involvement payment names a
    meeting its claimant attended."""
    coordinator = cast.actor("marcus.osei")
    finance = cast.actor("priya.kaur")
    for who, reference in _PAYEES.items():
        await preferences.set_preferences(
            session,
            finance,
            cast.people[who].id,
            build(
                PaymentPreferencesInput,
                declines_involvement_payments=who == "jo.lewis",
                payee_reference=reference,
                # The name on the account, as finance recorded it: the payment file uses it.
                payee_name=cast.people[who].display_name,
            ),
            None,
        )

    async def claim(who: str, meeting: Meeting, *, submit: bool = True) -> uuid.UUID:
        made = await claims.create_claim(
            session,
            coordinator,
            build(
                ExpenseClaimCreate,
                person_id=cast.people[who].id,
                board_id=cast.team.id,
                purpose=meeting.title,
                items=_lines(meeting, involvement=who != "jo.lewis"),
            ),
        )
        if submit:
            await workflow.submit(session, coordinator, made.claim.id)
        return made.claim.id

    async def approve(claim_id: uuid.UUID) -> None:
        await workflow.approve(session, finance, claim_id)

    # Paid: approved and put through a run that has been paid.
    for who in ("dean.roberts", "shanice.brown"):
        await approve(await claim(who, two_months_ago))
    first = await payments.create_run(session, finance, build(PaymentRunCreate, up_to=today))
    await settlement.mark_paid(
        session, finance, first.run.id, build(MarkPaid, payment_reference="BACS-DEMO-0001")
    )
    # In a payment run: the open run, not paid yet.
    await approve(await claim("dean.roberts", last_month))
    await payments.create_run(session, finance, build(PaymentRunCreate, up_to=today))
    # Approved since the run: waiting for the next one.
    await approve(await claim("shanice.brown", last_month))
    # Submitted, waiting for finance.
    await claim("tom.hughes", last_month)
    # Returned with a query; rejected; withdrawn; a draft not yet sent.
    await workflow.return_claim(
        session,
        finance,
        await claim("jo.lewis", last_month),
        build(ReasonInput, reason="Please add the bus ticket: the fare looks high for the route."),
    )
    await workflow.reject(
        session,
        finance,
        await claim("aisha.mahmood", two_months_ago),
        build(
            ReasonInput, reason="The venue minibus covered travel that day, and lunch was provided."
        ),
    )
    await workflow.withdraw(
        session,
        coordinator,
        await claim("kwame.asante", two_months_ago),
        build(WithdrawInput, reason="Sent twice by mistake."),
    )
    await claim("tom.hughes", two_months_ago, submit=False)
