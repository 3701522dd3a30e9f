"""Access tokens: the ones Chorus issues, and the ones an external identity provider issues."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import logging
import os
import secrets
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.domain.errors import Unauthenticated
from app.settings import Settings

log = logging.getLogger(__name__)

_LEEWAY_SECONDS = 30
_JWKS_MAX_AGE_SECONDS = 600
_VERIFIED_CACHE_SIZE = 4096
_JWKS_MIN_REFETCH_SECONDS = 60
_MIN_SECRET_BYTES = 32
_OWN_KINDS = frozenset({"person", "client"})
_REQUIRED_CLAIMS = ["exp", "iat", "sub", "iss", "aud"]
# Only public-key algorithms for the IdP: an HMAC "key" from a JWKS would be public knowledge.
_EXTERNAL_KEY_TYPES: dict[str, tuple[str, str | None]] = {
    **{f"{p}{n}": ("RSA", None) for p in ("RS", "PS") for n in (256, 384, 512)},
    "ES256": ("EC", "P-256"),
    "ES384": ("EC", "P-384"),
    "ES512": ("EC", "P-521"),
    "EdDSA": ("OKP", None),
}
_INVALID = "The access token is not valid."
_EXPIRED = "The access token has expired."


@dataclass(frozen=True)
class VerifiedToken:
    subject: str
    kind: str
    organisation_id: uuid.UUID | None
    scopes: frozenset[str]
    email: str | None
    token_id: str | None
    # The person's token version when we issued it (0 for tokens from before versions);
    # None where there is no token of ours to end (an IdP's token, a signed paper link).
    version: int | None = None
    # An IdP's token only: who issued it, and whether the IdP says the email is the
    # holder's. (issuer, subject) is what a person stays bound to after a first match.
    issuer: str | None = None
    email_verified: bool = False


@dataclass(frozen=True)
class _Idp:
    issuer: str
    audience: str
    jwks_url: str


class TokenService:
    """Issues and verifies access tokens. An ``http_client`` passed in is the caller's to close."""

    def __init__(self, settings: Settings, http_client: httpx.AsyncClient | None = None) -> None:
        self._settings = settings
        self._algorithm = settings.jwt_algorithm
        self._signing_key: Any
        self._verifying_key: Any
        if self._algorithm == "HS256":
            secret = _hmac_secret(settings)
            self._signing_key = self._verifying_key = secret
            # Domain-separated so the kid is not simply a hash of the secret itself.
            kid_source = b"chorus-jwt-kid\0" + secret
        else:
            self._signing_key, self._verifying_key = _key_pair(settings)
            kid_source = self._verifying_key.public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        self._kid = hashlib.sha256(kid_source).hexdigest()[:16]
        self._idp = (
            _Idp(settings.oidc_issuer, settings.oidc_audience, settings.oidc_jwks_url)
            if settings.oidc_issuer and settings.oidc_audience and settings.oidc_jwks_url
            else None
        )
        self._http = http_client
        self._owns_http = http_client is None
        self._jwks: dict[str, dict[str, Any]] = {}
        self._jwks_fetched_at: float | None = None
        self._jwks_attempted_at: float | None = None
        self._jwks_lock = asyncio.Lock()
        self._monotonic: Callable[[], float] = time.monotonic
        # Own tokens already verified, with their expiry: a client sends the same token on
        # every request for its lifetime, and checking it again (two decodes and an HMAC
        # or signature check) is most of a small read's fixed cost. Nothing in a verified
        # token can change before it expires; who the actor is, and their roles, are still
        # read from the database on every request.
        self._verified: dict[str, tuple[VerifiedToken, float]] = {}

    @property
    def access_token_ttl(self) -> int:
        return self._settings.access_token_ttl_seconds

    def issue_access_token(
        self,
        *,
        subject: uuid.UUID,
        organisation_id: uuid.UUID,
        kind: str,
        scopes: Iterable[str] = (),
        version: int = 0,
    ) -> str:
        if kind not in _OWN_KINDS:
            raise ValueError(f"kind must be one of {sorted(_OWN_KINDS)}")
        scope_set = set(scopes)
        if any(not s or s != s.strip() or " " in s for s in scope_set):
            raise ValueError("scopes must be non-empty and contain no spaces")
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self._settings.jwt_issuer,
            "aud": self._settings.jwt_audience,
            "sub": str(subject),
            "org": str(organisation_id),
            "typ": kind,
            "iat": now,
            "nbf": now,
            "exp": now + self.access_token_ttl,
            "jti": uuid.uuid4().hex,
        }
        if version:
            claims["ver"] = version
        if scope_set:
            claims["scope"] = " ".join(sorted(scope_set))
        return jwt.encode(claims, self._signing_key, self._algorithm, headers={"kid": self._kid})

    async def verify(self, token: str) -> VerifiedToken:
        cached = self._verified.get(token)
        if cached is not None:
            if time.time() < cached[1]:
                return cached[0]
            del self._verified[token]
        try:
            return await self._verify(token)
        except jwt.ExpiredSignatureError:
            raise Unauthenticated(_EXPIRED) from None
        except (jwt.PyJWTError, ValueError, TypeError, KeyError, AttributeError):
            raise Unauthenticated(_INVALID) from None

    async def aclose(self) -> None:
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    async def _verify(self, token: str) -> VerifiedToken:
        # Read unverified only to choose a key; nothing else from this decode is trusted.
        issuer = jwt.decode(token, options={"verify_signature": False}).get("iss")
        header = jwt.get_unverified_header(token)
        if issuer == self._settings.jwt_issuer:
            return self._verify_own(token, header)
        if self._idp is not None and issuer == self._idp.issuer:
            return await self._verify_external(token, header, self._idp)
        raise Unauthenticated(_INVALID)

    def _decode(
        self, token: str, key: Any, algorithm: str, audience: str, issuer: str
    ) -> dict[str, Any]:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            audience=audience,
            issuer=issuer,
            options={"require": _REQUIRED_CLAIMS},
            leeway=_LEEWAY_SECONDS,
        )
        # Checked here too because pyjwt versions have differed on whether they check iat.
        iat = claims["iat"]
        if not isinstance(iat, int | float) or iat > time.time() + _LEEWAY_SECONDS:
            raise Unauthenticated(_INVALID)
        if not isinstance(claims["sub"], str):
            raise Unauthenticated(_INVALID)
        return claims

    def _verify_own(self, token: str, header: dict[str, Any]) -> VerifiedToken:
        if header.get("alg") != self._algorithm or header.get("kid") != self._kid:
            raise Unauthenticated(_INVALID)
        s = self._settings
        claims = self._decode(
            token, self._verifying_key, self._algorithm, s.jwt_audience, s.jwt_issuer
        )
        kind, org = claims.get("typ"), claims.get("org")
        if kind not in _OWN_KINDS or not isinstance(org, str):
            raise Unauthenticated(_INVALID)
        verified = _verified(claims, kind, uuid.UUID(org), None)
        if len(self._verified) >= _VERIFIED_CACHE_SIZE:
            # Oldest first: dicts keep insertion order.
            del self._verified[next(iter(self._verified))]
        self._verified[token] = (verified, float(claims["exp"]))
        return verified

    async def _verify_external(
        self, token: str, header: dict[str, Any], idp: _Idp
    ) -> VerifiedToken:
        s = self._settings
        alg, kid = header.get("alg"), header.get("kid")
        if not isinstance(alg, str) or not isinstance(kid, str):
            raise Unauthenticated(_INVALID)
        if alg not in s.oidc_algorithms or alg not in _EXTERNAL_KEY_TYPES:
            raise Unauthenticated(_INVALID)
        jwk = await self._jwk(kid, idp.jwks_url)
        kty, crv = _EXTERNAL_KEY_TYPES[alg]
        # The header's alg must fit the key, or a key meant for one algorithm could verify another.
        if jwk is None or jwk.get("alg", alg) != alg or jwk.get("kty") != kty:
            raise Unauthenticated(_INVALID)
        if crv is not None and jwk.get("crv") != crv:
            raise Unauthenticated(_INVALID)
        key = jwt.PyJWK(jwk, algorithm=alg)
        claims = self._decode(token, key.key, alg, idp.audience, idp.issuer)
        email = claims.get(s.oidc_email_claim)
        if not isinstance(email, str) or not email.strip():
            raise Unauthenticated(_INVALID)
        verified = _verified(claims, "external", None, email.strip().lower())
        # Only a JSON true counts (OIDC Core 5.1): a string "true" is not the IdP vouching.
        return dataclasses.replace(
            verified, issuer=idp.issuer, email_verified=claims.get("email_verified") is True
        )

    async def _jwk(self, kid: str, jwks_url: str) -> dict[str, Any] | None:
        async with self._jwks_lock:
            now = self._monotonic()
            stale = self._jwks_fetched_at is None or (
                now - self._jwks_fetched_at > _JWKS_MAX_AGE_SECONDS
            )
            # Any fetch, failed or not, holds off the next for a minute: unknown kids are free
            # for anyone to invent, and must not turn into a stream of requests to the IdP.
            may_fetch = self._jwks_attempted_at is None or (
                now - self._jwks_attempted_at >= _JWKS_MIN_REFETCH_SECONDS
            )
            if (stale or kid not in self._jwks) and may_fetch:
                self._jwks_attempted_at = now
                await self._fetch_jwks(jwks_url, now)
            return self._jwks.get(kid)

    async def _fetch_jwks(self, url: str, now: float) -> None:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=5.0)
        try:
            response = await self._http.get(url)
            response.raise_for_status()
            document = response.json()
        except (httpx.HTTPError, ValueError):
            # Keep any keys we had: an IdP outage should not log everyone out at once.
            log.warning("Could not fetch the identity provider's JWKS", exc_info=True)
            return
        keys: dict[str, dict[str, Any]] = {}
        for jwk in document.get("keys", []) if isinstance(document, dict) else []:
            if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str):
                continue
            try:
                jwt.PyJWK(jwk)  # skip keys we could never use, rather than fail on them later
            except (jwt.PyJWTError, ValueError, TypeError, KeyError):
                continue
            if jwk.get("use", "sig") == "sig":
                keys[jwk["kid"]] = jwk
        self._jwks = keys
        self._jwks_fetched_at = now


