from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    feed_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar/{feed_token}.ics".format(
            feed_token=quote(str(feed_token), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feed_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | str]:
    """Personal Calendar

     A person's meetings, for calendar apps that cannot send headers: no bearer token,
    the secret in the path is the credential. Unknown or revoked secrets are 404.

    Args:
        feed_token (str): The secret from POST /me/calendar-feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        feed_token=feed_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feed_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | str | None:
    """Personal Calendar

     A person's meetings, for calendar apps that cannot send headers: no bearer token,
    the secret in the path is the credential. Unknown or revoked secrets are 404.

    Args:
        feed_token (str): The secret from POST /me/calendar-feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        feed_token=feed_token,
        client=client,
    ).parsed


async def asyncio_detailed(
    feed_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | str]:
    """Personal Calendar

     A person's meetings, for calendar apps that cannot send headers: no bearer token,
    the secret in the path is the credential. Unknown or revoked secrets are 404.

    Args:
        feed_token (str): The secret from POST /me/calendar-feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        feed_token=feed_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feed_token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | str | None:
    """Personal Calendar

     A person's meetings, for calendar apps that cannot send headers: no bearer token,
    the secret in the path is the credential. Unknown or revoked secrets are 404.

    Args:
        feed_token (str): The secret from POST /me/calendar-feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            feed_token=feed_token,
            client=client,
        )
    ).parsed
