from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_link_out import ContentLinkOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    paper_id: UUID,
    *,
    version: int | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/papers/{paper_id}/content-link".format(
            paper_id=quote(str(paper_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentLinkOut | Problem | None:
    if response.status_code == 200:
        response_200 = ContentLinkOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[ContentLinkOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ContentLinkOut | Problem]:
    """Content Link

     A URL to the file that works without headers for a few minutes
    (`CHORUS_PAPER_LINK_TTL_SECONDS`), for the caller alone. Share it with nobody.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentLinkOut | Problem]
    """

    kwargs = _get_kwargs(
        paper_id=paper_id,
        version=version,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ContentLinkOut | Problem | None:
    """Content Link

     A URL to the file that works without headers for a few minutes
    (`CHORUS_PAPER_LINK_TTL_SECONDS`), for the caller alone. Share it with nobody.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentLinkOut | Problem
    """

    return sync_detailed(
        paper_id=paper_id,
        client=client,
        version=version,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ContentLinkOut | Problem]:
    """Content Link

     A URL to the file that works without headers for a few minutes
    (`CHORUS_PAPER_LINK_TTL_SECONDS`), for the caller alone. Share it with nobody.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentLinkOut | Problem]
    """

    kwargs = _get_kwargs(
        paper_id=paper_id,
        version=version,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ContentLinkOut | Problem | None:
    """Content Link

     A URL to the file that works without headers for a few minutes
    (`CHORUS_PAPER_LINK_TTL_SECONDS`), for the caller alone. Share it with nobody.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentLinkOut | Problem
    """

    return (
        await asyncio_detailed(
            paper_id=paper_id,
            client=client,
            version=version,
            idempotency_key=idempotency_key,
        )
    ).parsed
