import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_out_issue_out import PageOutIssueOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    board_id: UUID,
    *,
    theme_id: None | Unset | UUID = UNSET,
    unthemed: bool | Unset = False,
    category: None | str | Unset = UNSET,
    follow_up_by: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_theme_id: None | str | Unset
    if isinstance(theme_id, Unset):
        json_theme_id = UNSET
    elif isinstance(theme_id, UUID):
        json_theme_id = str(theme_id)
    else:
        json_theme_id = theme_id
    params["themeId"] = json_theme_id

    params["unthemed"] = unthemed

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_follow_up_by: None | str | Unset
    if isinstance(follow_up_by, Unset):
        json_follow_up_by = UNSET
    elif isinstance(follow_up_by, datetime.date):
        json_follow_up_by = follow_up_by.isoformat()
    else:
        json_follow_up_by = follow_up_by
    params["followUpBy"] = json_follow_up_by

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/boards/{board_id}/issues".format(
            board_id=quote(str(board_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOutIssueOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageOutIssueOut.from_dict(response.json())

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
) -> Response[PageOutIssueOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    theme_id: None | Unset | UUID = UNSET,
    unthemed: bool | Unset = False,
    category: None | str | Unset = UNSET,
    follow_up_by: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutIssueOut | Problem]:
    """List Issues

     The board's issue log (its members and coordinators).

    Args:
        board_id (UUID):
        theme_id (None | Unset | UUID):
        unthemed (bool | Unset): Only issues not yet in a theme. Default: False.
        category (None | str | Unset):
        follow_up_by (datetime.date | None | Unset): Follow-up due on or before.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutIssueOut | Problem]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        theme_id=theme_id,
        unthemed=unthemed,
        category=category,
        follow_up_by=follow_up_by,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    theme_id: None | Unset | UUID = UNSET,
    unthemed: bool | Unset = False,
    category: None | str | Unset = UNSET,
    follow_up_by: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutIssueOut | Problem | None:
    """List Issues

     The board's issue log (its members and coordinators).

    Args:
        board_id (UUID):
        theme_id (None | Unset | UUID):
        unthemed (bool | Unset): Only issues not yet in a theme. Default: False.
        category (None | str | Unset):
        follow_up_by (datetime.date | None | Unset): Follow-up due on or before.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutIssueOut | Problem
    """

    return sync_detailed(
        board_id=board_id,
        client=client,
        theme_id=theme_id,
        unthemed=unthemed,
        category=category,
        follow_up_by=follow_up_by,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    theme_id: None | Unset | UUID = UNSET,
    unthemed: bool | Unset = False,
    category: None | str | Unset = UNSET,
    follow_up_by: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutIssueOut | Problem]:
    """List Issues

     The board's issue log (its members and coordinators).

    Args:
        board_id (UUID):
        theme_id (None | Unset | UUID):
        unthemed (bool | Unset): Only issues not yet in a theme. Default: False.
        category (None | str | Unset):
        follow_up_by (datetime.date | None | Unset): Follow-up due on or before.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutIssueOut | Problem]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        theme_id=theme_id,
        unthemed=unthemed,
        category=category,
        follow_up_by=follow_up_by,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    theme_id: None | Unset | UUID = UNSET,
    unthemed: bool | Unset = False,
    category: None | str | Unset = UNSET,
    follow_up_by: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutIssueOut | Problem | None:
    """List Issues

     The board's issue log (its members and coordinators).

    Args:
        board_id (UUID):
        theme_id (None | Unset | UUID):
        unthemed (bool | Unset): Only issues not yet in a theme. Default: False.
        category (None | str | Unset):
        follow_up_by (datetime.date | None | Unset): Follow-up due on or before.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutIssueOut | Problem
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            theme_id=theme_id,
            unthemed=unthemed,
            category=category,
            follow_up_by=follow_up_by,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
