from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rota_out import RotaOut
from ...models.rota_request import RotaRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    seat_id: UUID,
    *,
    body: RotaRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/seats/{seat_id}/rota".format(
            seat_id=quote(str(seat_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RotaOut | None:
    if response.status_code == 200:
        response_200 = RotaOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RotaOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    seat_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotaRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RotaOut]:
    """Generate Rota

     Assign the governance board's next meetings (`count`, or `until` a date). `dryRun`
    previews. The same data gives the same rota, and a rerun never assigns a meeting twice.

    Args:
        seat_id (UUID):
        idempotency_key (str | Unset):
        body (RotaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RotaOut]
    """

    kwargs = _get_kwargs(
        seat_id=seat_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    seat_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotaRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RotaOut | None:
    """Generate Rota

     Assign the governance board's next meetings (`count`, or `until` a date). `dryRun`
    previews. The same data gives the same rota, and a rerun never assigns a meeting twice.

    Args:
        seat_id (UUID):
        idempotency_key (str | Unset):
        body (RotaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RotaOut
    """

    return sync_detailed(
        seat_id=seat_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    seat_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotaRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RotaOut]:
    """Generate Rota

     Assign the governance board's next meetings (`count`, or `until` a date). `dryRun`
    previews. The same data gives the same rota, and a rerun never assigns a meeting twice.

    Args:
        seat_id (UUID):
        idempotency_key (str | Unset):
        body (RotaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RotaOut]
    """

    kwargs = _get_kwargs(
        seat_id=seat_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    seat_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotaRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RotaOut | None:
    """Generate Rota

     Assign the governance board's next meetings (`count`, or `until` a date). `dryRun`
    previews. The same data gives the same rota, and a rerun never assigns a meeting twice.

    Args:
        seat_id (UUID):
        idempotency_key (str | Unset):
        body (RotaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RotaOut
    """

    return (
        await asyncio_detailed(
            seat_id=seat_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
