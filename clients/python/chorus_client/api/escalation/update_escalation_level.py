from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.escalation_level_out import EscalationLevelOut
from ...models.escalation_level_update import EscalationLevelUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    level_id: UUID,
    *,
    body: EscalationLevelUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/escalation-levels/{level_id}".format(
            level_id=quote(str(level_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EscalationLevelOut | Problem | None:
    if response.status_code == 200:
        response_200 = EscalationLevelOut.from_dict(response.json())

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
) -> Response[EscalationLevelOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    level_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EscalationLevelUpdate,
    if_match: None | str,
) -> Response[EscalationLevelOut | Problem]:
    """Update Escalation Level

     Applies to moves from now on; items at the level keep the time they were given.
    Send the level's ETag as `If-Match`: two coordinators editing it at once must not
    silently undo each other's change of owner or response time.

    Args:
        level_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (EscalationLevelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EscalationLevelOut | Problem]
    """

    kwargs = _get_kwargs(
        level_id=level_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    level_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EscalationLevelUpdate,
    if_match: None | str,
) -> EscalationLevelOut | Problem | None:
    """Update Escalation Level

     Applies to moves from now on; items at the level keep the time they were given.
    Send the level's ETag as `If-Match`: two coordinators editing it at once must not
    silently undo each other's change of owner or response time.

    Args:
        level_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (EscalationLevelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EscalationLevelOut | Problem
    """

    return sync_detailed(
        level_id=level_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    level_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EscalationLevelUpdate,
    if_match: None | str,
) -> Response[EscalationLevelOut | Problem]:
    """Update Escalation Level

     Applies to moves from now on; items at the level keep the time they were given.
    Send the level's ETag as `If-Match`: two coordinators editing it at once must not
    silently undo each other's change of owner or response time.

    Args:
        level_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (EscalationLevelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EscalationLevelOut | Problem]
    """

    kwargs = _get_kwargs(
        level_id=level_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    level_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EscalationLevelUpdate,
    if_match: None | str,
) -> EscalationLevelOut | Problem | None:
    """Update Escalation Level

     Applies to moves from now on; items at the level keep the time they were given.
    Send the level's ETag as `If-Match`: two coordinators editing it at once must not
    silently undo each other's change of owner or response time.

    Args:
        level_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (EscalationLevelUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EscalationLevelOut | Problem
    """

    return (
        await asyncio_detailed(
            level_id=level_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
