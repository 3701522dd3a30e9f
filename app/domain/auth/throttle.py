"""Sign-in throttling: failed password grants per account and per client address, and
password-reset requests per address, counted in fixed windows that run out.

Nothing is ever locked for good: a window that refused a caller ends after
``CHORUS_SIGNIN_THROTTLE_WINDOW_SECONDS`` and the count starts again, so an attacker can
slow an account's owner down for at most one window at a time, never shut them out.
The refusal depends only on the counts for the email as typed, never on whether anyone
has it, so a throttled answer tells nobody which addresses have accounts.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import Storage
from limits.aio.strategies import FixedWindowRateLimiter

from app.domain.errors import TooManyRequests

REFUSED = "Too many attempts. Try again after the seconds in Retry-After."

# How long a refusal is remembered, so the next successful sign-in can be audited.
_MARKER = RateLimitItemPerSecond(1_000_000, 86_400)


def _key(kind: str, value: str) -> str:
    # Digests, so the shared counters table holds no email or address.
    return f"{kind}:{hashlib.sha256(value.encode()).hexdigest()}"


@dataclass(frozen=True)
class ThrottleLimits:
    failures_per_account: int
    failures_per_address: int
    resets_per_address: int
    window_seconds: int


class Throttle:
    def __init__(self, storage: Storage, limits: ThrottleLimits) -> None:
        self.storage = storage
        self._limiter = FixedWindowRateLimiter(storage)
        window = limits.window_seconds
        self._account = RateLimitItemPerSecond(limits.failures_per_account, window)
        self._address = RateLimitItemPerSecond(limits.failures_per_address, window)
        self._resets = RateLimitItemPerSecond(limits.resets_per_address, window)

    async def _refuse_if_spent(self, item: RateLimitItem, key: str) -> None:
        if await self._limiter.test(item, key):
            return
        reset_at, _ = await self._limiter.get_window_stats(item, key)
        raise TooManyRequests(REFUSED, max(1, math.ceil(reset_at - time.time())))

    async def before_sign_in(self, email: str, address: str) -> None:
        """Refuse (TooManyRequests) while the account's or the address's window is spent."""
        try:
            await self._refuse_if_spent(self._account, _key("account", email))
            await self._refuse_if_spent(self._address, _key("address", address))
        except TooManyRequests:
            await self._limiter.hit(_MARKER, _key("refused", email))
            raise

    async def sign_in_failed(self, email: str, address: str) -> None:
        await self._limiter.hit(self._account, _key("account", email))
        await self._limiter.hit(self._address, _key("address", address))

    async def sign_in_succeeded(self, email: str) -> bool:
        """Start the account's count again; True if it was refused since it last got in.
        The address keeps its count: one account's password must not buy more guesses at
        others from the same place."""
        marker = _MARKER.key_for(_key("refused", email))
        was_refused = await self.storage.get(marker) > 0
        await self._limiter.clear(self._account, _key("account", email))
        if was_refused:
            await self.storage.clear(marker)
        return was_refused

    async def password_reset_requested(self, address: str) -> None:
        """Every request counts: each may send mail to someone."""
        key = _key("reset", address)
        await self._refuse_if_spent(self._resets, key)
        await self._limiter.hit(self._resets, key)
