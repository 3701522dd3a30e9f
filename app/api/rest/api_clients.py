"""``/api-clients``: partner systems, managed by administrators."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.api.deps import CurrentActor, Pagination, Session
from app.api.problem_docs import error_responses
from app.api.routing import TransactionalRoute
from app.api.views.api_clients import ApiClientOut, ApiClientWithSecret
from app.api.views.base import PageOut
from app.db.models import ApiClient
from app.domain.auth import clients
from app.domain.auth.clients import ApiClientCreate, ApiClientUpdate

router = APIRouter(prefix="/api-clients", tags=["api clients"], route_class=TransactionalRoute)


def _with_secret(client: ApiClient, secret: str) -> ApiClientWithSecret:
    return ApiClientWithSecret(
        **ApiClientOut.model_validate(client).model_dump(), client_secret=secret
    )


@router.get("", response_model=PageOut[ApiClientOut], responses=error_responses(401, 403, 422))
async def list_api_clients(
    session: Session, actor: CurrentActor, page: Pagination
) -> PageOut[ApiClientOut]:
    result = await clients.list_clients(session, actor, page)
    return PageOut(
        items=[ApiClientOut.model_validate(c) for c in result.items],
        next_cursor=result.next_cursor,
    )


@router.post(
    "",
    status_code=201,
    response_model=ApiClientWithSecret,
    responses=error_responses(401, 403, 422),
)
async def create_api_client(
    session: Session, actor: CurrentActor, body: ApiClientCreate, response: Response
) -> ApiClientWithSecret:
    client, secret = await clients.create_client(session, actor, body)
    response.headers["Location"] = f"/api/v1/api-clients/{client.id}"
    response.headers["Cache-Control"] = "no-store"
    return _with_secret(client, secret)


@router.get("/{client_id}", response_model=ApiClientOut, responses=error_responses(401, 403, 404))
async def get_api_client(
    session: Session, actor: CurrentActor, client_id: uuid.UUID
) -> ApiClientOut:
    return ApiClientOut.model_validate(await clients.get_client(session, actor, client_id))


@router.patch(
    "/{client_id}", response_model=ApiClientOut, responses=error_responses(401, 403, 404, 422)
)
async def update_api_client(
    session: Session, actor: CurrentActor, client_id: uuid.UUID, body: ApiClientUpdate
) -> ApiClientOut:
    """Rename, change scopes, or deactivate. Tokens already issued lose removed scopes at once."""
    return ApiClientOut.model_validate(await clients.update_client(session, actor, client_id, body))


@router.post(
    "/{client_id}/secret",
    response_model=ApiClientWithSecret,
    responses=error_responses(401, 403, 404),
)
async def rotate_api_client_secret(
    session: Session, actor: CurrentActor, client_id: uuid.UUID, response: Response
) -> ApiClientWithSecret:
    """Issue a new secret; the old one stops working immediately."""
    client, secret = await clients.rotate_secret(session, actor, client_id)
    response.headers["Cache-Control"] = "no-store"
    return _with_secret(client, secret)


@router.delete("/{client_id}", status_code=204, responses=error_responses(401, 403, 404))
async def delete_api_client(
    session: Session, actor: CurrentActor, client_id: uuid.UUID
) -> Response:
    await clients.delete_client(session, actor, client_id)
    return Response(status_code=204)
