"""Every message in every variant renders with the values its callers give, and a text
message never carries more than "you have a message in Chorus about X"."""

from __future__ import annotations

import re
from string import Template

import pytest

from app.domain.notifications import catalogue, templates
from app.domain.notifications.timing import ACCOUNT_TEMPLATES

# Long, realistic values for what a text may name, so the length limit is honest.
SAFE = {
    "board": "Lived Experience Advisory Board",
    "meeting": "Programme Board quarterly meeting",
    "date": "Wednesday 30 September 2026 at 10:00",
    "organisation": "Northern Probation Service",
}
# A member-facing message the board may ask to have in easy read.
EASY_READ = {
    "papers_circulated",
    "papers_circulated_late",
    "paper_new_version",
    "seat_assigned",
    "meeting_changed",
    "meeting_postponed",
    "meeting_rescheduled",
    "meeting_cancelled",
    "action_due",
    "claim_returned",
    "claim_approved",
    "claim_paid",
    "recommendation_responded",
}


def _sample(name: str) -> dict[str, str]:
    """Each value a marker of its own, so any that reaches a text message is found."""
    return {key: SAFE.get(key, f"<{key}:{name}>") for key in catalogue.VALUES[name]}


def _placeholders(text: str) -> set[str]:
    found = set()
    for match in Template.pattern.finditer(text):
        named = match.group("named") or match.group("braced")
        if named:
            found.add(named)
    return found


def test_the_catalogue_names_every_template_and_only_those() -> None:
    assert set(templates.names()) == set(catalogue.VALUES)
    variants = {p.name for p in templates.FOLDER.glob("*.*.txt")}
    for variant in variants:
        name, kind, _ = variant.split(".")
        assert name in catalogue.VALUES, variant
        assert kind in (templates.EASY, templates.TEXT), variant


@pytest.mark.parametrize("name", sorted(catalogue.VALUES))
def test_every_variant_renders_with_the_values_it_is_given(name: str) -> None:
    values = _sample(name)
    for easy in (False, True):
        rendered = templates.render(name, values, easy=easy)
        for part in (rendered.subject, rendered.body, rendered.text):
            assert part.strip()
            assert "$" not in part
    # Each value given is used by the email: a value passed for nothing is a mistake.
    words = (templates.FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    assert _placeholders(words) == set(values), name


def test_a_placeholder_nobody_supplies_fails_to_render() -> None:
    name = "papers_circulated"
    values = _sample(name)
    del values["papers"]
    with pytest.raises(KeyError):
        templates.render(name, values)


@pytest.mark.parametrize("name", sorted(set(catalogue.VALUES) - ACCOUNT_TEMPLATES))
def test_a_text_message_is_short_and_names_only_what_a_lock_screen_may_show(name: str) -> None:
    assert templates.has(name, templates.TEXT), f"{name} has no .text.txt wording"
    wording = (templates.FOLDER / f"{name}.text.txt").read_text(encoding="utf-8")
    assert _placeholders(wording) <= templates.TEXT_SAFE, name
    text = templates.render(name, _sample(name)).text
    assert len(text) <= templates.TEXT_LIMIT, (name, len(text))
    assert "<" not in text  # no marker of a personal value got through
    assert not re.search(r"£|\d+\.\d\d", text)  # no amount
    assert "Chorus" in text


@pytest.mark.parametrize("name", sorted(ACCOUNT_TEMPLATES))
def test_sign_in_links_are_never_worded_for_text(name: str) -> None:
    # Routing never moves them off email; if it ever did, the link must not follow.
    assert not templates.has(name, templates.TEXT)
    assert templates.render(name, _sample(name)).text == templates.FALLBACK_TEXT


@pytest.mark.parametrize("name", sorted(EASY_READ))
def test_member_messages_have_an_easy_read_wording(name: str) -> None:
    assert templates.has(name, templates.EASY)
    plain = templates.render(name, _sample(name))
    easy = templates.render(name, _sample(name), easy=True)
    assert easy.body != plain.body
    assert "What to do next" in easy.body or "You do not need to do anything" in easy.body
