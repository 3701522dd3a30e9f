from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_sort import MeetingSort
from ...models.meeting_status import MeetingStatus
from ...models.page_out_meeting_out import PageOutMeetingOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    upcoming: bool | Unset = False,
    status: MeetingStatus | None | Unset = UNSET,
    sort: MeetingSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["upcoming"] = upcoming

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, MeetingStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/me/meetings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOutMeetingOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageOutMeetingOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[PageOutMeetingOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    upcoming: bool | Unset = False,
    status: MeetingStatus | None | Unset = UNSET,
    sort: MeetingSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutMeetingOut | Problem]:
    """List My Meetings

     Meetings of the boards you are an active member of, and of the governance boards
    they advise, as your calendar feed has them; ordered and paged as a board's list.

    Args:
        upcoming (bool | Unset): Only meetings that have not started. Default: False.
        status (MeetingStatus | None | Unset):
        sort (MeetingSort | Unset): Meeting lists run by start time; the ID breaks ties, so paging
            is exact.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor, with the same sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutMeetingOut | Problem]
    """

    kwargs = _get_kwargs(
        upcoming=upcoming,
        status=status,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    upcoming: bool | Unset = False,
    status: MeetingStatus | None | Unset = UNSET,
    sort: MeetingSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutMeetingOut | Problem | None:
    """List My Meetings

     Meetings of the boards you are an active member of, and of the governance boards
    they advise, as your calendar feed has them; ordered and paged as a board's list.

    Args:
        upcoming (bool | Unset): Only meetings that have not started. Default: False.
        status (MeetingStatus | None | Unset):
        sort (MeetingSort | Unset): Meeting lists run by start time; the ID breaks ties, so paging
            is exact.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor, with the same sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutMeetingOut | Problem
    """

    return sync_detailed(
        client=client,
        upcoming=upcoming,
        status=status,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    upcoming: bool | Unset = False,
    status: MeetingStatus | None | Unset = UNSET,
    sort: MeetingSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutMeetingOut | Problem]:
    """List My Meetings

     Meetings of the boards you are an active member of, and of the governance boards
    they advise, as your calendar feed has them; ordered and paged as a board's list.

    Args:
        upcoming (bool | Unset): Only meetings that have not started. Default: False.
        status (MeetingStatus | None | Unset):
        sort (MeetingSort | Unset): Meeting lists run by start time; the ID breaks ties, so paging
            is exact.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor, with the same sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutMeetingOut | Problem]
    """

    kwargs = _get_kwargs(
        upcoming=upcoming,
        status=status,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    upcoming: bool | Unset = False,
    status: MeetingStatus | None | Unset = UNSET,
    sort: MeetingSort | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutMeetingOut | Problem | None:
    """List My Meetings

     Meetings of the boards you are an active member of, and of the governance boards
    they advise, as your calendar feed has them; ordered and paged as a board's list.

    Args:
        upcoming (bool | Unset): Only meetings that have not started. Default: False.
        status (MeetingStatus | None | Unset):
        sort (MeetingSort | Unset): Meeting lists run by start time; the ID breaks ties, so paging
            is exact.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor, with the same sort.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutMeetingOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            upcoming=upcoming,
            status=status,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
