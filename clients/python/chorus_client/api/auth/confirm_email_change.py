from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted_view import AcceptedView
from ...models.confirm_email import ConfirmEmail
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ConfirmEmail,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/email-change/confirm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AcceptedView | Problem | None:
    if response.status_code == 200:
        response_200 = AcceptedView.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[AcceptedView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmEmail,
) -> Response[AcceptedView | Problem]:
    """Confirm a new sign-in email

     The token from the link sent to the new address when a person's email was changed.
    The new address then becomes the sign-in email, in force for sign-in and messages; until
    now the old one was. A used, revoked or expired token is refused at `/token`; an
    address another person was given meanwhile is 409.

    Args:
        body (ConfirmEmail): The token from the confirmation link sent to the new address (after
            ``#token=``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedView | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmEmail,
) -> AcceptedView | Problem | None:
    """Confirm a new sign-in email

     The token from the link sent to the new address when a person's email was changed.
    The new address then becomes the sign-in email, in force for sign-in and messages; until
    now the old one was. A used, revoked or expired token is refused at `/token`; an
    address another person was given meanwhile is 409.

    Args:
        body (ConfirmEmail): The token from the confirmation link sent to the new address (after
            ``#token=``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedView | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmEmail,
) -> Response[AcceptedView | Problem]:
    """Confirm a new sign-in email

     The token from the link sent to the new address when a person's email was changed.
    The new address then becomes the sign-in email, in force for sign-in and messages; until
    now the old one was. A used, revoked or expired token is refused at `/token`; an
    address another person was given meanwhile is 409.

    Args:
        body (ConfirmEmail): The token from the confirmation link sent to the new address (after
            ``#token=``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedView | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmEmail,
) -> AcceptedView | Problem | None:
    """Confirm a new sign-in email

     The token from the link sent to the new address when a person's email was changed.
    The new address then becomes the sign-in email, in force for sign-in and messages; until
    now the old one was. A used, revoked or expired token is refused at `/token`; an
    address another person was given meanwhile is 409.

    Args:
        body (ConfirmEmail): The token from the confirmation link sent to the new address (after
            ``#token=``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
