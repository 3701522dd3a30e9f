from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.theme_out import ThemeOut
from ...models.theme_update import ThemeUpdate
from ...types import Response


def _get_kwargs(
    theme_id: UUID,
    *,
    body: ThemeUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/themes/{theme_id}".format(
            theme_id=quote(str(theme_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ThemeOut | None:
    if response.status_code == 200:
        response_200 = ThemeOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ThemeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    theme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ThemeUpdate,
    if_match: None | str,
) -> Response[Problem | ThemeOut]:
    """Update Theme

    Args:
        theme_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ThemeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ThemeOut]
    """

    kwargs = _get_kwargs(
        theme_id=theme_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    theme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ThemeUpdate,
    if_match: None | str,
) -> Problem | ThemeOut | None:
    """Update Theme

    Args:
        theme_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ThemeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ThemeOut
    """

    return sync_detailed(
        theme_id=theme_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    theme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ThemeUpdate,
    if_match: None | str,
) -> Response[Problem | ThemeOut]:
    """Update Theme

    Args:
        theme_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ThemeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ThemeOut]
    """

    kwargs = _get_kwargs(
        theme_id=theme_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    theme_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ThemeUpdate,
    if_match: None | str,
) -> Problem | ThemeOut | None:
    """Update Theme

    Args:
        theme_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ThemeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ThemeOut
    """

    return (
        await asyncio_detailed(
            theme_id=theme_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
