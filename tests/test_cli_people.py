"""``chorus people link``: the link an operator passes on when email cannot."""

from __future__ import annotations

import hashlib

from app.cli import cli
from app.db.models import PasswordLink, Person
from tests.test_cli import _create, _query, env, migrated, runner

__all__ = ["env", "migrated"]  # the fixtures, shared with test_cli.py


def test_people_link_prints_a_new_link_and_revokes_the_earlier_one(
    migrated: dict[str, str],
) -> None:
    env = {**migrated, "CHORUS_SET_PASSWORD_URL": "https://chorus.example.org/set-password"}
    assert _create(env, "admin@example.org").exit_code == 0
    [admin] = _query(env, Person)
    first = runner.invoke(cli, ["people", "link", str(admin.id)], env=env)
    second = runner.invoke(cli, ["people", "link", str(admin.id), "--reset"], env=env)
    third = runner.invoke(cli, ["people", "link", str(admin.id), "--reset"], env=env)
    for result in (first, second, third):
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("https://chorus.example.org/set-password#token=")
    by_digest = {link.token_hash: link for link in _query(env, PasswordLink)}
    tokens = [r.stdout.strip().split("#token=")[1] for r in (first, second, third)]
    links = [by_digest[hashlib.sha256(t.encode()).hexdigest()] for t in tokens]
    assert [link.purpose for link in links] == ["invitation", "reset", "reset"]
    # A new reset link revokes the earlier reset link, not the invitation.
    assert [link.revoked_at is not None for link in links] == [False, True, False]


def test_people_link_refuses_an_unknown_person(migrated: dict[str, str]) -> None:
    result = runner.invoke(
        cli, ["people", "link", "01900000-0000-7000-8000-000000000000"], env=migrated
    )
    assert result.exit_code == 1
    assert "No active person" in result.output
