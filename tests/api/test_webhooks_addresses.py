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
