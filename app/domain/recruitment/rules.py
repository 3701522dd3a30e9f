"""Eligibility rules an organisation sets for an opportunity, and their evaluation.

A rule is a small declarative tree: a criterion on one declared answer, or ``all`` /
``any`` of smaller rules. It is stored as JSON and evaluated by a pure function on what
the applicant declares, so the same rule gives the same answer everywhere and nothing but
the answers it names is ever asked for or kept (no criminal-record data beyond the rule).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, model_validator

Question = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Answer = StrictBool | StrictInt | Annotated[str, Field(max_length=200)]
Answers = dict[Question, Answer]

MAX_DEPTH = 4
MAX_CRITERIA = 30
_ORDERED = ("lt", "lte", "gt", "gte")


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Criterion(_Node):
    """One test of one answer: exactly one operator."""

    question: Question
    eq: Answer | None = None
    ne: Answer | None = None
    lt: StrictInt | None = None
    lte: StrictInt | None = None
    gt: StrictInt | None = None
    gte: StrictInt | None = None
    in_: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, alias="in", min_length=1, max_length=50
    )

    @model_validator(mode="after")
    def _one_operator(self) -> Criterion:
        given = [name for name in (*_ORDERED, "eq", "ne", "in_") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("a criterion has exactly one of eq, ne, lt, lte, gt, gte, in")
        return self


class AllOf(_Node):
    all: list[Rule] = Field(min_length=1, max_length=MAX_CRITERIA)


class AnyOf(_Node):
    any: list[Rule] = Field(min_length=1, max_length=MAX_CRITERIA)


Rule = Union[Criterion, AllOf, AnyOf]  # noqa: UP007 (a forward-referenced recursive union)
AllOf.model_rebuild()
AnyOf.model_rebuild()


class EligibilityRule(RootModel[Rule]):
    """The rule as the organisation sets it, e.g. ``{"all": [{"question":
    "community_order_within_years", "lte": 2}]}``. Bounded in depth and size."""

    @model_validator(mode="after")
    def _bounded(self) -> EligibilityRule:
        if _depth(self.root) > MAX_DEPTH:
            raise ValueError(f"a rule nests at most {MAX_DEPTH} levels")
        if _count(self.root) > MAX_CRITERIA:
            raise ValueError(f"a rule has at most {MAX_CRITERIA} criteria")
        return self

    def questions(self) -> frozenset[str]:
        return questions(self.root)

    def stored(self) -> dict[str, Any]:
        data: dict[str, Any] = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        return data


def _children(rule: Rule) -> list[Rule]:
    if isinstance(rule, AllOf):
        return rule.all
    if isinstance(rule, AnyOf):
        return rule.any
    return []


def _depth(rule: Rule) -> int:
    return 1 + max((_depth(child) for child in _children(rule)), default=0)


def _count(rule: Rule) -> int:
    if isinstance(rule, Criterion):
        return 1
    return sum(_count(child) for child in _children(rule))


def questions(rule: Rule) -> frozenset[str]:
    """Every question the rule asks: the only answers an application may carry."""
    if isinstance(rule, Criterion):
        return frozenset({rule.question})
    return frozenset().union(*(questions(child) for child in _children(rule)))


def expects_number(rule: Rule) -> frozenset[str]:
    """Questions compared by order, whose answers must be whole numbers."""
    if isinstance(rule, Criterion):
        ordered = any(getattr(rule, name) is not None for name in _ORDERED)
        return frozenset({rule.question}) if ordered else frozenset()
    return frozenset().union(*(expects_number(child) for child in _children(rule)))


def _holds(criterion: Criterion, answers: Mapping[str, Answer]) -> bool:
    if criterion.question not in answers:
        return False  # not declared: not shown to be eligible
    value = answers[criterion.question]
    if criterion.eq is not None:
        return type(value) is type(criterion.eq) and value == criterion.eq
    if criterion.ne is not None:
        return not (type(value) is type(criterion.ne) and value == criterion.ne)
    if criterion.in_ is not None:
        return isinstance(value, str) and value in criterion.in_
    # An ordered comparison needs a number; a bool is not one here.
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    if criterion.lt is not None:
        return value < criterion.lt
    if criterion.lte is not None:
        return value <= criterion.lte
    if criterion.gt is not None:
        return value > criterion.gt
    assert criterion.gte is not None
    return value >= criterion.gte


def evaluate(rule: Rule, answers: Mapping[str, Answer]) -> bool:
    """Whether what the applicant declared meets the rule. A question left unanswered
    fails the criteria that ask it."""
    if isinstance(rule, Criterion):
        return _holds(rule, answers)
    if isinstance(rule, AllOf):
        return all(evaluate(child, answers) for child in rule.all)
    return any(evaluate(child, answers) for child in rule.any)


def parse(stored: Mapping[str, Any]) -> EligibilityRule:
    return EligibilityRule.model_validate(stored)
