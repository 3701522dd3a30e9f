"""A small async client of a running Chorus server, for the scripting commands.

It signs in with client credentials (a form post to ``/api/v1/auth/token``) and keeps
the token for the life of the client, which the commands create once per process. Every
POST carries an ``Idempotency-Key``: one uuid4 per logical operation, sent again on each
retry, so a retry after a lost response replays the first answer instead of acting twice.
429, 502, 503, 504 and connection failures are retried with exponential backoff (and
``Retry-After`` when the server gives one). Refusals become :class:`ApiError`, which
carries the problem details and the exit code the commands use.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import random
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

API_PREFIX = "/api/v1"
TOKEN_PATH = f"{API_PREFIX}/auth/token"
RETRIED_STATUSES = frozenset({429, 502, 503, 504})
PAGE_LIMIT = 100


class ExitCode:
    """What the scripting commands return; documented in ``docs/partners.md``."""

    OK = 0
    REFUSED = 1  # any other 4xx problem (403, 400, 412, 428, ...)
    USAGE = 2  # bad options, CHORUS_URL / credentials missing, an unwritable --output
    AUTHENTICATION = 3  # 401, or the token endpoint refused the credentials
    NOT_FOUND = 4  # 404
    CONFLICT = 5  # 409 or 422: a conflict, an invalid request or a broken rule
    UNAVAILABLE = 6  # 5xx, 429 or the network, after the retries


EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 refused by the server (other 4xx); 2 usage error, "
    "CHORUS_URL/CHORUS_CLIENT_ID/CHORUS_CLIENT_SECRET missing, plain http:// to another "
    "machine without --insecure, or an unwritable --output; "
    "3 authentication failed (401); 4 not found (404); 5 conflict or rule broken "
    "(409, 422); 6 server or network error after retries."
)


class ConfigError(Exception):
    """The environment does not say which server to use or how to sign in."""


@dataclass(frozen=True)
class FieldError:
    where: str  # a JSON pointer, a parameter or a header name
    detail: str


class ApiError(Exception):
    """The server refused a request, or could not be reached after the retries."""

    def __init__(
        self,
        status: int | None,
        detail: str,
        *,
        type: str | None = None,
        title: str | None = None,
        errors: list[FieldError] | None = None,
        request_id: str | None = None,
        during_sign_in: bool = False,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.type = type
        self.title = title
        self.errors = errors or []
        self.request_id = request_id
        self.during_sign_in = during_sign_in
        self.body = dict(body or {})

    @property
    def exit_code(self) -> int:
        status = self.status
        if status is None or status >= 500 or status == 429:
            return ExitCode.UNAVAILABLE
        if status == 401 or self.during_sign_in:
            return ExitCode.AUTHENTICATION
        if status == 404:
            return ExitCode.NOT_FOUND
        if status in (409, 422):
            return ExitCode.CONFLICT
        return ExitCode.REFUSED

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "errors": [{"pointer": e.where, "detail": e.detail} for e in self.errors],
            "requestId": self.request_id,
            "exitCode": self.exit_code,
        }

    @classmethod
    def from_response(cls, response: httpx.Response, *, during_sign_in: bool = False) -> ApiError:
        body: dict[str, Any] = {}
        if "json" in response.headers.get("content-type", ""):
            try:
                parsed = response.json()
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                body = parsed
        errors = [
            FieldError(
                where=str(e.get("pointer") or e.get("parameter") or e.get("header") or ""),
                detail=str(e.get("detail", "")),
            )
            for e in body.get("errors") or []
            if isinstance(e, dict)
        ]
        detail = body.get("detail") or body.get("error_description") or response.reason_phrase
        return cls(
            response.status_code,
            str(detail or f"HTTP {response.status_code}"),
            type=body.get("type"),
            title=body.get("title"),
            errors=errors,
            request_id=body.get("requestId") or response.headers.get("x-request-id"),
            during_sign_in=during_sign_in,
            body=body,
        )


@dataclass(frozen=True)
class ClientConfig:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, insecure: bool = False
    ) -> ClientConfig:
        env = os.environ if environ is None else environ
        missing = [
            name
            for name in ("CHORUS_URL", "CHORUS_CLIENT_ID", "CHORUS_CLIENT_SECRET")
            if not env.get(name, "").strip()
        ]
        if missing:
            raise ConfigError(
                f"Set {', '.join(missing)}: the server's URL and an API client's credentials."
            )
        url = env["CHORUS_URL"].strip()
        if not url.startswith(("http://", "https://")):
            raise ConfigError("CHORUS_URL must start with http:// or https://.")
        if url.startswith("http://") and not insecure and not is_loopback(url):
            # The first request carries the client secret: in clear text anyone on the path
            # could take it.
            raise ConfigError(
                "CHORUS_URL uses plain http:// to a host that is not this machine, so the "
                "client secret would travel unencrypted. Use https://, or pass --insecure "
                "if you really mean it."
            )
        return cls(
            base_url=url.rstrip("/"),
            client_id=env["CHORUS_CLIENT_ID"].strip(),
            client_secret=env["CHORUS_CLIENT_SECRET"],
            scope=env.get("CHORUS_SCOPE") or None,
        )


def is_loopback(url: str) -> bool:
    """Whether the URL's host is this machine (localhost, 127.0.0.0/8, ::1)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


