from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_paper_version_version_create import AddPaperVersionVersionCreate
from ...models.problem import Problem
from ...models.version_out import VersionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    paper_id: UUID,
    *,
    body: AddPaperVersionVersionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/papers/{paper_id}/versions".format(
            paper_id=quote(str(paper_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VersionOut | None:
    if response.status_code == 201:
        response_201 = VersionOut.from_dict(response.json())

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
) -> Response[Problem | VersionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPaperVersionVersionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | VersionOut]:
    """Add Version

     A new file for the paper. If the paper was circulated, everyone who had it gets the
    new version (event `paper.circulated` with `revision: true`) and sees it as changed.

    Args:
        paper_id (UUID):
        idempotency_key (str | Unset):
        body (AddPaperVersionVersionCreate): A replacement file. Recipients of a circulated paper
            see the change note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionOut]
    """

    kwargs = _get_kwargs(
        paper_id=paper_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPaperVersionVersionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | VersionOut | None:
    """Add Version

     A new file for the paper. If the paper was circulated, everyone who had it gets the
    new version (event `paper.circulated` with `revision: true`) and sees it as changed.

    Args:
        paper_id (UUID):
        idempotency_key (str | Unset):
        body (AddPaperVersionVersionCreate): A replacement file. Recipients of a circulated paper
            see the change note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionOut
    """

    return sync_detailed(
        paper_id=paper_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPaperVersionVersionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | VersionOut]:
    """Add Version

     A new file for the paper. If the paper was circulated, everyone who had it gets the
    new version (event `paper.circulated` with `revision: true`) and sees it as changed.

    Args:
        paper_id (UUID):
        idempotency_key (str | Unset):
        body (AddPaperVersionVersionCreate): A replacement file. Recipients of a circulated paper
            see the change note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionOut]
    """

    kwargs = _get_kwargs(
        paper_id=paper_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPaperVersionVersionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | VersionOut | None:
    """Add Version

     A new file for the paper. If the paper was circulated, everyone who had it gets the
    new version (event `paper.circulated` with `revision: true`) and sees it as changed.

    Args:
        paper_id (UUID):
        idempotency_key (str | Unset):
        body (AddPaperVersionVersionCreate): A replacement file. Recipients of a circulated paper
            see the change note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionOut
    """

    return (
        await asyncio_detailed(
            paper_id=paper_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
