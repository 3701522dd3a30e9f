"""Argon2 password hashing through pwdlib, and the rules a new password must meet."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from pwdlib import PasswordHash

from app.domain.errors import RuleViolation

_hasher = PasswordHash.recommended()
# Verifying against this when no account matches keeps sign-in time the same either way,
# so timing does not reveal which emails have accounts.
_DUMMY_HASH = _hasher.hash("chorus-timing-equaliser")

MIN_LENGTH = 12
# Published on every field that sets a password, so clients can check the length before
# sending; check_password() still gives the error, naming the field and the rule.
NEW_PASSWORD_SCHEMA: dict[str, Any] = {"minLength": MIN_LENGTH}
# The 30,000 most common passwords of real leaks, as ranked by zxcvbn (MIT licence,
# Dropbox and Daniel Wolf), lower-cased. Shipped with the package: checking a password
# never makes a network call.
_COMMON_FILE = Path(__file__).parent / "auth" / "common_passwords.txt"
# "Password2024!" is "password" with decoration: what is left once digits and symbols are
# cut from both ends is checked too, when there is enough of it to be a word.
_DECORATION = re.compile(r"^[\d\W_]+|[\d\W_]+$")
_MIN_CORE = 4


@cache
def _common() -> frozenset[str]:
    return frozenset(_COMMON_FILE.read_text(encoding="utf-8").split("\n")) - {""}


def is_common(password: str) -> bool:
    lowered = password.lower()
    common = _common()
    if lowered in common or " ".join(lowered.split()) in common:
        return True
    core = _DECORATION.sub("", lowered)
    if len(core) >= _MIN_CORE and core in common:
        return True
    # One character, or one short run of them, repeated ("aaaaaaaaaaaa", "abcabcabcabc").
    return any(lowered == lowered[:n] * (len(lowered) // n) for n in (1, 2, 3, 4))


def check_password(password: str, pointer: str = "/password") -> None:
    """Refuse a password that is too short or too common, naming the field and the rule."""
    if len(password) < MIN_LENGTH:
        raise RuleViolation.field(
            pointer, f"A password must be at least {MIN_LENGTH} characters long."
        )
    if is_common(password):
        detail = (
            "That password is one of the most commonly used ones, so it is easy to guess; "
            "choose another."
        )
        raise RuleViolation.field(pointer, detail)


def hash_password(password: str, pointer: str = "/password") -> str:
    check_password(password, pointer)
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        _hasher.verify(password, _DUMMY_HASH)
        return False
    return _hasher.verify(password, password_hash)
