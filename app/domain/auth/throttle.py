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
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import FixedWindowRateLimiter

from app.db.throttle_storage import SqlStorage
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
    def __init__(self, storage: MemoryStorage | SqlStorage, limits: ThrottleLimits) -> None:
        self.storage = storage
        self._limiter = FixedWindowRateLimiter(storage)
        window = limits.window_seconds
        self._account = RateLimitItemPerSecond(limits.failures_per_account, window)
        self._address = RateLimitItemPerSecond(limits.failures_per_address, window)
        self._resets = RateLimitItemPerSecond(limits.resets_per_address, window)

    async def _retry_after(self, item: RateLimitItem, key: str) -> int:
        reset_at, _ = await self._limiter.get_window_stats(item, key)
        return max(1, math.ceil(reset_at - time.time()))

    async def _give_back(self, item: RateLimitItem, key: str) -> None:
        await self.storage.decr(item.key_for(key))

    async def before_sign_in(self, email: str, address: str) -> None:
        """Reserve one attempt on the account's and on the address's window, or refuse
        (TooManyRequests) if either is spent. Reserving (an atomic increment) rather than
        reading the count means parallel guesses cannot all slip under the limit: each
        one in flight is already counted."""
        account, place = _key("account", email), _key("address", address)
        account_ok = await self._limiter.hit(self._account, account)
        address_ok = await self._limiter.hit(self._address, place)
        if account_ok and address_ok:
            return
        waits = []
        for ok, item, key in (
            (account_ok, self._account, account),
            (address_ok, self._address, place),
        ):
            if ok:
                await self._give_back(item, key)  # not tried: it costs that window nothing
            else:
                waits.append(await self._retry_after(item, key))
        await self._limiter.hit(_MARKER, _key("refused", email))
        raise TooManyRequests(REFUSED, max(waits))

    async def sign_in_failed(self, email: str, address: str) -> None:
        """Nothing to add: the reserved attempt stays counted on both windows."""

    async def sign_in_succeeded(self, email: str, address: str) -> bool:
        """Start the account's count again and give the address its attempt back (an
        office signing in all morning is not an attack); True if the account was refused
        since it last got in. The address's failures stay: one account's password must
        not buy more guesses at others from the same place."""
        marker = _MARKER.key_for(_key("refused", email))
        was_refused = await self.storage.get(marker) > 0
        await self._limiter.clear(self._account, _key("account", email))
        await self._give_back(self._address, _key("address", address))
        if was_refused:
            await self.storage.clear(marker)
        return was_refused

    async def password_reset_requested(self, address: str) -> None:
        """Every request counts: each may send mail to someone."""
        key = _key("reset", address)
        if not await self._limiter.hit(self._resets, key):
            raise TooManyRequests(REFUSED, await self._retry_after(self._resets, key))
