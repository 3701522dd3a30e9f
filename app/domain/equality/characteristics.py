"""The Equality Act 2010 protected characteristics, shipped to every organisation.

Their IDs are fixed (UUIDv5 of the key), the same in every organisation, so answers and
population figures name a default question exactly as they name one the organisation
added. Options follow the ONS census groupings where there are any.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

PREFER_NOT_TO_SAY = "prefer_not_to_say"
_NAMESPACE = uuid.UUID("6f1d9a0e-4c1b-5b7e-9a53-0c2e8d1f7a42")


@dataclass(frozen=True)
class Option:
    key: str
    label: str


@dataclass(frozen=True)
class Question:
    id: uuid.UUID
    key: str
    label: str
    options: tuple[Option, ...]
    protected: bool
    created_at: datetime | None = None

    def option_keys(self) -> list[str]:
        return [o.key for o in self.options]


def _options(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return (*(Option(k, v) for k, v in pairs), Option(PREFER_NOT_TO_SAY, "Prefer not to say"))


def with_prefer_not_to_say(options: list[Option]) -> tuple[Option, ...]:
    """Every question can be declined: the option is added where it is missing."""
    if any(o.key == PREFER_NOT_TO_SAY for o in options):
        return tuple(options)
    return (*options, Option(PREFER_NOT_TO_SAY, "Prefer not to say"))


def _default(key: str, label: str, *pairs: tuple[str, str]) -> Question:
    return Question(uuid.uuid5(_NAMESPACE, key), key, label, _options(*pairs), True)


_YES_NO = (("yes", "Yes"), ("no", "No"))

DEFAULTS: tuple[Question, ...] = (
    _default(
        "age_band",
        "Age",
        ("under_25", "Under 25"),
        ("25_34", "25 to 34"),
        ("35_44", "35 to 44"),
        ("45_54", "45 to 54"),
        ("55_64", "55 to 64"),
        ("65_plus", "65 or over"),
    ),
    _default("disability", "Disability", *_YES_NO),
    _default(
        "gender_reassignment",
        "Is your gender identity the same as the sex you were registered at birth?",
        *_YES_NO,
    ),
    _default(
        "marriage_civil_partnership",
        "Marriage and civil partnership",
        ("single", "Never married or in a civil partnership"),
        ("married", "Married"),
        ("civil_partnership", "In a civil partnership"),
        ("separated", "Separated"),
        ("divorced_dissolved", "Divorced or civil partnership dissolved"),
        ("widowed", "Widowed or surviving civil partner"),
    ),
    _default("pregnancy_maternity", "Pregnancy and maternity", *_YES_NO),
    _default(
        "ethnic_group",
        "Race and ethnic group",
        ("asian", "Asian or Asian British"),
        ("black", "Black, Black British, Caribbean or African"),
        ("mixed", "Mixed or multiple ethnic groups"),
        ("white", "White"),
        ("other", "Other ethnic group"),
    ),
    _default(
        "religion_belief",
        "Religion or belief",
        ("none", "No religion"),
        ("buddhist", "Buddhist"),
        ("christian", "Christian"),
        ("hindu", "Hindu"),
        ("jewish", "Jewish"),
        ("muslim", "Muslim"),
        ("sikh", "Sikh"),
        ("other", "Any other religion or belief"),
    ),
    _default("sex", "Sex", ("female", "Female"), ("male", "Male")),
    _default(
        "sexual_orientation",
        "Sexual orientation",
        ("heterosexual", "Straight or heterosexual"),
        ("gay_lesbian", "Gay or lesbian"),
        ("bisexual", "Bisexual"),
        ("other", "Other sexual orientation"),
    ),
)
DEFAULT_KEYS = frozenset(q.key for q in DEFAULTS)
BY_ID = {q.id: q for q in DEFAULTS}
