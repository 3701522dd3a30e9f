import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_status import ClaimStatus
from ...models.group_by import GroupBy
from ...models.problem import Problem
from ...models.total_out import TotalOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: list[GroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    status: list[ClaimStatus] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item = group_by_item_data.value
            json_group_by.append(group_by_item)

    params["groupBy"] = json_group_by

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/expense-totals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[TotalOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TotalOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[TotalOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: list[GroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    status: list[ClaimStatus] | None | Unset = UNSET,
) -> Response[Problem | list[TotalOut]]:
    """Totals

     Finance: allowed amounts with expenses and involvement payments apart, by the
    lines' expense dates. A line counts towards its meeting's board, else the claim's.

    Args:
        group_by (list[GroupBy] | Unset): Repeat to combine: person, board, and month or tax_year.
        from_ (datetime.date | None | Unset): First expense date.
        to (datetime.date | None | Unset): Last expense date.
        status (list[ClaimStatus] | None | Unset): Claims counted (repeatable); default approved,
            in_payment_run, paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TotalOut]]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        from_=from_,
        to=to,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_by: list[GroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    status: list[ClaimStatus] | None | Unset = UNSET,
) -> Problem | list[TotalOut] | None:
    """Totals

     Finance: allowed amounts with expenses and involvement payments apart, by the
    lines' expense dates. A line counts towards its meeting's board, else the claim's.

    Args:
        group_by (list[GroupBy] | Unset): Repeat to combine: person, board, and month or tax_year.
        from_ (datetime.date | None | Unset): First expense date.
        to (datetime.date | None | Unset): Last expense date.
        status (list[ClaimStatus] | None | Unset): Claims counted (repeatable); default approved,
            in_payment_run, paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TotalOut]
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        from_=from_,
        to=to,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: list[GroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    status: list[ClaimStatus] | None | Unset = UNSET,
) -> Response[Problem | list[TotalOut]]:
    """Totals

     Finance: allowed amounts with expenses and involvement payments apart, by the
    lines' expense dates. A line counts towards its meeting's board, else the claim's.

    Args:
        group_by (list[GroupBy] | Unset): Repeat to combine: person, board, and month or tax_year.
        from_ (datetime.date | None | Unset): First expense date.
        to (datetime.date | None | Unset): Last expense date.
        status (list[ClaimStatus] | None | Unset): Claims counted (repeatable); default approved,
            in_payment_run, paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TotalOut]]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        from_=from_,
        to=to,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: list[GroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    status: list[ClaimStatus] | None | Unset = UNSET,
) -> Problem | list[TotalOut] | None:
    """Totals

     Finance: allowed amounts with expenses and involvement payments apart, by the
    lines' expense dates. A line counts towards its meeting's board, else the claim's.

    Args:
        group_by (list[GroupBy] | Unset): Repeat to combine: person, board, and month or tax_year.
        from_ (datetime.date | None | Unset): First expense date.
        to (datetime.date | None | Unset): Last expense date.
        status (list[ClaimStatus] | None | Unset): Claims counted (repeatable); default approved,
            in_payment_run, paid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TotalOut]
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            from_=from_,
            to=to,
            status=status,
        )
    ).parsed
