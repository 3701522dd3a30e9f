from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.schedule_out import ScheduleOut
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/schedule",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ScheduleOut | None:
    if response.status_code == 200:
        response_200 = ScheduleOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ScheduleOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ScheduleOut]:
    """Get My Schedule

     Your meetings of the next `CHORUS_SCHEDULE_HORIZON_DAYS` days (42 by default), each
    with the seats you hold and the papers circulated to you and where you are with them;
    your open actions; and your claims waiting on you (drafts, and returned ones with the
    query). One call, a fixed number of statements. 403 for an API client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScheduleOut]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | ScheduleOut | None:
    """Get My Schedule

     Your meetings of the next `CHORUS_SCHEDULE_HORIZON_DAYS` days (42 by default), each
    with the seats you hold and the papers circulated to you and where you are with them;
    your open actions; and your claims waiting on you (drafts, and returned ones with the
    query). One call, a fixed number of statements. 403 for an API client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScheduleOut
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ScheduleOut]:
    """Get My Schedule

     Your meetings of the next `CHORUS_SCHEDULE_HORIZON_DAYS` days (42 by default), each
    with the seats you hold and the papers circulated to you and where you are with them;
    your open actions; and your claims waiting on you (drafts, and returned ones with the
    query). One call, a fixed number of statements. 403 for an API client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScheduleOut]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | ScheduleOut | None:
    """Get My Schedule

     Your meetings of the next `CHORUS_SCHEDULE_HORIZON_DAYS` days (42 by default), each
    with the seats you hold and the papers circulated to you and where you are with them;
    your open actions; and your claims waiting on you (drafts, and returned ones with the
    query). One call, a fixed number of statements. 403 for an API client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScheduleOut
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
