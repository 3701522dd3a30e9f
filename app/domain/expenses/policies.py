"""Versions of an organisation's expense policy. A version, once made, is never edited:
a claim line records the version it was judged by, so the judgement can be explained
later. To change the policy, add a version taking effect on a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import ExpensePolicy
from app.domain import audit
from app.domain.actors import Actor, Permission, require
from app.domain.errors import Conflict
from app.domain.expenses.judging import policy_book, uk_today, version_of
from app.domain.expenses.policy import PolicyBook, PolicyVersion
from app.domain.expenses.schemas import ExpensePolicyCreate, PolicyRules


@dataclass(frozen=True)
class PolicyInForce:
    version: PolicyVersion
    # The last day before the next version takes effect; None while it is the latest.
    effective_until: date | None


def _in_force(book: PolicyBook, version: PolicyVersion) -> PolicyInForce:
    later = [v.effective_from for v in book.versions if v.effective_from > version.effective_from]
    return PolicyInForce(version, min(later) - timedelta(days=1) if later else None)


async def policy_on(session: AsyncSession, actor: Actor, on: date | None = None) -> PolicyInForce:
    """The version in force on a day (today, UK time, by default); built-in defaults when
    the organisation has set none."""
    require(actor, Permission.EXPENSE_POLICY_READ)
    book = await policy_book(session, actor.organisation_id)
    return _in_force(book, book.in_force(on or uk_today()))


async def list_versions(session: AsyncSession, actor: Actor) -> list[PolicyInForce]:
    require(actor, Permission.EXPENSE_POLICY_READ)
    book = await policy_book(session, actor.organisation_id)
    return [_in_force(book, v) for v in book.versions]


async def create_version(
    session: AsyncSession, actor: Actor, data: ExpensePolicyCreate
) -> PolicyInForce:
    require(actor, Permission.EXPENSE_POLICY_MANAGE)
    book = await policy_book(session, actor.organisation_id)
    if any(v.effective_from == data.effective_from for v in book.versions):
        raise Conflict(
            "A version of the policy already takes effect on that date; choose another date."
        )
    given = data.model_fields_set - {"effective_from"}
    previous = (
        book.in_force(data.effective_from - timedelta(days=1)).rules
        if data.effective_from > date.min
        else PolicyRules()
    )
    stated = data.model_dump(mode="json", by_alias=True, include=given)
    if "mileage" in given:
        # Rates are merged one by one: raising the car rate keeps the bicycle rate.
        stated["mileage"] = {
            **previous.mileage.model_dump(mode="json", by_alias=True),
            **data.mileage.model_dump(
                mode="json", by_alias=True, include=data.mileage.model_fields_set
            ),
        }
    document = {**previous.model_dump(mode="json", by_alias=True), **stated}
    rules = PolicyRules.model_validate(document)
    row = ExpensePolicy(
        organisation_id=actor.organisation_id,
        effective_from=data.effective_from,
        rules=rules.model_dump(mode="json", by_alias=True),
        created_by_id=actor.id,
    )
    session.add(row)
    await session.flush()
    audit.record(
        session,
        actor,
        "expense_policy.created",
        "expense_policy",
        row.id,
        row.organisation_id,
        given | {"effective_from"},
    )
    all_versions = await session.scalars(
        select(ExpensePolicy).where(ExpensePolicy.organisation_id == actor.organisation_id)
    )
    return _in_force(PolicyBook(version_of(r) for r in all_versions), version_of(row))
