"""The GraphQL check the fuzzer runs tells a caller's mistake from a server failure."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.fuzz.hooks import no_server_failure


def _answer(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body)


def test_a_refused_argument_is_the_callers_mistake() -> None:
    refused = {"data": None, "errors": [{"message": "x", "extensions": {"status": 422}}]}
    no_server_failure(None, _answer(200, refused), None)
    no_server_failure(None, _answer(200, {"data": {"boards": []}}), None)


@pytest.mark.parametrize(
    "answer",
    [
        _answer(200, {"data": None, "errors": [{"message": "x", "extensions": {"status": 500}}]}),
        _answer(502, {"detail": "bad gateway"}),
    ],
)
def test_a_server_failure_fails_the_check(answer: httpx.Response) -> None:
    with pytest.raises(AssertionError):
        no_server_failure(None, answer, None)