def _verified(
    claims: dict[str, Any], kind: str, organisation_id: uuid.UUID | None, email: str | None
) -> VerifiedToken:
    scope, jti, version = claims.get("scope", ""), claims.get("jti"), claims.get("ver", 0)
    if not isinstance(scope, str):
        raise Unauthenticated(_INVALID)
    if not isinstance(version, int) or isinstance(version, bool):
        raise Unauthenticated(_INVALID)
    return VerifiedToken(
        subject=claims["sub"],
        kind=kind,
        organisation_id=organisation_id,
        scopes=frozenset(scope.split()),
        email=email,
        token_id=jti if isinstance(jti, str) else None,
        version=None if kind == "external" else version,
    )


def _hmac_secret(settings: Settings) -> bytes:
    if settings.jwt_secret is not None:
        secret = settings.jwt_secret.get_secret_value().encode()
        if len(secret) < _MIN_SECRET_BYTES:
            raise ValueError(f"CHORUS_JWT_SECRET must be at least {_MIN_SECRET_BYTES} bytes")
        return secret
    path = settings.data_dir / "jwt-secret"
    if not path.exists():
        _create_secret_file(path)
    secret = path.read_bytes().strip()
    if len(secret) < _MIN_SECRET_BYTES:
        raise ValueError(f"{path} must hold at least {_MIN_SECRET_BYTES} bytes")
    return secret


