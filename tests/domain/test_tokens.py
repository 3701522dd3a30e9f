"""Access tokens: ours round-trip, forgeries and stale tokens fail, and an IdP's JWKS is used."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import stat
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import RSAAlgorithm
from pydantic import SecretStr

from app.domain.auth.tokens import TokenService
from app.domain.errors import Unauthenticated
from app.settings import Settings

SECRET = "a-test-secret-that-is-comfortably-over-32-bytes"
GENERIC_DETAILS = {"The access token is not valid.", "The access token has expired."}
IDP_ISSUER = "https://idp.example"
IDP_AUDIENCE = "chorus-at-idp"
IDP_JWKS_URL = "https://idp.example/.well-known/jwks.json"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64json(value: dict[str, Any]) -> str:
    return _b64(json.dumps(value, separators=(",", ":")).encode())


@dataclass(frozen=True)
class FromNow:
    """A time relative to when the token is made: parameters are built at collection,
    long before a slow suite reaches the test."""

    seconds: int


def _resolve(changes: dict[str, Any], now: int) -> dict[str, Any]:
    return {k: now + v.seconds if isinstance(v, FromNow) else v for k, v in changes.items()}


def _claims(**changes: Any) -> dict[str, Any]:
    """Claims a genuine token of ours would carry; a change to None drops that claim."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": "chorus",
        "aud": "chorus-api",
        "sub": str(uuid.uuid4()),
        "org": str(uuid.uuid4()),
        "typ": "person",
        "iat": now,
        "nbf": now,
        "exp": now + 300,
        "jti": uuid.uuid4().hex,
    }
    claims.update(_resolve(changes, now))
    return {key: value for key, value in claims.items() if value is not None}


def _kid_of(service: TokenService) -> str:
    token = service.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="person"
    )
    kid = jwt.get_unverified_header(token)["kid"]
    assert isinstance(kid, str)
    return kid


def _write_pem(path: Path, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> Path:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


def _public_pem(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _hs256_by_hand(header: dict[str, Any], claims: dict[str, Any], secret: bytes) -> str:
    # pyjwt refuses PEM text as an HMAC secret, so an attacker's token is built without it.
    signing_input = f"{_b64json(header)}.{_b64json(claims)}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


async def _assert_rejected(service: TokenService, token: str, detail: str | None = None) -> None:
    with pytest.raises(Unauthenticated) as caught:
        await service.verify(token)
    assert caught.value.detail in GENERIC_DETAILS
    if detail is not None:
        assert caught.value.detail == detail
    if token:
        assert token not in caught.value.detail


@pytest.fixture
def hs_service(tmp_path: Path) -> TokenService:
    return TokenService(Settings(data_dir=tmp_path, jwt_secret=SecretStr(SECRET)))


@pytest.fixture
def rsa_key() -> rsa.RSAPrivateKey:
    return _rsa_key()


# --- Our own tokens -------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", ["HS256", "RS256", "ES256"])
async def test_round_trip(tmp_path: Path, algorithm: str) -> None:
    if algorithm == "HS256":
        settings = Settings(data_dir=tmp_path, jwt_secret=SecretStr(SECRET))
    else:
        key = _rsa_key() if algorithm == "RS256" else ec.generate_private_key(ec.SECP256R1())
        settings = Settings(
            data_dir=tmp_path,
            jwt_algorithm=algorithm,
            jwt_private_key_file=_write_pem(tmp_path / "private.pem", key),
        )
    service = TokenService(settings)
    subject, organisation = uuid.uuid4(), uuid.uuid4()

    token = service.issue_access_token(
        subject=subject, organisation_id=organisation, kind="client", scopes=["b:w", "a:r"]
    )
    verified = await service.verify(token)

    assert verified.subject == str(subject)
    assert verified.organisation_id == organisation
    assert verified.kind == "client"
    assert verified.scopes == frozenset({"a:r", "b:w"})
    assert verified.email is None
    header = jwt.get_unverified_header(token)
    assert header["alg"] == algorithm
    assert len(header["kid"]) == 16
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == service.access_token_ttl == 900
    assert claims["jti"] == verified.token_id
    assert claims["scope"] == "a:r b:w"


async def test_no_scopes_means_no_scope_claim_and_an_empty_set(hs_service: TokenService) -> None:
    token = hs_service.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="person"
    )
    assert "scope" not in jwt.decode(token, options={"verify_signature": False})
    assert (await hs_service.verify(token)).scopes == frozenset()


def test_only_person_and_client_tokens_are_issued(hs_service: TokenService) -> None:
    with pytest.raises(ValueError, match="kind"):
        hs_service.issue_access_token(
            subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="external"
        )


async def test_generated_secret_is_made_once_private_and_reused(tmp_path: Path) -> None:
    data_dir = tmp_path / "not-yet-created"
    first = TokenService(Settings(data_dir=data_dir))
    secret_file = data_dir / "jwt-secret"
    secret = secret_file.read_bytes()

    assert len(secret) >= 32
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert [p.name for p in data_dir.iterdir()] == ["jwt-secret"]

    second = TokenService(Settings(data_dir=data_dir))
    token = first.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="person"
    )
    assert (await second.verify(token)).kind == "person"
    assert secret_file.read_bytes() == secret

    elsewhere = TokenService(Settings(data_dir=tmp_path / "other"))
    assert (tmp_path / "other" / "jwt-secret").read_bytes() != secret
    await _assert_rejected(elsewhere, token)


