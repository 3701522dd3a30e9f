"""A person's payment preferences: whether they decline involvement payments (often
because of benefits) or take a lower rate than the policy's, and the finance system's
payee reference and payee name.

Private to the person, coordinators and finance. A person may change their own choices;
only finance may set the payee reference and name, since they decide where money goes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import PaymentPreference
from app.db.types import utcnow
from app.domain import audit
from app.domain.actors import Actor, Permission, require_self_or
from app.domain.errors import PermissionDenied, PreconditionRequired
from app.domain.expenses.rejudging import rejudge_open_claims
from app.domain.expenses.schemas import PaymentPreferencesInput
from app.domain.people.service import get_person
from app.domain.versions import Precondition, check_version


@dataclass(frozen=True)
class Preferences:
    person_id: uuid.UUID
    declines_involvement_payments: bool
    payee_reference: str | None
    payee_name: str | None
    involvement_cap_pence: int | None
    version: int | None  # None until first set
    updated_at: datetime | None


def _view(person_id: uuid.UUID, row: PaymentPreference | None) -> Preferences:
    if row is None:
        return Preferences(person_id, False, None, None, None, None, None)
    return Preferences(
        person_id,
        row.declines_involvement_payments,
        row.payee_reference,
        row.payee_name,
        row.involvement_cap_pence,
        row.version,
        row.updated_at or row.created_at,
    )


# Fields a PUT that leaves them out keeps as they are.
_LEFT_OUT_KEEPS = ("payee_reference", "payee_name", "involvement_cap_pence")
_FINANCE_ONLY = ("payee_reference", "payee_name")


async def _row(
    session: AsyncSession, actor: Actor, person_id: uuid.UUID
) -> PaymentPreference | None:
    await get_person(session, actor, person_id)  # another organisation's person: 404
    require_self_or(actor, person_id, Permission.PAYMENT_PREFERENCES_MANAGE)
    return await session.scalar(
        select(PaymentPreference).where(PaymentPreference.person_id == person_id)
    )


async def get_preferences(session: AsyncSession, actor: Actor, person_id: uuid.UUID) -> Preferences:
    return _view(person_id, await _row(session, actor, person_id))


async def set_preferences(
    session: AsyncSession,
    actor: Actor,
    person_id: uuid.UUID,
    data: PaymentPreferencesInput,
    expected_version: Precondition | None,
) -> Preferences:
    """Create or replace. Replacing needs If-Match; a payee reference left out is kept."""
    row = await _row(session, actor, person_id)
    changes: dict[str, object] = {
        "declines_involvement_payments": data.declines_involvement_payments
    }
    for key in _LEFT_OUT_KEEPS:
        if key in data.model_fields_set:
            changes[key] = getattr(data, key)
    for key in _FINANCE_ONLY:
        current = getattr(row, key) if row else None
        if changes.get(key, current) != current and not actor.can(
            Permission.PAYEE_REFERENCES_MANAGE
        ):
            raise PermissionDenied("Only finance staff may set a payee reference or payee name.")
    if row is None:
        row = PaymentPreference(organisation_id=actor.organisation_id, person_id=person_id)
        session.add(row)
        changed = {k for k, v in changes.items() if v is not None and v is not False}
        judged_by: tuple[bool, int | None] = (False, None)
    else:
        if expected_version is None:
            raise PreconditionRequired(
                "Send If-Match with the ETag of the preferences you read to change them."
            )
        check_version(row.version, expected_version)
        changed = {k for k, v in changes.items() if getattr(row, k) != v}
        judged_by = (row.declines_involvement_payments, row.involvement_cap_pence)
    for key in changed:
        setattr(row, key, changes[key])
    if changed:
        row.updated_at = utcnow()
    await session.flush()
    if changed:
        audit.record(
            session,
            actor,
            "payment_preferences.updated",
            "payment_preferences",
            row.id,
            row.organisation_id,
            changed,
        )
    if (row.declines_involvement_payments, row.involvement_cap_pence) != judged_by:
        await rejudge_open_claims(session, person_id)
    return _view(person_id, row)
