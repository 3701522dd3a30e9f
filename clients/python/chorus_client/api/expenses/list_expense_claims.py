from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_status import ClaimStatus
from ...models.page_out_claim_summary_out import PageOutClaimSummaryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ClaimStatus | None | Unset = UNSET,
    person_id: None | Unset | UUID = UNSET,
    board_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ClaimStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_person_id: None | str | Unset
    if isinstance(person_id, Unset):
        json_person_id = UNSET
    elif isinstance(person_id, UUID):
        json_person_id = str(person_id)
    else:
        json_person_id = person_id
    params["personId"] = json_person_id

    json_board_id: None | str | Unset
    if isinstance(board_id, Unset):
        json_board_id = UNSET
    elif isinstance(board_id, UUID):
        json_board_id = str(board_id)
    else:
        json_board_id = board_id
    params["boardId"] = json_board_id

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
        "url": "/api/v1/expense-claims",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOutClaimSummaryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageOutClaimSummaryOut.from_dict(response.json())

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
) -> Response[PageOutClaimSummaryOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ClaimStatus | None | Unset = UNSET,
    person_id: None | Unset | UUID = UNSET,
    board_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutClaimSummaryOut | Problem]:
    """List Claims

     Your own claims; coordinators and finance see everyone's.

    Args:
        status (ClaimStatus | None | Unset):
        person_id (None | Unset | UUID):
        board_id (None | Unset | UUID):
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutClaimSummaryOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        person_id=person_id,
        board_id=board_id,
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
    status: ClaimStatus | None | Unset = UNSET,
    person_id: None | Unset | UUID = UNSET,
    board_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutClaimSummaryOut | Problem | None:
    """List Claims

     Your own claims; coordinators and finance see everyone's.

    Args:
        status (ClaimStatus | None | Unset):
        person_id (None | Unset | UUID):
        board_id (None | Unset | UUID):
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutClaimSummaryOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        person_id=person_id,
        board_id=board_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ClaimStatus | None | Unset = UNSET,
    person_id: None | Unset | UUID = UNSET,
    board_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutClaimSummaryOut | Problem]:
    """List Claims

     Your own claims; coordinators and finance see everyone's.

    Args:
        status (ClaimStatus | None | Unset):
        person_id (None | Unset | UUID):
        board_id (None | Unset | UUID):
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutClaimSummaryOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        person_id=person_id,
        board_id=board_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ClaimStatus | None | Unset = UNSET,
    person_id: None | Unset | UUID = UNSET,
    board_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutClaimSummaryOut | Problem | None:
    """List Claims

     Your own claims; coordinators and finance see everyone's.

    Args:
        status (ClaimStatus | None | Unset):
        person_id (None | Unset | UUID):
        board_id (None | Unset | UUID):
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutClaimSummaryOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            person_id=person_id,
            board_id=board_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