def test_short_secret_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        TokenService(Settings(data_dir=tmp_path, jwt_secret=SecretStr("x" * 31)))


@pytest.mark.parametrize("algorithm", ["RS256", "ES256"])
def test_asymmetric_algorithms_need_a_private_key(tmp_path: Path, algorithm: str) -> None:
    with pytest.raises(ValueError, match="PRIVATE_KEY_FILE"):
        TokenService(Settings(data_dir=tmp_path, jwt_algorithm=algorithm))


def test_public_key_file_must_match_the_private_key(
    tmp_path: Path, rsa_key: rsa.RSAPrivateKey
) -> None:
    (tmp_path / "public.pem").write_bytes(_public_pem(_rsa_key()))
    with pytest.raises(ValueError, match="does not match"):
        TokenService(
            Settings(
                data_dir=tmp_path,
                jwt_algorithm="RS256",
                jwt_private_key_file=_write_pem(tmp_path / "private.pem", rsa_key),
                jwt_public_key_file=tmp_path / "public.pem",
            )
        )


@pytest.mark.parametrize(
    ("changes", "detail"),
    [
        pytest.param({"exp": FromNow(-120)}, "expired", id="expired"),
        pytest.param({"nbf": FromNow(120)}, None, id="nbf-in-future"),
        pytest.param(
            {"iat": FromNow(120), "nbf": None, "exp": FromNow(600)},
            None,
            id="iat-in-future",
        ),
        pytest.param({"aud": "someone-else"}, None, id="wrong-audience"),
        pytest.param({"iss": "someone-else"}, None, id="wrong-issuer"),
        pytest.param({"exp": None}, None, id="missing-exp"),
        pytest.param({"sub": None}, None, id="missing-sub"),
        pytest.param({"iat": None}, None, id="missing-iat"),
        pytest.param({"typ": "administrator"}, None, id="unknown-kind"),
        pytest.param({"typ": "external"}, None, id="external-kind-from-our-issuer"),
        pytest.param({"org": "not-a-uuid"}, None, id="malformed-org"),
        pytest.param({"org": None}, None, id="missing-org"),
        pytest.param({"scope": ["a:r"]}, None, id="scope-not-a-string"),
    ],
)
async def test_bad_claims_are_rejected(
    hs_service: TokenService, changes: dict[str, Any], detail: str | None
) -> None:
    kid = _kid_of(hs_service)
    # The same claims, untouched, do verify: so only the change can be the reason for rejection.
    await hs_service.verify(jwt.encode(_claims(), SECRET, "HS256", headers={"kid": kid}))

    token = jwt.encode(_claims(**changes), SECRET, "HS256", headers={"kid": kid})
    await _assert_rejected(
        hs_service, token, "The access token has expired." if detail == "expired" else None
    )


async def test_tampered_payload_and_signature_are_rejected(hs_service: TokenService) -> None:
    token = hs_service.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="person"
    )
    header, _, signature = token.split(".")
    promoted = _b64json(_claims(typ="client", scope="people:write"))
    await _assert_rejected(hs_service, f"{header}.{promoted}.{signature}")

    flipped = ("B" if signature[0] == "A" else "A") + signature[1:]
    await _assert_rejected(hs_service, token.rsplit(".", 1)[0] + "." + flipped)


async def test_alg_none_is_rejected(hs_service: TokenService) -> None:
    header = {"alg": "none", "typ": "JWT", "kid": _kid_of(hs_service)}
    await _assert_rejected(hs_service, f"{_b64json(header)}.{_b64json(_claims())}.")


