"""Plain-text message templates, one file per message and variant in ``templates/``.

A file's first line is ``Subject: ...``, then a blank line, then the body. Placeholders
are ``$name`` style (``string.Template``), so a value can never run code or reach into
anything but what it is given; a missing value is an error, not a blank.

Variants sit beside the message's own file: ``<name>.easy.txt`` is the easy-read wording
a board may ask for, and ``<name>.text.txt`` (a body alone, no subject) is what goes if
the person reads by text message. A text may use only the values in ``TEXT_SAFE``: a
phone's lock screen is seen by whoever holds it, so a text says which board and when,
and that there is a message in Chorus, never an amount or anything about the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

FOLDER = Path(__file__).parent / "templates"
EASY, TEXT = "easy", "text"
TEXT_SAFE = frozenset({"board", "meeting", "date", "organisation"})
# Short enough for one text message.
TEXT_LIMIT = 160
# Said by text when a message has no text wording of its own (the sign-in links, which
# routing never moves to text anyway).
FALLBACK_TEXT = "You have a new message from Chorus. Sign in to read it."


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    text: str = FALLBACK_TEXT


def _path(name: str, variant: str | None) -> Path:
    return FOLDER / (f"{name}.{variant}.txt" if variant else f"{name}.txt")


@cache
def has(name: str, variant: str) -> bool:
    return _path(name, variant).is_file()


@cache
def _load(name: str, variant: str | None = None) -> tuple[Template, Template]:
    text = _path(name, variant).read_text(encoding="utf-8")
    first, _, body = text.partition("\n\n")
    if not first.startswith("Subject: "):
        raise ValueError(f"template {name} must start with a Subject: line")
    return Template(first.removeprefix("Subject: ").strip()), Template(body)


@cache
def _load_text(name: str) -> Template:
    return Template(_path(name, TEXT).read_text(encoding="utf-8").strip())


def names() -> list[str]:
    """The messages, without their variants."""
    return sorted(path.stem for path in FOLDER.glob("*.txt") if "." not in path.stem)


def render(name: str, values: dict[str, str], *, easy: bool = False) -> Rendered:
    subject, body = _load(name, EASY if easy and has(name, EASY) else None)
    text = _load_text(name).substitute(values) if has(name, TEXT) else FALLBACK_TEXT
    return Rendered(subject.substitute(values), body.substitute(values), text)
