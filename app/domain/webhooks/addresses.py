"""Where a webhook may be sent: HTTPS to public addresses, checked at registration and again
at every delivery, so a name that later resolves somewhere internal (DNS rebinding) is caught.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
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
# IPv6 ranges whose last 32 bits are an IPv4 address the packet may end up at: IPv4-compatible
# (deprecated, still routed by some stacks), SIIT-translated, and well-known NAT64.
_CARRY_IPV4 = (
    ipaddress.ip_network("::/96"),
    ipaddress.ip_network("::ffff:0:0:0/96"),
    ipaddress.ip_network("64:ff9b::/96"),
)
# Local-use NAT64 (RFC 8215) puts the IPv4 address where the operator chooses, so none of it
# can be judged by what it embeds; Python before 3.12 calls it global.
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")
_NOT_IPV4 = "The host ends in a number but is not a valid IPv4 address."
_NUMBER = re.compile(r"(0[xX][0-9a-fA-F]*|[0-9]+)")


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
        if any(address in network for network in _CARRY_IPV4):
            found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def forbidden(address: IPAddress) -> bool:
    """Loopback, private, link-local, shared, multicast, reserved, unspecified or metadata."""
    if address in _LOCAL_NAT64:
        return True
    for candidate in _embedded(address):
        if candidate in _METADATA or candidate.is_multicast or not candidate.is_global:
            return True
    return False


def _legacy_ipv4(labels: list[str]) -> ipaddress.IPv4Address:
    """inet_aton's reading, which resolvers and HTTP clients still apply: one to four
    numbers, each decimal, octal (leading 0) or hex (0x); the last fills the bytes left."""
    if len(labels) > 4 or not all(_NUMBER.fullmatch(label) for label in labels):
        raise AddressRefused(_NOT_IPV4)
    numbers = []
    for label in labels:
        if label[:2].lower() == "0x":
            numbers.append(int(label[2:] or "0", 16))
        elif len(label) > 1 and label.startswith("0"):
            try:
                numbers.append(int(label, 8))
            except ValueError:
                raise AddressRefused(_NOT_IPV4) from None
        else:
            numbers.append(int(label))
    *leading, last = numbers
    if any(n > 0xFF for n in leading) or last >= 1 << (8 * (5 - len(numbers))):
        raise AddressRefused(_NOT_IPV4)
    value = last
    for position, n in enumerate(leading):
        value |= n << (8 * (3 - position))
    return ipaddress.IPv4Address(value)


def literal_address(host: str) -> IPAddress | None:
    """The address a host written as a number means, in canonical form, or None for a name.

    ``2130706433``, ``0177.0.0.1``, ``0x7f.1`` and ``127.1`` are all 127.0.0.1 to the
    resolver, so they are judged as that rather than handed to DNS as names. As in the
    WHATWG URL standard, a host whose last label is a number must be an IPv4 address.
    """
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if "%" in host:
        raise AddressRefused("The host name is not valid.")
    labels = host.removesuffix(".").split(".")
    if not _NUMBER.fullmatch(labels[-1]):
        return None
    return _legacy_ipv4(labels)


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
        literal = literal_address(host)
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
