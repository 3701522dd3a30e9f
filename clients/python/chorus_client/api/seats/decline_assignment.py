from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decline_out import DeclineOut
from ...models.decline_request import DeclineRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assignment_id: UUID,
    *,
    body: DeclineRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assignments/{assignment_id}/decline".format(
            assignment_id=quote(str(assignment_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeclineOut | Problem | None:
    if response.status_code == 200:
        response_200 = DeclineOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeclineOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assignment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeclineRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeclineOut | Problem]:
    """Decline Assignment

     Decline before the meeting. A named `substitutePersonId` takes the seat; otherwise a
    rotating seat is re-planned from this meeting to the end of the rota (turns stay within
    one), and a fixed seat goes to the rotation pool only if the board's seat settings say
    so. The decliner keeps their priority (a decline is not a turn).

    Args:
        assignment_id (UUID):
        idempotency_key (str | Unset):
        body (DeclineRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclineOut | Problem]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assignment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeclineRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DeclineOut | Problem | None:
    """Decline Assignment

     Decline before the meeting. A named `substitutePersonId` takes the seat; otherwise a
    rotating seat is re-planned from this meeting to the end of the rota (turns stay within
    one), and a fixed seat goes to the rotation pool only if the board's seat settings say
    so. The decliner keeps their priority (a decline is not a turn).

    Args:
        assignment_id (UUID):
        idempotency_key (str | Unset):
        body (DeclineRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclineOut | Problem
    """

    return sync_detailed(
        assignment_id=assignment_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    assignment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeclineRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeclineOut | Problem]:
    """Decline Assignment

     Decline before the meeting. A named `substitutePersonId` takes the seat; otherwise a
    rotating seat is re-planned from this meeting to the end of the rota (turns stay within
    one), and a fixed seat goes to the rotation pool only if the board's seat settings say
    so. The decliner keeps their priority (a decline is not a turn).

    Args:
        assignment_id (UUID):
        idempotency_key (str | Unset):
        body (DeclineRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclineOut | Problem]
    """

    kwargs = _get_kwargs(
        assignment_id=assignment_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assignment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeclineRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DeclineOut | Problem | None:
    """Decline Assignment

     Decline before the meeting. A named `substitutePersonId` takes the seat; otherwise a
    rotating seat is re-planned from this meeting to the end of the rota (turns stay within
    one), and a fixed seat goes to the rotation pool only if the board's seat settings say
    so. The decliner keeps their priority (a decline is not a turn).

    Args:
        assignment_id (UUID):
        idempotency_key (str | Unset):
        body (DeclineRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclineOut | Problem
    """

    return (
        await asyncio_detailed(
            assignment_id=assignment_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