async def test_token_signed_with_another_secret_is_rejected(hs_service: TokenService) -> None:
    other = "another-secret-that-is-also-over-32-bytes-long"
    token = jwt.encode(_claims(), other, "HS256", headers={"kid": _kid_of(hs_service)})
    await _assert_rejected(hs_service, token)


async def test_token_with_a_foreign_kid_is_rejected(hs_service: TokenService) -> None:
    token = jwt.encode(_claims(), SECRET, "HS256", headers={"kid": "0123456789abcdef"})
    await _assert_rejected(hs_service, token)


@pytest.mark.parametrize("garbage", ["", "not-a-token", "a.b.c", "....", "eyJhbGciOi.e30."])
async def test_garbage_is_rejected(hs_service: TokenService, garbage: str) -> None:
    await _assert_rejected(hs_service, garbage)


async def test_algorithm_confusion_with_our_public_key_is_rejected(
    tmp_path: Path, rsa_key: rsa.RSAPrivateKey
) -> None:
    public_file = tmp_path / "public.pem"
    public_file.write_bytes(_public_pem(rsa_key))
    service = TokenService(
        Settings(
            data_dir=tmp_path,
            jwt_algorithm="RS256",
            jwt_private_key_file=_write_pem(tmp_path / "private.pem", rsa_key),
            jwt_public_key_file=public_file,
        )
    )
    header = {"alg": "HS256", "typ": "JWT", "kid": _kid_of(service)}
    await _assert_rejected(service, _hs256_by_hand(header, _claims(), public_file.read_bytes()))


# --- An external identity provider ----------------------------------------------------------


@dataclass
class FakeIdp:
    key: rsa.RSAPrivateKey
    kid: str = "idp-key-1"
    keys: list[dict[str, Any]] = field(default_factory=list)
    calls: int = 0
    status: int = 200

    def __post_init__(self) -> None:
        self.keys = [self.jwk(self.key, self.kid)]

    @staticmethod
    def jwk(key: rsa.RSAPrivateKey, kid: str) -> dict[str, Any]:
        jwk: dict[str, Any] = RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
        return {**jwk, "kid": kid, "alg": "RS256", "use": "sig"}

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert str(request.url) == IDP_JWKS_URL
        self.calls += 1
        return httpx.Response(self.status, json={"keys": self.keys})

    def token(
        self,
        key: Any = None,
        kid: str | None = None,
        algorithm: str = "RS256",
        **changes: Any,
    ) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": IDP_ISSUER,
            "aud": IDP_AUDIENCE,
            "sub": "idp|12345",
            "email": "Ada.Lovelace@Example.ORG",
            "iat": now,
            "exp": now + 300,
        }
        claims.update(_resolve(changes, now))
        claims = {k: v for k, v in claims.items() if v is not None}
        headers = {"kid": kid or self.kid}
        return jwt.encode(claims, key or self.key, algorithm, headers=headers)


@dataclass
class FakeClock:
    now: float = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def idp(rsa_key: rsa.RSAPrivateKey) -> FakeIdp:
    return FakeIdp(rsa_key)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def idp_service(
    tmp_path: Path, idp: FakeIdp, clock: FakeClock
) -> AsyncIterator[TokenService]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(idp.handle)) as client:
        service = TokenService(
            Settings(
                data_dir=tmp_path,
                jwt_secret=SecretStr(SECRET),
                oidc_issuer=IDP_ISSUER,
                oidc_audience=IDP_AUDIENCE,
                oidc_jwks_url=IDP_JWKS_URL,
                oidc_algorithms=["RS256", "PS256"],
            ),
            http_client=client,
        )
        service._monotonic = clock
        yield service
        await service.aclose()


async def test_external_token_is_accepted(idp_service: TokenService, idp: FakeIdp) -> None:
    verified = await idp_service.verify(idp.token(scope="openid profile", jti="abc"))

    assert verified.kind == "external"
    assert verified.subject == "idp|12345"
    assert verified.email == "ada.lovelace@example.org"
    assert verified.organisation_id is None
    assert verified.scopes == frozenset({"openid", "profile"})
    assert verified.token_id == "abc"
    assert verified.issuer == IDP_ISSUER
    # No email_verified claim: the provider does not vouch for the address.
    assert verified.email_verified is False
    assert idp.calls == 1


@pytest.mark.parametrize(("claim", "vouched"), [(True, True), ("true", False), (False, False)])
async def test_only_a_json_true_email_verified_counts(
    idp_service: TokenService, idp: FakeIdp, claim: object, vouched: bool
) -> None:
    verified = await idp_service.verify(idp.token(email_verified=claim))
    assert verified.email_verified is vouched


