from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expense_item_update import ExpenseItemUpdate
from ...models.item_out import ItemOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    claim_id: UUID,
    item_id: UUID,
    *,
    body: ExpenseItemUpdate,
    if_match: None | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/expense-claims/{claim_id}/items/{item_id}".format(
            claim_id=quote(str(claim_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ItemOut | Problem | None:
    if response.status_code == 200:
        response_200 = ItemOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ItemOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    claim_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemUpdate,
    if_match: None | str,
) -> Response[ItemOut | Problem]:
    """Update Item

     `If-Match` carries the claim's ETag (a line's allowance depends on the others), and
    `ETag` answers with the claim's new one.

    Args:
        claim_id (UUID):
        item_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ExpenseItemUpdate): Fields sent replace the line's; the result must still be a valid
            line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemOut | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        item_id=item_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    claim_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemUpdate,
    if_match: None | str,
) -> ItemOut | Problem | None:
    """Update Item

     `If-Match` carries the claim's ETag (a line's allowance depends on the others), and
    `ETag` answers with the claim's new one.

    Args:
        claim_id (UUID):
        item_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ExpenseItemUpdate): Fields sent replace the line's; the result must still be a valid
            line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemOut | Problem
    """

    return sync_detailed(
        claim_id=claim_id,
        item_id=item_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    claim_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemUpdate,
    if_match: None | str,
) -> Response[ItemOut | Problem]:
    """Update Item

     `If-Match` carries the claim's ETag (a line's allowance depends on the others), and
    `ETag` answers with the claim's new one.

    Args:
        claim_id (UUID):
        item_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ExpenseItemUpdate): Fields sent replace the line's; the result must still be a valid
            line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemOut | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        item_id=item_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    claim_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemUpdate,
    if_match: None | str,
) -> ItemOut | Problem | None:
    """Update Item

     `If-Match` carries the claim's ETag (a line's allowance depends on the others), and
    `ETag` answers with the claim's new one.

    Args:
        claim_id (UUID):
        item_id (UUID):
        if_match (None | str): The ETag from your last read, for example "3"; a list ("3", "4")
            matches any of them, `*` any current version. Weak ETags never match.
        body (ExpenseItemUpdate): Fields sent replace the line's; the result must still be a valid
            line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemOut | Problem
    """

    return (
        await asyncio_detailed(
            claim_id=claim_id,
            item_id=item_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
