from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.population_figures_out import PopulationFiguresOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    question_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_question_id: None | str | Unset
    if isinstance(question_id, Unset):
        json_question_id = UNSET
    elif isinstance(question_id, UUID):
        json_question_id = str(question_id)
    else:
        json_question_id = question_id
    params["questionId"] = json_question_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/equality/population-figures",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[PopulationFiguresOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PopulationFiguresOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[PopulationFiguresOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    question_id: None | Unset | UUID = UNSET,
) -> Response[Problem | list[PopulationFiguresOut]]:
    """List Population Figures

     The population figures entered, newest first (coordinators, administrators).

    Args:
        question_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PopulationFiguresOut]]
    """

    kwargs = _get_kwargs(
        question_id=question_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    question_id: None | Unset | UUID = UNSET,
) -> Problem | list[PopulationFiguresOut] | None:
    """List Population Figures

     The population figures entered, newest first (coordinators, administrators).

    Args:
        question_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PopulationFiguresOut]
    """

    return sync_detailed(
        client=client,
        question_id=question_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    question_id: None | Unset | UUID = UNSET,
) -> Response[Problem | list[PopulationFiguresOut]]:
    """List Population Figures

     The population figures entered, newest first (coordinators, administrators).

    Args:
        question_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PopulationFiguresOut]]
    """

    kwargs = _get_kwargs(
        question_id=question_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    question_id: None | Unset | UUID = UNSET,
) -> Problem | list[PopulationFiguresOut] | None:
    """List Population Figures

     The population figures entered, newest first (coordinators, administrators).

    Args:
        question_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PopulationFiguresOut]
    """

    return (
        await asyncio_detailed(
            client=client,
            question_id=question_id,
        )
    ).parsed
