from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs(
    slug: str,
    paper_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/boards/{slug}/papers/{paper_id}/content".format(
            slug=quote(str(slug), safe=""),
            paper_id=quote(str(paper_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | File | Problem]:
    """Get Public Paper

     No token. The current file of a paper the page lists (classified public,
    circulated, out of embargo); 404 for any other, whatever the reason. Nobody's
    opening is recorded: the public are not recipients.

    Args:
        slug (str): The slug the board was published under.
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        paper_id=paper_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | File | Problem | None:
    """Get Public Paper

     No token. The current file of a paper the page lists (classified public,
    circulated, out of embargo); 404 for any other, whatever the reason. Nobody's
    opening is recorded: the public are not recipients.

    Args:
        slug (str): The slug the board was published under.
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Problem
    """

    return sync_detailed(
        slug=slug,
        paper_id=paper_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | File | Problem]:
    """Get Public Paper

     No token. The current file of a paper the page lists (classified public,
    circulated, out of embargo); 404 for any other, whatever the reason. Nobody's
    opening is recorded: the public are not recipients.

    Args:
        slug (str): The slug the board was published under.
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Problem]
    """

    kwargs = _get_kwargs(
        slug=slug,
        paper_id=paper_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | File | Problem | None:
    """Get Public Paper

     No token. The current file of a paper the page lists (classified public,
    circulated, out of embargo); 404 for any other, whatever the reason. Nobody's
    opening is recorded: the public are not recipients.

    Args:
        slug (str): The slug the board was published under.
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Problem
    """

    return (
        await asyncio_detailed(
            slug=slug,
            paper_id=paper_id,
            client=client,
        )
    ).parsed
