from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recommendation_internal import RecommendationInternal
from ...models.recommendation_public import RecommendationPublic
from ...models.reopen_request import ReopenRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    recommendation_id: UUID,
    *,
    body: ReopenRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recommendations/{recommendation_id}/reopen".format(
            recommendation_id=quote(str(recommendation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecommendationInternal | RecommendationPublic | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> RecommendationInternal | RecommendationPublic:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RecommendationInternal.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = RecommendationPublic.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Problem | RecommendationInternal | RecommendationPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    recommendation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RecommendationInternal | RecommendationPublic]:
    """Reopen Recommendation

     The change lapsed: an implemented recommendation goes back to `in_progress`, with a
    `reason` kept as a dated progress note (`reopened: true`). Whoever records progress
    (scope `recommendations:respond`) or the board's officers. Emits
    `recommendation.reopened`; anything but an implemented one is 409.

    Args:
        recommendation_id (UUID):
        idempotency_key (str | Unset):
        body (ReopenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationInternal | RecommendationPublic]
    """

    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    recommendation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RecommendationInternal | RecommendationPublic | None:
    """Reopen Recommendation

     The change lapsed: an implemented recommendation goes back to `in_progress`, with a
    `reason` kept as a dated progress note (`reopened: true`). Whoever records progress
    (scope `recommendations:respond`) or the board's officers. Emits
    `recommendation.reopened`; anything but an implemented one is 409.

    Args:
        recommendation_id (UUID):
        idempotency_key (str | Unset):
        body (ReopenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationInternal | RecommendationPublic
    """

    return sync_detailed(
        recommendation_id=recommendation_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    recommendation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RecommendationInternal | RecommendationPublic]:
    """Reopen Recommendation

     The change lapsed: an implemented recommendation goes back to `in_progress`, with a
    `reason` kept as a dated progress note (`reopened: true`). Whoever records progress
    (scope `recommendations:respond`) or the board's officers. Emits
    `recommendation.reopened`; anything but an implemented one is 409.

    Args:
        recommendation_id (UUID):
        idempotency_key (str | Unset):
        body (ReopenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecommendationInternal | RecommendationPublic]
    """

    kwargs = _get_kwargs(
        recommendation_id=recommendation_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    recommendation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReopenRequest,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RecommendationInternal | RecommendationPublic | None:
    """Reopen Recommendation

     The change lapsed: an implemented recommendation goes back to `in_progress`, with a
    `reason` kept as a dated progress note (`reopened: true`). Whoever records progress
    (scope `recommendations:respond`) or the board's officers. Emits
    `recommendation.reopened`; anything but an implemented one is 409.

    Args:
        recommendation_id (UUID):
        idempotency_key (str | Unset):
        body (ReopenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecommendationInternal | RecommendationPublic
    """

    return (
        await asyncio_detailed(
            recommendation_id=recommendation_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
