import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recommendations_report_format_type_0 import RecommendationsReportFormatType0
from ...models.report_out import ReportOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    board_id: UUID,
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: None | RecommendationsReportFormatType0 | Unset = UNSET,
    accept: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["accept"] = accept

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, RecommendationsReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/boards/{board_id}/recommendations/report".format(
            board_id=quote(str(board_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReportOut | None:
    if response.status_code == 200:
        response_200 = ReportOut.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: None | RecommendationsReportFormatType0 | Unset = UNSET,
    accept: None | str | Unset = UNSET,
) -> Response[Problem | ReportOut]:
    """The "you said, we did" report

     Recommendations first submitted in the period, with counts by decision, the median
    days to a response and the share answered on time. Each entry is what the board said
    (`body`, `themes`), the latest `response` with its reasons, every progress note
    (`updates`, "we did") dated, and the days each step took: `daysToResponse`, each note's
    `daysSinceResponse` and `daysSincePrevious`, and `daysToImplemented`. `dueCount` is
    every response plus every submission left unanswered past its due date; `onTimeShare`
    is `answeredOnTime / due`. The CSV has a row per recommendation, its notes a line each
    in `progressNotes`.

    Args:
        board_id (UUID):
        from_ (datetime.date | None | Unset): First day of the period (UTC).
        to (datetime.date | None | Unset): Last day of the period (UTC).
        format_ (None | RecommendationsReportFormatType0 | Unset): csv, or send Accept: text/csv.
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportOut]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        from_=from_,
        to=to,
        format_=format_,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: None | RecommendationsReportFormatType0 | Unset = UNSET,
    accept: None | str | Unset = UNSET,
) -> Problem | ReportOut | None:
    """The "you said, we did" report

     Recommendations first submitted in the period, with counts by decision, the median
    days to a response and the share answered on time. Each entry is what the board said
    (`body`, `themes`), the latest `response` with its reasons, every progress note
    (`updates`, "we did") dated, and the days each step took: `daysToResponse`, each note's
    `daysSinceResponse` and `daysSincePrevious`, and `daysToImplemented`. `dueCount` is
    every response plus every submission left unanswered past its due date; `onTimeShare`
    is `answeredOnTime / due`. The CSV has a row per recommendation, its notes a line each
    in `progressNotes`.

    Args:
        board_id (UUID):
        from_ (datetime.date | None | Unset): First day of the period (UTC).
        to (datetime.date | None | Unset): Last day of the period (UTC).
        format_ (None | RecommendationsReportFormatType0 | Unset): csv, or send Accept: text/csv.
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportOut
    """

    return sync_detailed(
        board_id=board_id,
        client=client,
        from_=from_,
        to=to,
        format_=format_,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: None | RecommendationsReportFormatType0 | Unset = UNSET,
    accept: None | str | Unset = UNSET,
) -> Response[Problem | ReportOut]:
    """The "you said, we did" report

     Recommendations first submitted in the period, with counts by decision, the median
    days to a response and the share answered on time. Each entry is what the board said
    (`body`, `themes`), the latest `response` with its reasons, every progress note
    (`updates`, "we did") dated, and the days each step took: `daysToResponse`, each note's
    `daysSinceResponse` and `daysSincePrevious`, and `daysToImplemented`. `dueCount` is
    every response plus every submission left unanswered past its due date; `onTimeShare`
    is `answeredOnTime / due`. The CSV has a row per recommendation, its notes a line each
    in `progressNotes`.

    Args:
        board_id (UUID):
        from_ (datetime.date | None | Unset): First day of the period (UTC).
        to (datetime.date | None | Unset): Last day of the period (UTC).
        format_ (None | RecommendationsReportFormatType0 | Unset): csv, or send Accept: text/csv.
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportOut]
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        from_=from_,
        to=to,
        format_=format_,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: UUID,
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    format_: None | RecommendationsReportFormatType0 | Unset = UNSET,
    accept: None | str | Unset = UNSET,
) -> Problem | ReportOut | None:
    """The "you said, we did" report

     Recommendations first submitted in the period, with counts by decision, the median
    days to a response and the share answered on time. Each entry is what the board said
    (`body`, `themes`), the latest `response` with its reasons, every progress note
    (`updates`, "we did") dated, and the days each step took: `daysToResponse`, each note's
    `daysSinceResponse` and `daysSincePrevious`, and `daysToImplemented`. `dueCount` is
    every response plus every submission left unanswered past its due date; `onTimeShare`
    is `answeredOnTime / due`. The CSV has a row per recommendation, its notes a line each
    in `progressNotes`.

    Args:
        board_id (UUID):
        from_ (datetime.date | None | Unset): First day of the period (UTC).
        to (datetime.date | None | Unset): Last day of the period (UTC).
        format_ (None | RecommendationsReportFormatType0 | Unset): csv, or send Accept: text/csv.
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportOut
    """

    return (
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            from_=from_,
            to=to,
            format_=format_,
            accept=accept,
        )
    ).parsed
