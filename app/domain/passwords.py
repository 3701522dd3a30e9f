"""Argon2 password hashing through pwdlib."""

from __future__ import annotations

from pwdlib import PasswordHash

from app.domain.errors import RuleViolation

_hasher = PasswordHash.recommended()
# Verifying against this when no account matches keeps sign-in time the same either way,
# so timing does not reveal which emails have accounts.
_DUMMY_HASH = _hasher.hash("chorus-timing-equaliser")

MIN_LENGTH = 12


def hash_password(password: str, pointer: str = "/password") -> str:
    if len(password) < MIN_LENGTH:
        raise RuleViolation.field(
            pointer, f"A password must be at least {MIN_LENGTH} characters long."
        )
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        _hasher.verify(password, _DUMMY_HASH)
        return False
    return _hasher.verify(password, password_hash)
