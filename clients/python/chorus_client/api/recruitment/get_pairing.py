from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pairing_out import PairingOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    pairing_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pairings/{pairing_id}".format(
            pairing_id=quote(str(pairing_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PairingOut | Problem | None:
    if response.status_code == 200:
        response_200 = PairingOut.from_dict(response.json())

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
) -> Response[PairingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pairing_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PairingOut | Problem]:
    """Get Pairing

     The two people and coordinators; anyone else gets 404.

    Args:
        pairing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PairingOut | Problem]
    """

    kwargs = _get_kwargs(
        pairing_id=pairing_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pairing_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PairingOut | Problem | None:
    """Get Pairing

     The two people and coordinators; anyone else gets 404.

    Args:
        pairing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PairingOut | Problem
    """

    return sync_detailed(
        pairing_id=pairing_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pairing_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PairingOut | Problem]:
    """Get Pairing

     The two people and coordinators; anyone else gets 404.

    Args:
        pairing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PairingOut | Problem]
    """

    kwargs = _get_kwargs(
        pairing_id=pairing_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pairing_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PairingOut | Problem | None:
    """Get Pairing

     The two people and coordinators; anyone else gets 404.

    Args:
        pairing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PairingOut | Problem
    """

    return (
        await asyncio_detailed(
            pairing_id=pairing_id,
            client=client,
        )
    ).parsed
