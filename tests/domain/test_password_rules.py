"""The password rules: long enough, and not one everybody else uses."""

from __future__ import annotations

import pytest

from app.domain.errors import RuleViolation
from app.domain.passwords import check_password, hash_password, is_common


@pytest.mark.parametrize(
    "password",
    [
        "password1234",  # in the list as it is
        "Password2024!",  # a listed word with digits and symbols around it
        "!!qwertyuiop12",
        "aaaaaaaaaaaaaaa",  # one character repeated
        "abcabcabcabcabc",  # one short run repeated
    ],
)
def test_common_passwords_are_recognised(password: str) -> None:
    assert is_common(password)


@pytest.mark.parametrize(
    "password",
    ["correct horse battery staple", "Tr0ub4dor&3 tangerine", "ilovemydog1234lots"],
)
def test_unusual_passwords_pass(password: str) -> None:
    assert not is_common(password)
    check_password(password)


def test_refusals_name_the_field_and_the_rule() -> None:
    with pytest.raises(RuleViolation) as short:
        hash_password("tiny", "/newPassword")
    assert [(e.pointer, e.detail) for e in short.value.errors] == [
        ("/newPassword", "A password must be at least 12 characters long.")
    ]
    with pytest.raises(RuleViolation) as common:
        hash_password("Password12345!")
    [problem] = common.value.errors
    assert problem.pointer == "/password"
    assert "commonly used" in problem.detail


def test_the_list_ships_with_the_package() -> None:
    from app.domain import passwords

    words = passwords._common()
    assert len(words) > 25_000
    assert "password" in words
    assert all(w == w.lower() for w in list(words)[:1000])
