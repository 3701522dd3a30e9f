from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_board_out import PublicBoardOut
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/boards/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PublicBoardOut | None:
    if response.status_code == 200:
        response_200 = PublicBoardOut.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | PublicBoardOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | PublicBoardOut]:
    """Get Public Board

     No token. Approved minutes (their public text), the "you said, we did" entries,
    response timeliness, theme counts and papers classified public and out of embargo.
    No person is named; counts under `suppressedBelow` are null. 404 for any slug that is
    not a published board's, whatever the reason.

    Args:
        slug (str): The slug the board was published under.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicBoardOut]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | PublicBoardOut | None:
    """Get Public Board

     No token. Approved minutes (their public text), the "you said, we did" entries,
    response timeliness, theme counts and papers classified public and out of embargo.
    No person is named; counts under `suppressedBelow` are null. 404 for any slug that is
    not a published board's, whatever the reason.

    Args:
        slug (str): The slug the board was published under.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicBoardOut
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | PublicBoardOut]:
    """Get Public Board

     No token. Approved minutes (their public text), the "you said, we did" entries,
    response timeliness, theme counts and papers classified public and out of embargo.
    No person is named; counts under `suppressedBelow` are null. 404 for any slug that is
    not a published board's, whatever the reason.

    Args:
        slug (str): The slug the board was published under.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicBoardOut]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | PublicBoardOut | None:
    """Get Public Board

     No token. Approved minutes (their public text), the "you said, we did" entries,
    response timeliness, theme counts and papers classified public and out of embargo.
    No person is named; counts under `suppressedBelow` are null. 404 for any slug that is
    not a published board's, whatever the reason.

    Args:
        slug (str): The slug the board was published under.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicBoardOut
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
