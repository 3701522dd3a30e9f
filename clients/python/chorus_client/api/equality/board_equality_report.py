import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.equality_report_out import EqualityReportOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    board_id: UUID,
    *,
    as_of: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["asOf"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/boards/{board_id}/equality-report".format(
            board_id=quote(str(board_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EqualityReportOut | Problem | None:
    if response.status_code == 200:
        response_200 = EqualityReportOut.from_dict(response.json())

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
) -> Response[EqualityReportOut | Problem]:
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
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[EqualityReportOut | Problem]:
    """Board Equality Report

     The board's members' answers beside the population's make-up: current members, or
    those whose membership was active on `asOf`. Counts under the organisation's
    smallCountThreshold are null, and so are others where needed so that none can be
    worked out (coordinators, administrators).

    Args:
        board_id (UUID):
        as_of (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EqualityReportOut | Problem]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> EqualityReportOut | Problem | None:
    """Board Equality Report

     The board's members' answers beside the population's make-up: current members, or
    those whose membership was active on `asOf`. Counts under the organisation's
    smallCountThreshold are null, and so are others where needed so that none can be
    worked out (coordinators, administrators).

    Args:
        board_id (UUID):
        as_of (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EqualityReportOut | Problem
    """

    return sync_detailed(
        board_id=board_id,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[EqualityReportOut | Problem]:
    """Board Equality Report

     The board's members' answers beside the population's make-up: current members, or
    those whose membership was active on `asOf`. Counts under the organisation's
    smallCountThreshold are null, and so are others where needed so that none can be
    worked out (coordinators, administrators).

    Args:
        board_id (UUID):
        as_of (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EqualityReportOut | Problem]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> EqualityReportOut | Problem | None:
    """Board Equality Report

     The board's members' answers beside the population's make-up: current members, or
    those whose membership was active on `asOf`. Counts under the organisation's
    smallCountThreshold are null, and so are others where needed so that none can be
    worked out (coordinators, administrators).

    Args:
        board_id (UUID):
        as_of (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EqualityReportOut | Problem
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            as_of=as_of,
        )
    ).parsed
