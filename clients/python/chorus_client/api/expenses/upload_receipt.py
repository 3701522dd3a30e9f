from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.receipt_out import ReceiptOut
from ...models.upload_receipt_receipt_fields import UploadReceiptReceiptFields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    claim_id: UUID,
    *,
    body: UploadReceiptReceiptFields,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/expense-claims/{claim_id}/receipts".format(
            claim_id=quote(str(claim_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReceiptOut | None:
    if response.status_code == 201:
        response_201 = ReceiptOut.from_dict(response.json())

        return response_201

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | ReceiptOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    claim_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadReceiptReceiptFields,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ReceiptOut]:
    """Upload Receipt

     Multipart upload, at most 10 MB. The claim is checked (404, 403, 409) before any of
    the file is read; the file then streams to storage with no database connection held.
    The type is read from the file's first bytes, not its name. A file already on another
    live claim is kept but flagged `duplicate`.

    Args:
        claim_id (UUID):
        idempotency_key (str | Unset):
        body (UploadReceiptReceiptFields): The multipart form's text fields; the file goes in the
            part named ``file``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptOut]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    claim_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadReceiptReceiptFields,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ReceiptOut | None:
    """Upload Receipt

     Multipart upload, at most 10 MB. The claim is checked (404, 403, 409) before any of
    the file is read; the file then streams to storage with no database connection held.
    The type is read from the file's first bytes, not its name. A file already on another
    live claim is kept but flagged `duplicate`.

    Args:
        claim_id (UUID):
        idempotency_key (str | Unset):
        body (UploadReceiptReceiptFields): The multipart form's text fields; the file goes in the
            part named ``file``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptOut
    """

    return sync_detailed(
        claim_id=claim_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    claim_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadReceiptReceiptFields,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ReceiptOut]:
    """Upload Receipt

     Multipart upload, at most 10 MB. The claim is checked (404, 403, 409) before any of
    the file is read; the file then streams to storage with no database connection held.
    The type is read from the file's first bytes, not its name. A file already on another
    live claim is kept but flagged `duplicate`.

    Args:
        claim_id (UUID):
        idempotency_key (str | Unset):
        body (UploadReceiptReceiptFields): The multipart form's text fields; the file goes in the
            part named ``file``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptOut]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    claim_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadReceiptReceiptFields,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ReceiptOut | None:
    """Upload Receipt

     Multipart upload, at most 10 MB. The claim is checked (404, 403, 409) before any of
    the file is read; the file then streams to storage with no database connection held.
    The type is read from the file's first bytes, not its name. A file already on another
    live claim is kept but flagged `duplicate`.

    Args:
        claim_id (UUID):
        idempotency_key (str | Unset):
        body (UploadReceiptReceiptFields): The multipart form's text fields; the file goes in the
            part named ``file``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptOut
    """

    return (
        await asyncio_detailed(
            claim_id=claim_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
