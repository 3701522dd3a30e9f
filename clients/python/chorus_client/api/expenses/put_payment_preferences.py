from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_preferences_input import PaymentPreferencesInput
from ...models.payment_preferences_out import PaymentPreferencesOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_id: UUID,
    *,
    body: PaymentPreferencesInput,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/people/{person_id}/payment-preferences".format(
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentPreferencesOut | Problem | None:
    if response.status_code == 200:
        response_200 = PaymentPreferencesOut.from_dict(response.json())

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
) -> Response[PaymentPreferencesOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PaymentPreferencesInput,
    if_match: None | str | Unset = UNSET,
) -> Response[PaymentPreferencesOut | Problem]:
    """Put Payment Preferences

     The person, a coordinator or finance. Declining takes effect at once: an involvement
    payment line is refused at submission and never paid. `involvementCapPence` takes a
    lower rate than the policy's (drafts are judged again at once). Only finance sets
    `payeeReference` and `payeeName` (the name the payment-run CSV pays); leave any of these
    three out to keep it.

    Args:
        person_id (UUID):
        if_match (None | str | Unset): Needed to change preferences already set.
        body (PaymentPreferencesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PaymentPreferencesInput,
    if_match: None | str | Unset = UNSET,
) -> PaymentPreferencesOut | Problem | None:
    """Put Payment Preferences

     The person, a coordinator or finance. Declining takes effect at once: an involvement
    payment line is refused at submission and never paid. `involvementCapPence` takes a
    lower rate than the policy's (drafts are judged again at once). Only finance sets
    `payeeReference` and `payeeName` (the name the payment-run CSV pays); leave any of these
    three out to keep it.

    Args:
        person_id (UUID):
        if_match (None | str | Unset): Needed to change preferences already set.
        body (PaymentPreferencesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPreferencesOut | Problem
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PaymentPreferencesInput,
    if_match: None | str | Unset = UNSET,
) -> Response[PaymentPreferencesOut | Problem]:
    """Put Payment Preferences

     The person, a coordinator or finance. Declining takes effect at once: an involvement
    payment line is refused at submission and never paid. `involvementCapPence` takes a
    lower rate than the policy's (drafts are judged again at once). Only finance sets
    `payeeReference` and `payeeName` (the name the payment-run CSV pays); leave any of these
    three out to keep it.

    Args:
        person_id (UUID):
        if_match (None | str | Unset): Needed to change preferences already set.
        body (PaymentPreferencesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PaymentPreferencesInput,
    if_match: None | str | Unset = UNSET,
) -> PaymentPreferencesOut | Problem | None:
    """Put Payment Preferences

     The person, a coordinator or finance. Declining takes effect at once: an involvement
    payment line is refused at submission and never paid. `involvementCapPence` takes a
    lower rate than the policy's (drafts are judged again at once). Only finance sets
    `payeeReference` and `payeeName` (the name the payment-run CSV pays); leave any of these
    three out to keep it.

    Args:
        person_id (UUID):
        if_match (None | str | Unset): Needed to change preferences already set.
        body (PaymentPreferencesInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPreferencesOut | Problem
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
