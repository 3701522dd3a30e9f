import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    board_id: UUID,
    *,
    starts_on: datetime.date | None | Unset = UNSET,
    ends_on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_starts_on: None | str | Unset
    if isinstance(starts_on, Unset):
        json_starts_on = UNSET
    elif isinstance(starts_on, datetime.date):
        json_starts_on = starts_on.isoformat()
    else:
        json_starts_on = starts_on
    params["startsOn"] = json_starts_on

    json_ends_on: None | str | Unset
    if isinstance(ends_on, Unset):
        json_ends_on = UNSET
    elif isinstance(ends_on, datetime.date):
        json_ends_on = ends_on.isoformat()
    else:
        json_ends_on = ends_on
    params["endsOn"] = json_ends_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/boards/{board_id}/papers/report.csv".format(
            board_id=quote(str(board_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
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
    starts_on: datetime.date | None | Unset = UNSET,
    ends_on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | str]:
    """Papers Report Csv

     The same report, one row per paper the caller may read, for spreadsheets.

    Args:
        board_id (UUID):
        starts_on (datetime.date | None | Unset): Default: a year before today (or before endsOn).
        ends_on (datetime.date | None | Unset): Default: 90 days after today (or after startsOn,
            if later), so meetings ahead are in the report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        starts_on=starts_on,
        ends_on=ends_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    starts_on: datetime.date | None | Unset = UNSET,
    ends_on: datetime.date | None | Unset = UNSET,
) -> Problem | str | None:
    """Papers Report Csv

     The same report, one row per paper the caller may read, for spreadsheets.

    Args:
        board_id (UUID):
        starts_on (datetime.date | None | Unset): Default: a year before today (or before endsOn).
        ends_on (datetime.date | None | Unset): Default: 90 days after today (or after startsOn,
            if later), so meetings ahead are in the report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        board_id=board_id,
        client=client,
        starts_on=starts_on,
        ends_on=ends_on,
    ).parsed


async def asyncio_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    starts_on: datetime.date | None | Unset = UNSET,
    ends_on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | str]:
    """Papers Report Csv

     The same report, one row per paper the caller may read, for spreadsheets.

    Args:
        board_id (UUID):
        starts_on (datetime.date | None | Unset): Default: a year before today (or before endsOn).
        ends_on (datetime.date | None | Unset): Default: 90 days after today (or after startsOn,
            if later), so meetings ahead are in the report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        starts_on=starts_on,
        ends_on=ends_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    starts_on: datetime.date | None | Unset = UNSET,
    ends_on: datetime.date | None | Unset = UNSET,
) -> Problem | str | None:
    """Papers Report Csv

     The same report, one row per paper the caller may read, for spreadsheets.

    Args:
        board_id (UUID):
        starts_on (datetime.date | None | Unset): Default: a year before today (or before endsOn).
        ends_on (datetime.date | None | Unset): Default: 90 days after today (or after startsOn,
            if later), so meetings ahead are in the report.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            starts_on=starts_on,
            ends_on=ends_on,
        )
    ).parsed
