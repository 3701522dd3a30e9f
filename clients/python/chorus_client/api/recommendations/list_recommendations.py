from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_out_union_recommendation_internal_recommendation_public import (
    PageOutUnionRecommendationInternalRecommendationPublic,
)
from ...models.problem import Problem
from ...models.recommendation_status import RecommendationStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    board_id: UUID,
    *,
    status: None | RecommendationStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, RecommendationStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

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
        "url": "/api/v1/boards/{board_id}/recommendations".format(
            board_id=quote(str(board_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOutUnionRecommendationInternalRecommendationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageOutUnionRecommendationInternalRecommendationPublic.from_dict(response.json())

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
) -> Response[PageOutUnionRecommendationInternalRecommendationPublic | Problem]:
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
    status: None | RecommendationStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutUnionRecommendationInternalRecommendationPublic | Problem]:
    """List Recommendations

     Recommendations the board made (advisory) or received (governance). Drafts only for
    the board's members and staff.

    Args:
        board_id (UUID):
        status (None | RecommendationStatus | Unset):
        overdue (bool | None | Unset): true: only those awaiting a response after their due date.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutUnionRecommendationInternalRecommendationPublic | Problem]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        status=status,
        overdue=overdue,
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
    status: None | RecommendationStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutUnionRecommendationInternalRecommendationPublic | Problem | None:
    """List Recommendations

     Recommendations the board made (advisory) or received (governance). Drafts only for
    the board's members and staff.

    Args:
        board_id (UUID):
        status (None | RecommendationStatus | Unset):
        overdue (bool | None | Unset): true: only those awaiting a response after their due date.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutUnionRecommendationInternalRecommendationPublic | Problem
    """

    return sync_detailed(
        board_id=board_id,
        client=client,
        status=status,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    status: None | RecommendationStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutUnionRecommendationInternalRecommendationPublic | Problem]:
    """List Recommendations

     Recommendations the board made (advisory) or received (governance). Drafts only for
    the board's members and staff.

    Args:
        board_id (UUID):
        status (None | RecommendationStatus | Unset):
        overdue (bool | None | Unset): true: only those awaiting a response after their due date.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutUnionRecommendationInternalRecommendationPublic | Problem]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        status=status,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    status: None | RecommendationStatus | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutUnionRecommendationInternalRecommendationPublic | Problem | None:
    """List Recommendations

     Recommendations the board made (advisory) or received (governance). Drafts only for
    the board's members and staff.

    Args:
        board_id (UUID):
        status (None | RecommendationStatus | Unset):
        overdue (bool | None | Unset): true: only those awaiting a response after their due date.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutUnionRecommendationInternalRecommendationPublic | Problem
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            status=status,
            overdue=overdue,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
