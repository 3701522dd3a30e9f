"""Loading what the policy needs for one claim, and writing its judgement back.

A fixed number of queries whatever the size of the claim or the person's history: the
policy versions, the person's other live claims (one query for all three kinds of
cumulative limit), the claim's receipts, the lines' meetings with the person's attendance
at each (one query), and the person's preferences (only when an involvement payment is
among the lines: nothing else depends on them).
Lines made in this request are judged before they are inserted, so each is written once.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, inspect, or_, update
from sqlalchemy import select as sa_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col, select

from app.db.models import (
    ExpenseClaim,
    ExpenseItem,
    ExpensePolicy,
    ExpenseReceipt,
    PaymentPreference,
)
from app.db.types import utcnow
from app.domain.expenses import money
from app.domain.expenses.attendance import NO_MEETING, MeetingFacts, meeting_facts
from app.domain.expenses.policy import (
    History,
    Judgement,
    LineFacts,
    PolicyBook,
    PolicyVersion,
    judge,
    totals,
)
from app.domain.expenses.schemas import Category, ClaimStatus, DayPart, PolicyRules, Vehicle

UK = ZoneInfo("Europe/London")

# Claims whose lines count as "already claimed" for the cumulative limits.
LIVE = (
    ClaimStatus.SUBMITTED.value,
    ClaimStatus.APPROVED.value,
    ClaimStatus.IN_PAYMENT_RUN.value,
    ClaimStatus.PAID.value,
)


def uk_today(at: datetime | None = None) -> date:
    return (at or utcnow()).astimezone(UK).date()


def version_of(row: ExpensePolicy) -> PolicyVersion:
    return PolicyVersion(row.id, row.effective_from, PolicyRules.model_validate(row.rules))


async def policy_book(session: AsyncSession, organisation_id: uuid.UUID) -> PolicyBook:
    rows = await session.scalars(
        select(ExpensePolicy).where(ExpensePolicy.organisation_id == organisation_id)
    )
    return PolicyBook(version_of(r) for r in rows)


async def declines_involvement(session: AsyncSession, person_id: uuid.UUID) -> bool:
    declines, _ = await involvement_choices(session, person_id)
    return declines


async def involvement_choices(
    session: AsyncSession, person_id: uuid.UUID
) -> tuple[bool, int | None]:
    """Whether the person declines involvement payments, and the lower rate they take."""
    found = (
        await session.execute(
            sa_select(
                col(PaymentPreference.declines_involvement_payments),
                col(PaymentPreference.involvement_cap_pence),
            ).where(col(PaymentPreference.person_id) == person_id)
        )
    ).first()
    return (bool(found[0]), found[1]) if found else (False, None)


def _history_filters(items: Sequence[ExpenseItem]) -> list[ColumnElement[bool]]:
    years = {money.tax_year(i.expense_date) for i in items if i.vehicle == Vehicle.CAR}
    days = {i.expense_date for i in items if i.category == Category.SUBSISTENCE}
    meetings = {
        i.meeting_id
        for i in items
        if i.category == Category.INVOLVEMENT_PAYMENT and i.meeting_id is not None
    }
    filters: list[ColumnElement[bool]] = []
    if years:
        start, _ = money.tax_year_bounds(min(years))
        _, end = money.tax_year_bounds(max(years))
        filters.append(
            and_(
                col(ExpenseItem.vehicle) == Vehicle.CAR.value,
                col(ExpenseItem.expense_date).between(start, end),
            )
        )
    if days:
        filters.append(
            and_(
                col(ExpenseItem.category) == Category.SUBSISTENCE.value,
                col(ExpenseItem.expense_date).in_(days),
            )
        )
    if meetings:
        filters.append(
            and_(
                col(ExpenseItem.category) == Category.INVOLVEMENT_PAYMENT.value,
                col(ExpenseItem.meeting_id).in_(meetings),
            )
        )
    return filters


async def history(
    session: AsyncSession, claim: ExpenseClaim, items: Sequence[ExpenseItem]
) -> History:
    car: dict[int, int] = defaultdict(int)
    subsistence: dict[date, int] = defaultdict(int)
    involvement: dict[uuid.UUID, uuid.UUID] = {}
    filters = _history_filters(items)
    if filters:
        rows = await session.execute(
            sa_select(
                col(ExpenseItem.category),
                col(ExpenseItem.expense_date),
                col(ExpenseItem.miles_tenths),
                col(ExpenseItem.allowed_pence),
                col(ExpenseItem.meeting_id),
                col(ExpenseItem.claim_id),
            )
            .join(ExpenseClaim, col(ExpenseClaim.id) == col(ExpenseItem.claim_id))
            .where(
                col(ExpenseClaim.person_id) == claim.person_id,
                col(ExpenseClaim.status).in_(LIVE),
                col(ExpenseClaim.id) != claim.id,
                or_(*filters),
            )
        )
        for category, day, tenths, allowed, meeting_id, claim_id in rows:
            if category == Category.MILEAGE:
                car[money.tax_year(day)] += tenths or 0
            elif category == Category.SUBSISTENCE:
                subsistence[day] += allowed
            elif meeting_id is not None:
                involvement[meeting_id] = claim_id
    involves = any(i.category == Category.INVOLVEMENT_PAYMENT for i in items)
    declines, cap = (
        await involvement_choices(session, claim.person_id) if involves else (False, None)
    )
    return History(
        car_tenths=car,
        subsistence_pence=subsistence,
        involvement_claims=involvement,
        declines_involvement=declines,
        involvement_cap_pence=cap,
    )


def line_facts(
    item: ExpenseItem, key: int, receipts: int = 0, meeting: MeetingFacts | None = None
) -> LineFacts:
    return LineFacts(
        key=key,
        category=Category(item.category),
        expense_date=item.expense_date,
        amount_pence=item.claimed_pence,
        miles_tenths=item.miles_tenths,
        vehicle=Vehicle(item.vehicle) if item.vehicle else None,
        nights=item.nights,
        day_part=DayPart(item.day_part) if item.day_part else None,
        activity=item.activity,
        meeting_id=item.meeting_id,
        lot_id=item.lot_id,
        meeting_cancelled=meeting.cancelled if meeting else False,
        attended=meeting.attended if meeting else False,
        meeting_day=meeting.day if meeting else None,
        receipts=receipts,
    )


async def items_of(session: AsyncSession, claim_id: uuid.UUID) -> list[ExpenseItem]:
    rows = await session.scalars(
        select(ExpenseItem)
        .where(ExpenseItem.claim_id == claim_id)
        .order_by(col(ExpenseItem.position))
    )
    return list(rows)


async def receipts_of(session: AsyncSession, claim_id: uuid.UUID) -> list[ExpenseReceipt]:
    """The whole rows, not counts per line: the same read then serves the response."""
    rows = await session.scalars(
        select(ExpenseReceipt)
        .where(ExpenseReceipt.claim_id == claim_id)
        .order_by(col(ExpenseReceipt.id))
    )
    return list(rows)


async def _store(
    session: AsyncSession, items: Sequence[ExpenseItem], judgements: Sequence[Judgement]
) -> None:
    """Lines not yet inserted, or with changes not yet written, get their judgement with
    those; other stored lines are written only where it changed, in one executemany
    whichever columns did (the ORM would send one UPDATE per distinct set of changed
    columns). The loaded objects are kept in step."""
    rows = []
    for item, verdict in zip(items, judgements, strict=True):
        values = {
            "claimed_pence": verdict.claimed_pence,
            "allowed_pence": verdict.allowed_pence,
            "explanation": list(verdict.explanation),
            "problems": list(verdict.problems),
            "policy_id": verdict.policy_id,
        }
        state = inspect(item)
        if not state.persistent or state.modified:
            # The ORM writes it anyway (an INSERT, or an UPDATE of the fields just
            # changed): the judgement goes in the same statement.
            for key, value in values.items():
                setattr(item, key, value)
        elif any(getattr(item, key) != value for key, value in values.items()):
            rows.append((item, values))
    if not rows:
        return
    await session.execute(update(ExpenseItem), [{"id": i.id, **v} for i, v in rows])
    for item, values in rows:
        for key, value in values.items():
            set_committed_value(item, key, value)


@dataclass(frozen=True)
class Judged:
    """A claim's lines and receipts as judged, and the verdicts, in line order."""

    items: list[ExpenseItem]
    receipts: list[ExpenseReceipt]
    judgements: list[Judgement]


