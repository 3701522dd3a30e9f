from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    paper_id: UUID,
    *,
    version: int | None | Unset = UNSET,
    person: None | Unset | UUID = UNSET,
    expires: int | None | Unset = UNSET,
    signature: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    json_person: None | str | Unset
    if isinstance(person, Unset):
        json_person = UNSET
    elif isinstance(person, UUID):
        json_person = str(person)
    else:
        json_person = person
    params["person"] = json_person

    json_expires: int | None | Unset
    if isinstance(expires, Unset):
        json_expires = UNSET
    else:
        json_expires = expires
    params["expires"] = json_expires

    json_signature: None | str | Unset
    if isinstance(signature, Unset):
        json_signature = UNSET
    else:
        json_signature = signature
    params["signature"] = json_signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/papers/{paper_id}/content".format(
            paper_id=quote(str(paper_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | File | Problem]:
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
    version: int | None | Unset = UNSET,
    person: None | Unset | UUID = UNSET,
    expires: int | None | Unset = UNSET,
    signature: None | str | Unset = UNSET,
) -> Response[Any | File | Problem]:
    """Paper Content

     Stream the file. A recipient's first opening is recorded. Send the bearer token,
    or use a URL from `POST /papers/{paperId}/content-link`, which needs none.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        person (None | Unset | UUID): Signed links only.
        expires (int | None | Unset): Signed links only.
        signature (None | str | Unset): Signed links only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Problem]
    """

    kwargs = _get_kwargs(
        paper_id=paper_id,
        version=version,
        person=person,
        expires=expires,
        signature=signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    person: None | Unset | UUID = UNSET,
    expires: int | None | Unset = UNSET,
    signature: None | str | Unset = UNSET,
) -> Any | File | Problem | None:
    """Paper Content

     Stream the file. A recipient's first opening is recorded. Send the bearer token,
    or use a URL from `POST /papers/{paperId}/content-link`, which needs none.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        person (None | Unset | UUID): Signed links only.
        expires (int | None | Unset): Signed links only.
        signature (None | str | Unset): Signed links only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Problem
    """

    return sync_detailed(
        paper_id=paper_id,
        client=client,
        version=version,
        person=person,
        expires=expires,
        signature=signature,
    ).parsed


async def asyncio_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    person: None | Unset | UUID = UNSET,
    expires: int | None | Unset = UNSET,
    signature: None | str | Unset = UNSET,
) -> Response[Any | File | Problem]:
    """Paper Content

     Stream the file. A recipient's first opening is recorded. Send the bearer token,
    or use a URL from `POST /papers/{paperId}/content-link`, which needs none.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        person (None | Unset | UUID): Signed links only.
        expires (int | None | Unset): Signed links only.
        signature (None | str | Unset): Signed links only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Problem]
    """

    kwargs = _get_kwargs(
        paper_id=paper_id,
        version=version,
        person=person,
        expires=expires,
        signature=signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    paper_id: UUID,
    *,
    client: AuthenticatedClient,
    version: int | None | Unset = UNSET,
    person: None | Unset | UUID = UNSET,
    expires: int | None | Unset = UNSET,
    signature: None | str | Unset = UNSET,
) -> Any | File | Problem | None:
    """Paper Content

     Stream the file. A recipient's first opening is recorded. Send the bearer token,
    or use a URL from `POST /papers/{paperId}/content-link`, which needs none.

    Args:
        paper_id (UUID):
        version (int | None | Unset): Default: the current one.
        person (None | Unset | UUID): Signed links only.
        expires (int | None | Unset): Signed links only.
        signature (None | str | Unset): Signed links only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Problem
    """

    return (
        await asyncio_detailed(
            paper_id=paper_id,
            client=client,
            version=version,
            person=person,
            expires=expires,
            signature=signature,
        )
    ).parsed
