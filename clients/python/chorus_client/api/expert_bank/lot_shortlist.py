from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.shortlist_out import ShortlistOut
from ...types import Response


def _get_kwargs(
    lot_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/lots/{lot_id}/shortlist".format(
            lot_id=quote(str(lot_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ShortlistOut | None:
    if response.status_code == 200:
        response_200 = ShortlistOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ShortlistOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ShortlistOut]:
    """Lot Shortlist

     Bank members not on the lot's panel; anyone connected to one of its bidders (a
    declaration of interest naming it, or a connection declared on a panel) or
    unavailable today is listed apart, with why. Coordinators only.

    Args:
        lot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ShortlistOut]
    """

    kwargs = _get_kwargs(
        lot_id=lot_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | ShortlistOut | None:
    """Lot Shortlist

     Bank members not on the lot's panel; anyone connected to one of its bidders (a
    declaration of interest naming it, or a connection declared on a panel) or
    unavailable today is listed apart, with why. Coordinators only.

    Args:
        lot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ShortlistOut
    """

    return sync_detailed(
        lot_id=lot_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ShortlistOut]:
    """Lot Shortlist

     Bank members not on the lot's panel; anyone connected to one of its bidders (a
    declaration of interest naming it, or a connection declared on a panel) or
    unavailable today is listed apart, with why. Coordinators only.

    Args:
        lot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ShortlistOut]
    """

    kwargs = _get_kwargs(
        lot_id=lot_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lot_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | ShortlistOut | None:
    """Lot Shortlist

     Bank members not on the lot's panel; anyone connected to one of its bidders (a
    declaration of interest naming it, or a connection declared on a panel) or
    unavailable today is listed apart, with why. Coordinators only.

    Args:
        lot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ShortlistOut
    """

    return (
        await asyncio_detailed(
            lot_id=lot_id,
            client=client,
        )
    ).parsed