async def rejudge(
    session: AsyncSession,
    claim: ExpenseClaim,
    claimed_on: date | None = None,
    *,
    lines: tuple[list[ExpenseItem], list[ExpenseReceipt]] | None = None,
) -> Judged:
    """Apply the policy to every line again and set the result on lines and claim.

    The lines and receipts are read from the database, or given by a caller that holds
    them all (a claim made in this request, a line about to be added): lines not yet
    inserted then get their judgement before they are. Changed stored lines are written
    here; the claim is left for the caller's one flush, so its version goes up once per
    request."""
    if lines is None:
        await session.flush()
        items = await items_of(session, claim.id)
        receipts = await receipts_of(session, claim.id)
        return await _judge(session, claim, items, receipts, claimed_on)
    # Nothing this claim has pending changes what the reads below find (other claims'
    # lines, meetings, the policy), and flushing it now would write its lines twice.
    with session.no_autoflush:
        return await _judge(session, claim, *lines, claimed_on)


async def _judge(
    session: AsyncSession,
    claim: ExpenseClaim,
    items: list[ExpenseItem],
    receipts: list[ExpenseReceipt],
    claimed_on: date | None,
) -> Judged:
    counts = Counter(r.item_id for r in receipts if r.item_id is not None)
    meetings = await meeting_facts(
        session, claim.person_id, {i.meeting_id for i in items if i.meeting_id is not None}
    )
    facts = [
        line_facts(item, key, counts[item.id], meetings.get(item.meeting_id or NO_MEETING))
        for key, item in enumerate(items)
    ]
    book = await policy_book(session, claim.organisation_id)
    past = await history(session, claim, items)
    judgements = judge(facts, book, past, claimed_on or uk_today())
    await _store(session, items, judgements)
    total = totals(facts, judgements)
    claim.claimed_pence = total.claimed_pence
    claim.allowed_pence = total.allowed_pence
    claim.expenses_pence = total.expenses_pence
    claim.involvement_pence = total.involvement_pence
    claim.updated_at = utcnow()
    return Judged(items, receipts, judgements)
