import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_out_expert_bank_entry_out import PageOutExpertBankEntryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    skill: None | str | Unset = UNSET,
    experience: None | str | Unset = UNSET,
    trained: None | str | Unset = UNSET,
    available_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_skill: None | str | Unset
    if isinstance(skill, Unset):
        json_skill = UNSET
    else:
        json_skill = skill
    params["skill"] = json_skill

    json_experience: None | str | Unset
    if isinstance(experience, Unset):
        json_experience = UNSET
    else:
        json_experience = experience
    params["experience"] = json_experience

    json_trained: None | str | Unset
    if isinstance(trained, Unset):
        json_trained = UNSET
    else:
        json_trained = trained
    params["trained"] = json_trained

    json_available_on: None | str | Unset
    if isinstance(available_on, Unset):
        json_available_on = UNSET
    elif isinstance(available_on, datetime.date):
        json_available_on = available_on.isoformat()
    else:
        json_available_on = available_on
    params["availableOn"] = json_available_on

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
        "url": "/api/v1/expert-bank",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOutExpertBankEntryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageOutExpertBankEntryOut.from_dict(response.json())

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
) -> Response[PageOutExpertBankEntryOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skill: None | str | Unset = UNSET,
    experience: None | str | Unset = UNSET,
    trained: None | str | Unset = UNSET,
    available_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutExpertBankEntryOut | Problem]:
    """Search Expert Bank

     Coordinators search the bank, oldest entry first; filters combine.

    Args:
        skill (None | str | Unset):
        experience (None | str | Unset):
        trained (None | str | Unset): A training type, current (not expired).
        available_on (datetime.date | None | Unset): Free that day.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutExpertBankEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        skill=skill,
        experience=experience,
        trained=trained,
        available_on=available_on,
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
    skill: None | str | Unset = UNSET,
    experience: None | str | Unset = UNSET,
    trained: None | str | Unset = UNSET,
    available_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutExpertBankEntryOut | Problem | None:
    """Search Expert Bank

     Coordinators search the bank, oldest entry first; filters combine.

    Args:
        skill (None | str | Unset):
        experience (None | str | Unset):
        trained (None | str | Unset): A training type, current (not expired).
        available_on (datetime.date | None | Unset): Free that day.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutExpertBankEntryOut | Problem
    """

    return sync_detailed(
        client=client,
        skill=skill,
        experience=experience,
        trained=trained,
        available_on=available_on,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    skill: None | str | Unset = UNSET,
    experience: None | str | Unset = UNSET,
    trained: None | str | Unset = UNSET,
    available_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOutExpertBankEntryOut | Problem]:
    """Search Expert Bank

     Coordinators search the bank, oldest entry first; filters combine.

    Args:
        skill (None | str | Unset):
        experience (None | str | Unset):
        trained (None | str | Unset): A training type, current (not expired).
        available_on (datetime.date | None | Unset): Free that day.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOutExpertBankEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        skill=skill,
        experience=experience,
        trained=trained,
        available_on=available_on,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    skill: None | str | Unset = UNSET,
    experience: None | str | Unset = UNSET,
    trained: None | str | Unset = UNSET,
    available_on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOutExpertBankEntryOut | Problem | None:
    """Search Expert Bank

     Coordinators search the bank, oldest entry first; filters combine.

    Args:
        skill (None | str | Unset):
        experience (None | str | Unset):
        trained (None | str | Unset): A training type, current (not expired).
        available_on (datetime.date | None | Unset): Free that day.
        limit (int | Unset): Page size. Default: 50.
        cursor (None | str | Unset): From the last page's nextCursor.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOutExpertBankEntryOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            skill=skill,
            experience=experience,
            trained=trained,
            available_on=available_on,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
