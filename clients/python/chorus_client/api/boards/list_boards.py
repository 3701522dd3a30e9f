from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.board_kind import BoardKind
from ...models.page_out_board_out import PageOutBoardOut
from ...models.page_out_board_with_memberships import PageOutBoardWithMemberships
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: BoardKind | None | Unset = UNSET,
    expand: Literal["memberships"] | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, BoardKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_expand: Literal["memberships"] | None | Unset
    if isinstance(expand, Unset):
        json_expand = UNSET
    else:
        json_expand = expand
    params["expand"] = json_expand

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
        "url": "/api/v1/boards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOutBoardOut | PageOutBoardWithMemberships | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PageOutBoardOut | PageOutBoardWithMemberships:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PageOutBoardWithMemberships.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PageOutBoardOut.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[PageOutBoardOut | PageOutBoardWithMemberships | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: BoardKind | None | Unset = UNSET,
    expand: Literal["memberships"] | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutBoardOut | PageOutBoardWithMemberships | Problem]:
    """List Boards

    Args:
        kind (BoardKind | None | Unset): Only boards of this kind.
        expand (Literal['memberships'] | None | Unset): `memberships` embeds each board's
            memberships and their people.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutBoardOut | PageOutBoardWithMemberships | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        expand=expand,
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
    kind: BoardKind | None | Unset = UNSET,
    expand: Literal["memberships"] | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutBoardOut | PageOutBoardWithMemberships | Problem | None:
    """List Boards

    Args:
        kind (BoardKind | None | Unset): Only boards of this kind.
        expand (Literal['memberships'] | None | Unset): `memberships` embeds each board's
            memberships and their people.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutBoardOut | PageOutBoardWithMemberships | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        expand=expand,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: BoardKind | None | Unset = UNSET,
    expand: Literal["memberships"] | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutBoardOut | PageOutBoardWithMemberships | Problem]:
    """List Boards

    Args:
        kind (BoardKind | None | Unset): Only boards of this kind.
        expand (Literal['memberships'] | None | Unset): `memberships` embeds each board's
            memberships and their people.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutBoardOut | PageOutBoardWithMemberships | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        expand=expand,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: BoardKind | None | Unset = UNSET,
    expand: Literal["memberships"] | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutBoardOut | PageOutBoardWithMemberships | Problem | None:
    """List Boards

    Args:
        kind (BoardKind | None | Unset): Only boards of this kind.
        expand (Literal['memberships'] | None | Unset): `memberships` embeds each board's
            memberships and their people.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutBoardOut | PageOutBoardWithMemberships | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            expand=expand,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
