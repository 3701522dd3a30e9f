"""Send one signed attempt over HTTP, to the address just checked, with a hard time limit."""

from __future__ import annotations

import asyncio
import time

import httpx

from app.db.types import utcnow
from app.domain.webhooks import signing
from app.domain.webhooks.addresses import AddressRefused, CheckedUrl, UrlGuard
from app.domain.webhooks.queue import Job, Outcome

USER_AGENT = "Chorus-Webhooks/1"


class Sender:
    """One HTTP client for a worker. Redirects are not followed, proxy variables from the
    environment are ignored, and connections are not kept alive: each attempt connects to
    the address its own check approved, and a TLS session made for one host name is never
    reused for another that shares its address."""

    def __init__(
        self,
        guard: UrlGuard,
        timeout: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.guard = guard
        self.timeout = timeout
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            trust_env=False,
            timeout=timeout,
            limits=httpx.Limits(max_keepalive_connections=0),
            transport=transport,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def _request(self, job: Job, checked: CheckedUrl) -> httpx.Request:
        original = httpx.URL(job.url)
        headers = signing.headers(job.message_id, utcnow(), job.body, job.signing_secrets)
        headers["user-agent"] = USER_AGENT
        # Connect to the checked address; the Host header and TLS name stay the URL's own.
        headers["host"] = original.netloc.decode("ascii")
        extensions = {}
        if original.scheme == "https" and original.host != checked.address:
            extensions["sni_hostname"] = original.raw_host.decode("ascii")
        return self._client.build_request(
            "POST",
            original.copy_with(host=checked.address),
            content=job.body.encode(),
            headers=headers,
            extensions=extensions,
        )

    async def send(self, job: Job) -> Outcome:
        started = time.perf_counter()

        def elapsed() -> int:
            return round((time.perf_counter() - started) * 1000)

        try:
            async with asyncio.timeout(self.timeout):
                checked = await self.guard.check(job.url)
                # The body is never read: only the status matters, and it may be large.
                response = await self._client.send(self._request(job, checked), stream=True)
                await response.aclose()
        except AddressRefused as refusal:
            return Outcome(None, None, f"Not sent: {refusal}")
        except (TimeoutError, httpx.TimeoutException):
            return Outcome(None, elapsed(), f"No response within {self.timeout:g} s.")
        except httpx.HTTPError as error:
            return Outcome(None, elapsed(), _describe(error))
        return Outcome(response.status_code, elapsed())


def _describe(error: httpx.HTTPError) -> str:
    """Our own words: the exception text could echo addresses or server banners."""
    if isinstance(error, httpx.ConnectError):
        if "CERTIFICATE" in str(error).upper():
            return "The receiver's TLS certificate was not accepted."
        return "Could not connect to the receiver."
    if isinstance(error, httpx.RemoteProtocolError):
        return "The receiver's answer was not valid HTTP."
    return f"The request failed ({type(error).__name__})."