def _create_secret_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and hard-linked into place, so that workers starting together agree on one
    # secret and none of them reads a half-written file.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".jwt-secret-")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        os.chmod(temp, 0o600)
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)
    finally:
        os.unlink(temp)


def _key_pair(settings: Settings) -> tuple[Any, Any]:
    if settings.jwt_private_key_file is None:
        raise ValueError(f"{settings.jwt_algorithm} needs CHORUS_JWT_PRIVATE_KEY_FILE")
    private = serialization.load_pem_private_key(
        settings.jwt_private_key_file.read_bytes(), password=None
    )
    if settings.jwt_algorithm == "RS256":
        if not isinstance(private, rsa.RSAPrivateKey) or private.key_size < 2048:
            raise ValueError("RS256 needs an RSA private key of at least 2048 bits")
    elif not isinstance(private, ec.EllipticCurvePrivateKey) or not isinstance(
        private.curve, ec.SECP256R1
    ):
        raise ValueError("ES256 needs an EC private key on curve P-256")
    public = private.public_key()
    if settings.jwt_public_key_file is not None:
        given = serialization.load_pem_public_key(settings.jwt_public_key_file.read_bytes())
        der = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        if given.public_bytes(*der) != public.public_bytes(*der):
            raise ValueError("CHORUS_JWT_PUBLIC_KEY_FILE does not match the private key")
    return private, public
