"""Plain-text message templates, one file per message in ``templates/``.

A file's first line is ``Subject: ...``, then a blank line, then the body. Placeholders
are ``$name`` style (``string.Template``), so a value can never run code or reach into
anything but what it is given; a missing value is an error, not a blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

FOLDER = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


@cache
def _load(name: str) -> tuple[Template, Template]:
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    first, _, body = text.partition("\n\n")
    if not first.startswith("Subject: "):
        raise ValueError(f"template {name} must start with a Subject: line")
    return Template(first.removeprefix("Subject: ").strip()), Template(body)


def names() -> list[str]:
    return sorted(path.stem for path in FOLDER.glob("*.txt"))


def render(name: str, values: dict[str, str]) -> Rendered:
    subject, body = _load(name)
    return Rendered(subject.substitute(values), body.substitute(values))