async def test_our_own_tokens_still_verify_alongside_an_idp(
    idp_service: TokenService, idp: FakeIdp
) -> None:
    token = idp_service.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="person"
    )
    assert (await idp_service.verify(token)).kind == "person"
    assert idp.calls == 0


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"aud": "someone-else"}, id="wrong-audience"),
        pytest.param({"iss": "https://evil.example"}, id="wrong-issuer"),
        pytest.param({"email": None}, id="missing-email"),
        pytest.param({"exp": FromNow(-120)}, id="expired"),
        pytest.param({"sub": None}, id="missing-sub"),
    ],
)
async def test_bad_external_claims_are_rejected(
    idp_service: TokenService, idp: FakeIdp, changes: dict[str, Any]
) -> None:
    await idp_service.verify(idp.token())
    await _assert_rejected(idp_service, idp.token(**changes))


async def test_external_token_signed_by_a_key_not_in_the_jwks_is_rejected(
    idp_service: TokenService, idp: FakeIdp
) -> None:
    stranger = _rsa_key()
    await _assert_rejected(idp_service, idp.token(key=stranger))
    await _assert_rejected(idp_service, idp.token(key=stranger, kid="stranger"))


async def test_jwks_is_cached_for_ten_minutes(
    idp_service: TokenService, idp: FakeIdp, clock: FakeClock
) -> None:
    for _ in range(3):
        await idp_service.verify(idp.token())
    clock.now += 599
    await idp_service.verify(idp.token())
    assert idp.calls == 1

    clock.now += 2
    await idp_service.verify(idp.token())
    assert idp.calls == 2


async def test_key_rotation_refetches_once_and_unknown_kids_cannot_hammer_the_idp(
    idp_service: TokenService, idp: FakeIdp, clock: FakeClock
) -> None:
    await idp_service.verify(idp.token())
    assert idp.calls == 1

    clock.now += 61
    new_key = _rsa_key()
    idp.keys = [FakeIdp.jwk(new_key, "idp-key-2")]
    verified = await idp_service.verify(idp.token(key=new_key, kid="idp-key-2"))
    assert verified.kind == "external"
    assert idp.calls == 2

    clock.now += 30
    for kid in ("invented-1", "invented-2"):
        await _assert_rejected(idp_service, idp.token(key=new_key, kid=kid))
    assert idp.calls == 2
    # The old key went with the rotation.
    await _assert_rejected(idp_service, idp.token())


async def test_idp_outage_rejects_tokens_without_raising_anything_else(
    idp_service: TokenService, idp: FakeIdp
) -> None:
    idp.status = 503
    await _assert_rejected(idp_service, idp.token())
    assert idp.calls == 1


async def test_hs256_token_signed_with_the_idp_public_key_is_rejected(
    idp_service: TokenService, idp: FakeIdp
) -> None:
    await idp_service.verify(idp.token())
    header = {"alg": "HS256", "typ": "JWT", "kid": idp.kid}
    claims = jwt.decode(idp.token(), options={"verify_signature": False})
    await _assert_rejected(idp_service, _hs256_by_hand(header, claims, _public_pem(idp.key)))


async def test_header_alg_must_match_the_jwk(idp_service: TokenService, idp: FakeIdp) -> None:
    # PS256 is allowed and the signature is genuine, but this JWK is published for RS256 only.
    await idp_service.verify(idp.token())
    await _assert_rejected(idp_service, idp.token(algorithm="PS256"))


async def test_a_verified_token_stops_working_when_it_expires(
    hs_service: TokenService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verified tokens are remembered until they expire, never past it."""
    token = hs_service.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="person"
    )
    first = await hs_service.verify(token)
    assert await hs_service.verify(token) == first
    later = jwt.decode(token, options={"verify_signature": False})["exp"] + 60

    class Later(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Later:
            return cls.fromtimestamp(later, tz)

    # Both clocks move on: ours (the memory) and pyjwt's (the check itself).
    monkeypatch.setattr(time, "time", lambda: float(later))
    monkeypatch.setattr(jwt.api_jwt, "datetime", Later)
    with pytest.raises(Unauthenticated, match="expired"):
        await hs_service.verify(token)


async def test_a_remembered_token_does_not_vouch_for_a_tampered_copy(
    hs_service: TokenService,
) -> None:
    token = hs_service.issue_access_token(
        subject=uuid.uuid4(), organisation_id=uuid.uuid4(), kind="client"
    )
    await hs_service.verify(token)
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["typ"] = "person"
    with pytest.raises(Unauthenticated):
        await hs_service.verify(f"{header}.{_b64json(claims)}.{signature}")
