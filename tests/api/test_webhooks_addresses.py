"""Where webhooks may go: the URL and address rules, without a database or real DNS."""

from __future__ import annotations

import ipaddress

import pytest

from app.domain.webhooks.addresses import AddressRefused, UrlGuard, forbidden
from tests.api.webhooks_setup import fake_resolver, guard


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "0.0.0.0",  # noqa: S104 - an address to refuse, not one to bind
        "::",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.0.10",
        "169.254.169.254",
        "169.254.1.1",
        "fe80::1",
        "fd00:ec2::254",
        "fc00::1",
        "100.64.0.1",
        "224.0.0.1",
        "239.255.255.250",
        "ff02::1",
        "240.0.0.1",
        "198.18.0.1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::7f00:1",
        "2002:7f00:1::1",
        "2001:db8::1",
    ],
)
def test_non_public_addresses_are_forbidden(address: str) -> None:
    assert forbidden(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:8.8.8.8"]
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert not forbidden(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://hooks.partner.example/x", "must use https"),
        ("ftp://hooks.partner.example/x", "https://"),
        ("hooks.partner.example/x", "https://"),
        ("https:///x", "no host"),
        ("https://user:pw@hooks.partner.example/x", "user name or password"),
        ("https://hooks.partner.example/x#frag", "fragment"),
        ("https://hooks.partner.example:99999/x", "not valid"),
        ("https://hooks.partner.example/" + "x" * 2_000, "longer than"),
        ("https://unknown.partner.example/x", "could not be resolved"),
        ("https://localhost/x", "non-public"),
        ("https://[::1]/x", "non-public"),
        ("https://intranet.partner.example/x", "non-public"),
        # One bad address among good ones is enough: the connection could use any of them.
        ("https://split.partner.example/x", "non-public"),
    ],
)
async def test_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(AddressRefused, match=reason):
        await guard().check(url)


# Every way of writing a loopback, private or link-local address that a resolver, kernel or
# NAT64 gateway would still take there.
HOSTILE_HOSTS = [
    "[::127.0.0.1]",  # IPv4-compatible
    "[::7f00:1]",
    "[::10.0.0.1]",
    "[::ffff:127.0.0.1]",  # IPv4-mapped
    "[::ffff:7f00:1]",
    "[::ffff:169.254.169.254]",
    "[::ffff:0:127.0.0.1]",  # SIIT-translated
    "[::ffff:0:7f00:1]",
    "[::ffff:0:192.168.1.1]",
    "[2002:7f00:1::]",  # 6to4
    "[2002:a9fe:a9fe::1]",
    "[64:ff9b::7f00:1]",  # NAT64, well-known prefix
    "[64:ff9b::127.0.0.1]",
    "[64:ff9b::10.0.0.1]",
    "[64:ff9b:1::7f00:1]",  # NAT64, local-use prefix
    "[2001:0:4136:e378:8000:63bf:80ff:fffe]",  # Teredo: client 127.0.0.1
    "[0:0:0:0:0:0:0:1]",
    "[0::1]",
    "[fe80::1%25eth0]",
    "2130706433",  # decimal
    "0x7f000001",  # hex, one number
    "017700000001",  # octal, one number
    "0177.0.0.1",  # octal
    "0177.1",
    "0x7f.1",  # hex
    "0x7F.0x0.0x0.0x1",
    "127.1",  # short forms
    "127.0.1",
    "127.1.",
    "127.0.0.1.",
    "0",
    "0x0",
    "3232235777",  # 192.168.1.1
    "0xa.1",  # 10.0.0.1
    "012.0.0.1",
    "0xa9fea9fe",  # 169.254.169.254
    "169.254.43518",
    "0xac.16.1",  # 172.16.0.1
    "100.64.1",  # shared address space
]


@pytest.mark.parametrize("host", HOSTILE_HOSTS)
async def test_every_encoding_of_a_non_public_address_is_refused(host: str) -> None:
    # The fake resolver knows none of these, so only reading them as addresses refuses them
    # for the right reason.
    with pytest.raises(AddressRefused, match="non-public"):
        await guard().check(f"https://{host}/hooks")


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("1572395042", "93.184.216.34"),
        ("0x5d.0xb8.0xd8.0x22", "93.184.216.34"),
        ("93.184.55330", "93.184.216.34"),
        ("[::ffff:93.184.216.34]", "::ffff:5db8:d822"),
    ],
)
async def test_a_public_address_in_another_encoding_is_pinned_canonically(
    host: str, address: str
) -> None:
    checked = await guard().check(f"https://{host}/hooks")
    assert checked.address == address


@pytest.mark.parametrize("host", ["1.2.3.4.5", "256.1", "1.16777216", "08.0.0.1", "hooks.123"])
async def test_a_host_ending_in_a_number_must_be_a_valid_address(host: str) -> None:
    with pytest.raises(AddressRefused, match="not a valid IPv4 address"):
        await guard().check(f"https://{host}/hooks")


async def test_an_accepted_url_is_pinned_to_a_checked_address() -> None:
    checked = await guard().check("https://hooks.partner.example:8443/chorus?x=1")
    assert (checked.host, checked.port, checked.address) == (
        "hooks.partner.example",
        8443,
        "93.184.216.34",
    )
    literal = await guard().check("https://93.184.216.34/chorus")
    assert literal.address == "93.184.216.34"


async def test_development_settings_open_http_and_private_addresses() -> None:
    lenient = UrlGuard(True, True, fake_resolver({"localhost": ["127.0.0.1"]}))
    checked = await lenient.check("http://localhost:8000/hooks")
    assert (checked.address, checked.port) == ("127.0.0.1", 8000)
    with pytest.raises(AddressRefused, match="https"):
        await UrlGuard(False, True).check("http://localhost:8000/hooks")
    # Tests deliver to loopback however it is written.
    short = await lenient.check("http://127.1:8000/hooks")
    assert short.address == "127.0.0.1"
