import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.policy_out import PolicyOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/expense-policy",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PolicyOut | Problem | None:
    if response.status_code == 200:
        response_200 = PolicyOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PolicyOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[PolicyOut | Problem]:
    """Get Policy

     The policy in force on a day: mileage rates, caps, receipt thresholds, the claiming
    deadline and involvement payment rates. Built-in defaults until a version is set.

    Args:
        on (datetime.date | None | Unset): The day to look at (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyOut | Problem]
    """

    kwargs = _get_kwargs(
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> PolicyOut | Problem | None:
    """Get Policy

     The policy in force on a day: mileage rates, caps, receipt thresholds, the claiming
    deadline and involvement payment rates. Built-in defaults until a version is set.

    Args:
        on (datetime.date | None | Unset): The day to look at (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyOut | Problem
    """

    return sync_detailed(
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[PolicyOut | Problem]:
    """Get Policy

     The policy in force on a day: mileage rates, caps, receipt thresholds, the claiming
    deadline and involvement payment rates. Built-in defaults until a version is set.

    Args:
        on (datetime.date | None | Unset): The day to look at (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyOut | Problem]
    """

    kwargs = _get_kwargs(
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> PolicyOut | Problem | None:
    """Get Policy

     The policy in force on a day: mileage rates, caps, receipt thresholds, the claiming
    deadline and involvement payment rates. Built-in defaults until a version is set.

    Args:
        on (datetime.date | None | Unset): The day to look at (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            on=on,
        )
    ).parsed
