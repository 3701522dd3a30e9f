"""Short-lived signed links to a paper's file, for front ends that cannot send headers
(an ``<a href>``, an ``<iframe>``, a native PDF viewer).

A link names the paper, the version, the person and an expiry, and carries an HMAC over
them. It is only a stand-in for that person's bearer token: on use the person is loaded
afresh and every usual rule applies (deactivated, embargoed, no longer entitled: refused).

The key is derived (HKDF) from the key material that signs access tokens, so every
process behind a load balancer agrees on it without another secret to distribute, and
the derivation keeps the two uses apart.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from app.db.models import Paper
from app.domain.actors import Actor
from app.domain.auth.identity import resolve_actor
from app.domain.auth.tokens import VerifiedToken, _hmac_secret
from app.domain.errors import NotFound, PermissionDenied, Unauthenticated
from app.settings import Settings

_INFO = b"chorus paper content links v1"
# Derived once per key configuration; reading the secret file on every link would be waste.
_KEYS: dict[tuple[Any, ...], bytes] = {}


@dataclass(frozen=True)
class SignedLink:
    paper_id: uuid.UUID
    version: int
    person_id: uuid.UUID
    expires: int  # Unix seconds

    def _message(self) -> bytes:
        return f"{self.paper_id}\n{self.version}\n{self.person_id}\n{self.expires}".encode()

    def signature(self, key: bytes) -> str:
        mac = hmac.new(key, self._message(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def query(self, key: bytes) -> dict[str, str]:
        return {
            "version": str(self.version),
            "person": str(self.person_id),
            "expires": str(self.expires),
            "signature": self.signature(key),
        }


def issue(actor: Actor, paper_id: uuid.UUID, version: int, ttl_seconds: int) -> SignedLink:
    if not actor.is_person:
        raise PermissionDenied("Signed links are for people; partner systems send their token.")
    return SignedLink(paper_id, version, actor.id, int(time.time()) + ttl_seconds)


def verify(key: bytes, link: SignedLink, signature: str) -> None:
    """Refuses a forged, altered or expired link as unauthenticated (401)."""
    if not hmac.compare_digest(link.signature(key), signature):
        raise Unauthenticated("This link is not valid; ask for a new one.")
    if link.expires < time.time():
        raise Unauthenticated("This link has expired; ask for a new one.")


def link_key(settings: Settings) -> bytes:
    secret = settings.jwt_secret.get_secret_value() if settings.jwt_secret else None
    ident = (
        settings.jwt_algorithm,
        secret,
        settings.data_dir.resolve(),
        settings.jwt_private_key_file,
    )
    key = _KEYS.get(ident)
    if key is None:
        if settings.jwt_algorithm == "HS256":
            material = _hmac_secret(settings)
        else:
            assert settings.jwt_private_key_file is not None  # the token service insists
            material = settings.jwt_private_key_file.read_bytes()
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(material)
        _KEYS[ident] = key
    return key


async def actor_for(session: AsyncSession, key: bytes, link: SignedLink, signature: str) -> Actor:
    """The person a valid link stands for, loaded afresh: a deactivated person's links
    stop working at once."""
    verify(key, link, signature)
    organisation_id = await session.scalar(
        select(Paper.organisation_id).where(Paper.id == link.paper_id)
    )
    if organisation_id is None:
        raise NotFound("paper")
    return await resolve_actor(
        session,
        VerifiedToken(
            subject=str(link.person_id),
            kind="person",
            organisation_id=organisation_id,
            scopes=frozenset(),
            email=None,
            token_id=None,
        ),
    )
