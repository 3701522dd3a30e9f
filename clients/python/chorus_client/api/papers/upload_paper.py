from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paper_out import PaperOut
from ...models.problem import Problem
from ...models.upload_paper_paper_create import UploadPaperPaperCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    meeting_id: UUID,
    *,
    body: UploadPaperPaperCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/meetings/{meeting_id}/papers".format(
            meeting_id=quote(str(meeting_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaperOut | Problem | None:
    if response.status_code == 201:
        response_201 = PaperOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaperOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadPaperPaperCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[PaperOut | Problem]:
    """Upload Paper

     Add a paper to a meeting. The file streams to storage as it arrives, with no
    database connection held; one over the configured limit is refused with 413 and
    nothing of it is kept.

    Args:
        meeting_id (UUID):
        idempotency_key (str | Unset):
        body (UploadPaperPaperCreate): The fields of the multipart upload, besides the file
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaperOut | Problem]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadPaperPaperCreate,
    idempotency_key: str | Unset = UNSET,
) -> PaperOut | Problem | None:
    """Upload Paper

     Add a paper to a meeting. The file streams to storage as it arrives, with no
    database connection held; one over the configured limit is refused with 413 and
    nothing of it is kept.

    Args:
        meeting_id (UUID):
        idempotency_key (str | Unset):
        body (UploadPaperPaperCreate): The fields of the multipart upload, besides the file
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaperOut | Problem
    """

    return sync_detailed(
        meeting_id=meeting_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadPaperPaperCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[PaperOut | Problem]:
    """Upload Paper

     Add a paper to a meeting. The file streams to storage as it arrives, with no
    database connection held; one over the configured limit is refused with 413 and
    nothing of it is kept.

    Args:
        meeting_id (UUID):
        idempotency_key (str | Unset):
        body (UploadPaperPaperCreate): The fields of the multipart upload, besides the file
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaperOut | Problem]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meeting_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UploadPaperPaperCreate,
    idempotency_key: str | Unset = UNSET,
) -> PaperOut | Problem | None:
    """Upload Paper

     Add a paper to a meeting. The file streams to storage as it arrives, with no
    database connection held; one over the configured limit is refused with 413 and
    nothing of it is kept.

    Args:
        meeting_id (UUID):
        idempotency_key (str | Unset):
        body (UploadPaperPaperCreate): The fields of the multipart upload, besides the file
            itself.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaperOut | Problem
    """

    return (
        await asyncio_detailed(
            meeting_id=meeting_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
