"""``/webhook-endpoints``: receivers of signed events, their deliveries and attempt logs."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app.api.deps import CurrentActor, IfMatch, Pagination, Session, State
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.base import PageOut
from app.api.views.webhooks import (
    AttemptOut,
    DeliveryOut,
    WebhookEndpointOut,
    WebhookEndpointWithSecret,
)
from app.db.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from app.domain.versions import etag
from app.domain.webhooks import deliveries, endpoints
from app.domain.webhooks.addresses import UrlGuard
from app.domain.webhooks.schemas import (
    DeliveryStatus,
    SecretRotation,
    WebhookEndpointCreate,
    WebhookEndpointUpdate,
)

router = APIRouter(prefix="/webhook-endpoints", tags=["webhooks"], route_class=TransactionalRoute)

_READ = error_responses(401, 403, 404, 422)
_WRITE = error_responses(401, 403, 404, 409, 412, 422, 428)


async def url_guard(state: State) -> UrlGuard:
    """Built from the settings per request; tests swap it for one with a fake resolver."""
    return UrlGuard(
        allow_http=state.settings.webhooks_allow_http,
        allow_private=state.settings.webhooks_allow_private_addresses,
    )


Guard = Annotated[UrlGuard, Depends(url_guard)]
# The body is optional: without one, the default grace period applies.
_DEFAULT_ROTATION = SecretRotation.model_validate({})


def _with_secret(endpoint: WebhookEndpoint, secret: str) -> WebhookEndpointWithSecret:
    return WebhookEndpointWithSecret(
        **WebhookEndpointOut.model_validate(endpoint).model_dump(), secret=secret
    )


def _delivery_out(delivery: WebhookDelivery, attempts: list[WebhookAttempt]) -> DeliveryOut:
    return DeliveryOut(
        id=delivery.id,
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        status=DeliveryStatus(delivery.status),
        attempt_count=delivery.attempts,
        next_attempt_at=delivery.next_attempt_at,
        delivered_at=delivery.delivered_at,
        created_at=delivery.created_at,
        attempts=[AttemptOut.model_validate(a) for a in attempts],
    )


@router.get("", response_model=PageOut[WebhookEndpointOut], responses=_READ)
async def list_webhook_endpoints(
    session: Session, actor: CurrentActor, page: Pagination
) -> PageOut[WebhookEndpointOut]:
    result = await endpoints.list_endpoints(session, actor, page)
    return PageOut(
        items=[WebhookEndpointOut.model_validate(e) for e in result.items],
        next_cursor=result.next_cursor,
    )


@router.post("", status_code=201, response_model=WebhookEndpointWithSecret, responses=_WRITE)
async def create_webhook_endpoint(
    session: Session,
    actor: CurrentActor,
    guard: Guard,
    body: WebhookEndpointCreate,
    response: Response,
) -> WebhookEndpointWithSecret:
    """Register an https:// receiver for some event types. The response holds the signing
    secret (`whsec_...`, Standard Webhooks) this once. URLs that resolve to loopback,
    private, link-local or metadata addresses are refused."""
    endpoint, secret = await endpoints.create_endpoint(session, actor, body, guard)
    response.headers["Location"] = f"/api/v1/webhook-endpoints/{endpoint.id}"
    response.headers["ETag"] = etag(endpoint.version)
    response.headers["Cache-Control"] = "no-store"
    return _with_secret(endpoint, secret)


@router.get("/{endpoint_id}", response_model=WebhookEndpointOut, responses=_READ)
async def get_webhook_endpoint(
    session: Session, actor: CurrentActor, endpoint_id: uuid.UUID, response: Response
) -> WebhookEndpointOut:
    endpoint = await endpoints.get_endpoint(session, actor, endpoint_id)
    response.headers["ETag"] = etag(endpoint.version)
    return WebhookEndpointOut.model_validate(endpoint)


@router.patch("/{endpoint_id}", response_model=WebhookEndpointOut, responses=_WRITE)
async def update_webhook_endpoint(
    session: Session,
    actor: CurrentActor,
    guard: Guard,
    endpoint_id: uuid.UUID,
    body: WebhookEndpointUpdate,
    version: IfMatch,
    response: Response,
) -> WebhookEndpointOut:
    """Change the URL, events or description; `active: false` pauses deliveries and
    `active: true` resumes them (also after a 410 disabled the endpoint)."""
    endpoint = await endpoints.update_endpoint(session, actor, endpoint_id, body, version, guard)
    response.headers["ETag"] = etag(endpoint.version)
    return WebhookEndpointOut.model_validate(endpoint)


@router.post(
    "/{endpoint_id}/rotate-secret", response_model=WebhookEndpointWithSecret, responses=_WRITE
)
async def rotate_webhook_secret(
    session: Session,
    actor: CurrentActor,
    endpoint_id: uuid.UUID,
    response: Response,
    body: SecretRotation = _DEFAULT_ROTATION,
) -> WebhookEndpointWithSecret:
    """A new signing secret, shown once. For `gracePeriodHours` (default 24) messages carry
    two signatures, one from each secret, so the receiver can switch without a gap."""
    endpoint, secret = await endpoints.rotate_secret(session, actor, endpoint_id, body)
    response.headers["ETag"] = etag(endpoint.version)
    response.headers["Cache-Control"] = "no-store"
    return _with_secret(endpoint, secret)


@router.delete("/{endpoint_id}", status_code=204, responses=error_responses(401, 403, 404))
async def delete_webhook_endpoint(
    session: Session, actor: CurrentActor, endpoint_id: uuid.UUID
) -> Response:
    """Remove the endpoint, its deliveries and their log."""
    await endpoints.delete_endpoint(session, actor, endpoint_id)
    return Response(status_code=204)


@router.get("/{endpoint_id}/deliveries", response_model=PageOut[DeliveryOut], responses=_READ)
async def list_webhook_deliveries(
    session: Session,
    actor: CurrentActor,
    endpoint_id: uuid.UUID,
    page: Pagination,
    status: Annotated[DeliveryStatus | None, Query(description="Only this status.")] = None,
) -> PageOut[DeliveryOut]:
    """Deliveries, oldest first, each with its attempts: time, status code, latency, error.
    A delivery's `id` is the `webhook-id` header the receiver saw."""
    result = await deliveries.list_deliveries(session, actor, endpoint_id, page, status)
    logs = await deliveries.attempts_by_delivery(session, actor, (d.id for d in result.items))
    return PageOut(
        items=[_delivery_out(d, logs[d.id]) for d in result.items],
        next_cursor=result.next_cursor,
    )


@router.get("/{endpoint_id}/deliveries/{delivery_id}", response_model=DeliveryOut, responses=_READ)
async def get_webhook_delivery(
    session: Session, actor: CurrentActor, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> DeliveryOut:
    delivery = await deliveries.get_delivery(session, actor, endpoint_id, delivery_id)
    logs = await deliveries.attempts_by_delivery(session, actor, [delivery.id])
    return _delivery_out(delivery, logs[delivery.id])


@router.post(
    "/{endpoint_id}/deliveries/{delivery_id}/resend",
    status_code=202,
    response_model=DeliveryOut,
    responses=_WRITE,
)
async def resend_webhook_delivery(
    session: Session, actor: CurrentActor, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> DeliveryOut:
    """Send again now, with the same `webhook-id` and a fresh retry schedule."""
    delivery = await deliveries.resend(session, actor, endpoint_id, delivery_id)
    logs = await deliveries.attempts_by_delivery(session, actor, [delivery.id])
    return _delivery_out(delivery, logs[delivery.id])
