"""``/people/{personId}/payment-preferences``: declining involvement payments, and the
finance system's payee reference. Private to the person, coordinators and finance."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Response

from app.api.deps import CurrentActor, Session, read_if_match
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.payments import PaymentPreferencesOut
from app.domain.expenses import preferences
from app.domain.expenses.schemas import PaymentPreferencesInput
from app.domain.versions import etag

router = APIRouter(tags=["expenses"], route_class=TransactionalRoute)


def _out(found: preferences.Preferences, response: Response) -> PaymentPreferencesOut:
    if found.version is not None:
        response.headers["ETag"] = etag(found.version)
    return PaymentPreferencesOut(
        person_id=found.person_id,
        declines_involvement_payments=found.declines_involvement_payments,
        payee_reference=found.payee_reference,
        payee_name=found.payee_name,
        involvement_cap_pence=found.involvement_cap_pence,
        updated_at=found.updated_at,
    )


@router.get(
    "/people/{person_id}/payment-preferences",
    response_model=PaymentPreferencesOut,
    responses=error_responses(401, 403, 404),
)
async def get_payment_preferences(
    session: Session, actor: CurrentActor, person_id: uuid.UUID, response: Response
) -> PaymentPreferencesOut:
    """Defaults (involvement payments accepted, no payee reference) until first set; an
    ETag once set."""
    return _out(await preferences.get_preferences(session, actor, person_id), response)


@router.put(
    "/people/{person_id}/payment-preferences",
    response_model=PaymentPreferencesOut,
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def put_payment_preferences(
    session: Session,
    actor: CurrentActor,
    person_id: uuid.UUID,
    body: PaymentPreferencesInput,
    response: Response,
    if_match: Annotated[
        str | None, Header(description="Needed to change preferences already set.")
    ] = None,
) -> PaymentPreferencesOut:
    """The person, a coordinator or finance. Declining takes effect at once: an involvement
    payment line is refused at submission and never paid. `involvementCapPence` takes a
    lower rate than the policy's (drafts are judged again at once). Only finance sets
    `payeeReference` and `payeeName` (the name the payment-run CSV pays); leave any of these
    three out to keep it."""
    version = read_if_match(if_match) if if_match is not None else None
    found = await preferences.set_preferences(session, actor, person_id, body, version)
    return _out(found, response)