Sleep = Callable[[float], Awaitable[None]]


class ChorusClient:
    """Use as ``async with ChorusClient(config) as api: ...``."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        attempts: int = 4,
        backoff_seconds: float = 0.5,
        max_backoff_seconds: float = 20.0,
        timeout_seconds: float = 30.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.config = config
        self.attempts = max(1, attempts)
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            base_url=config.base_url,
            transport=transport,
            timeout=timeout_seconds,
            headers={"User-Agent": "chorus-cli", "Accept": "application/json"},
        )
        self._token: str | None = None
        self._token_expires_at = 0.0

    async def __aenter__(self) -> ChorusClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- authentication -------------------------------------------------------------

    async def token(self) -> str:
        """The cached access token, fetched again shortly before it expires."""
        if self._token is None or time.monotonic() >= self._token_expires_at:
            form = {
                "grant_type": "client_credentials",
                "client_id": self.config.client_id,
                "client_secret": self.config.client_secret,
            }
            if self.config.scope:
                form["scope"] = self.config.scope
            response = await self._send("POST", TOKEN_PATH, data=form)
            if response.status_code != 200:
                raise ApiError.from_response(response, during_sign_in=True)
            body = response.json()
            self._token = str(body["access_token"])
            # Renew a little early so a token never expires between check and use.
            lifetime = float(body.get("expires_in", 300))
            self._token_expires_at = time.monotonic() + max(lifetime - 30, lifetime / 2)
        return self._token

    # -- requests -----------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> httpx.Response:
        """Send an authenticated request under ``/api/v1``; any error status raises.

        A POST gets a fresh ``Idempotency-Key`` unless one is given; the same key goes
        with every retry of this call."""
        sent = dict(headers or {})
        if method.upper() == "POST":
            sent["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        for renewed in (False, True):
            sent["Authorization"] = f"Bearer {await self.token()}"
            response = await self._send(
                method, API_PREFIX + path, json=json, params=params, headers=sent
            )
            if response.status_code == 401 and not renewed:
                # The cached token may have expired or been revoked: sign in once more.
                self._token = None
                continue
            break
        if response.status_code >= 400:
            raise ApiError.from_response(response)
        return response

    async def get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        return (await self.request("GET", path, params=params)).json()

    async def post_json(self, path: str, body: Any) -> Any:
        return (await self.request("POST", path, json=body)).json()

    async def pages(
        self, path: str, params: Mapping[str, Any] | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        """Every item of a list, following ``nextCursor`` until it is null."""
        query: dict[str, Any] = {**(params or {}), "limit": PAGE_LIMIT}
        while True:
            page = await self.get_json(path, query)
            for item in page["items"]:
                yield item
            cursor = page.get("nextCursor")
            if not cursor:
                return
            query["cursor"] = cursor

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One logical request: retried on 429/502/503/504 and connection failures."""
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            try:
                response = await self._http.request(method, url, **kwargs)
            except httpx.TransportError as error:
                if last:
                    raise ApiError(
                        None, f"Could not reach {self.config.base_url} ({_describe(error)})."
                    ) from error
                await self._sleep(self._delay(attempt, None))
                continue
            if response.status_code in RETRIED_STATUSES and not last:
                await response.aclose()
                await self._sleep(self._delay(attempt, response.headers.get("retry-after")))
                continue
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        hinted = _retry_after_seconds(retry_after)
        if hinted is not None:
            return min(hinted, self.max_backoff_seconds)
        # Exponential with full jitter, so many clients do not retry in step.
        ceiling = min(self.backoff_seconds * 2 ** (attempt - 1), self.max_backoff_seconds)
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not a secret


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe(error: httpx.TransportError) -> str:
    return str(error) or type(error).__name__
