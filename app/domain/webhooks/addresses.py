"""Where a webhook may be sent: HTTPS to public addresses, checked at registration and again
at every delivery, so a name that later resolves somewhere internal (DNS rebinding) is caught.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> the addresses it resolves to, as strings.
Resolver = Callable[[str, int], Awaitable[list[str]]]

RESOLVE_TIMEOUT_SECONDS = 5.0
MAX_URL_LENGTH = 2_000

# Cloud metadata services: link-local or private already, named so that stays true.
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """The URL or what it resolves to is not somewhere webhooks may go. ``str()`` says why."""


async def system_resolver(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _embedded(address: IPAddress) -> list[IPAddress]:
    """The address and any IPv4 address tunnelled inside an IPv6 one."""
    found: list[IPAddress] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            found.append(address.ipv4_mapped)
        if address.sixtofour:
            found.append(address.sixtofour)
        if address.teredo:
            found.extend(address.teredo)
        if address in _NAT64:
            found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def forbidden(address: IPAddress) -> bool:
    """Loopback, private, link-local, shared, multicast, reserved, unspecified or metadata."""
    for candidate in _embedded(address):
        if candidate in _METADATA or candidate.is_multicast or not candidate.is_global:
            return True
    return False


@dataclass(frozen=True)
class CheckedUrl:
    """A URL judged safe, with the address the connection must go to (pinned, so the
    name cannot resolve elsewhere between the check and the connection)."""

    url: str
    host: str
    port: int
    address: str


@dataclass(frozen=True)
class UrlGuard:
    allow_http: bool = False
    allow_private: bool = False
    resolver: Resolver = field(default=system_resolver)

    def parse(self, url: str) -> SplitResult:
        """Shape alone, without DNS: scheme, host, no credentials or fragment."""
        if len(url) > MAX_URL_LENGTH:
            raise AddressRefused(f"The URL is longer than {MAX_URL_LENGTH} characters.")
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError on a malformed port
        except ValueError:
            raise AddressRefused("The URL is not valid.") from None
        schemes = ("https", "http") if self.allow_http else ("https",)
        if parts.scheme not in schemes:
            raise AddressRefused(
                "Webhook URLs must use https."
                if parts.scheme == "http"
                else "Webhook URLs must be https:// URLs."
            )
        if not parts.hostname:
            raise AddressRefused("The URL has no host.")
        if parts.username is not None or parts.password is not None:
            raise AddressRefused("The URL must not carry a user name or password.")
        if parts.fragment:
            raise AddressRefused("The URL must not have a #fragment.")
        return parts

    async def check(self, url: str) -> CheckedUrl:
        parts = self.parse(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            literal: IPAddress | None = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                async with asyncio.timeout(RESOLVE_TIMEOUT_SECONDS):
                    addresses = await self.resolver(host, port)
            except (OSError, TimeoutError, UnicodeError):
                raise AddressRefused("The host name could not be resolved.") from None
            if not addresses:
                raise AddressRefused("The host name could not be resolved.")
        parsed = [ipaddress.ip_address(a.split("%", 1)[0]) for a in addresses]
        # Every address must pass: the connection could otherwise land on any of them.
        if not self.allow_private and any(forbidden(a) for a in parsed):
            raise AddressRefused(
                "The host resolves to a loopback, private, link-local or otherwise "
                "non-public address, where webhooks are not sent."
            )
        return CheckedUrl(url=url, host=host, port=port, address=str(parsed[0]))
