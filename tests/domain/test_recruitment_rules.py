"""Eligibility rules and the stage table: pure, so tested without a database."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain.recruitment import rules
from app.domain.recruitment.stages import FINAL, TRANSITIONS, Stage, allowed, can_move

QUESTIONS = ["community_order_within_years", "in_recovery", "region"]

answers_st = st.fixed_dictionaries(
    {},
    optional={
        "community_order_within_years": st.integers(-1, 10),
        "in_recovery": st.booleans(),
        "region": st.sampled_from(["north", "south", "east"]),
    },
)

criteria_st = st.one_of(
    st.builds(
        lambda op, n: {"question": "community_order_within_years", op: n},
        st.sampled_from(["lt", "lte", "gt", "gte", "eq", "ne"]),
        st.integers(0, 5),
    ),
    st.builds(lambda b: {"question": "in_recovery", "eq": b}, st.booleans()),
    st.builds(
        lambda xs: {"question": "region", "in": xs},
        st.lists(st.sampled_from(["north", "south", "east"]), min_size=1, max_size=3),
    ),
)


def _rule(data: dict[str, Any]) -> rules.Rule:
    return rules.EligibilityRule.model_validate(data).root


def test_the_example_rule_reads_as_written() -> None:
    rule = rules.EligibilityRule.model_validate(
        {
            "all": [
                {"question": "community_order_within_years", "lte": 2},
                {
                    "any": [
                        {"question": "in_recovery", "eq": True},
                        {"question": "region", "in": ["north"]},
                    ]
                },
            ]
        }
    )
    assert rule.questions() == frozenset(QUESTIONS)
    assert rules.expects_number(rule.root) == {"community_order_within_years"}
    assert rules.evaluate(rule.root, {"community_order_within_years": 1, "in_recovery": True})
    assert not rules.evaluate(rule.root, {"community_order_within_years": 3, "in_recovery": True})
    # Unanswered: not shown to be eligible.
    assert not rules.evaluate(rule.root, {"in_recovery": True})
    # A bool is not a number of years, even though Python says True == 1.
    assert not rules.evaluate(
        rule.root, {"community_order_within_years": True, "in_recovery": True}
    )
    assert rule.stored()["all"][1]["any"][1] == {"question": "region", "in": ["north"]}


@pytest.mark.parametrize(
    "bad",
    [
        {"question": "q", "lte": 2, "gte": 1},  # two operators
        {"question": "q"},  # none
        {"question": "Not A Slug", "eq": 1},
        {"all": []},
        {"all": [{"question": "q", "eq": 1}], "extra": 1},
        {"question": "q", "lte": "2"},  # an order needs a number
        {"all": [{"all": [{"all": [{"all": [{"question": "q", "eq": 1}]}]}]}]},  # too deep
        {"any": [{"question": f"q{i}", "eq": 1} for i in range(31)]},  # too many
    ],
)
def test_malformed_rules_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        rules.EligibilityRule.model_validate(bad)


@settings(max_examples=60, deadline=None)
@given(st.lists(criteria_st, min_size=1, max_size=4), answers_st)
def test_all_and_any_are_conjunction_and_disjunction(
    criteria: list[dict[str, Any]], answers: dict[str, Any]
) -> None:
    each = [rules.evaluate(_rule(c), answers) for c in criteria]
    assert rules.evaluate(_rule({"all": criteria}), answers) is all(each)
    assert rules.evaluate(_rule({"any": criteria}), answers) is any(each)


@settings(max_examples=60, deadline=None)
@given(criteria_st, answers_st)
def test_only_the_questions_asked_decide(
    criterion: dict[str, Any], answers: dict[str, Any]
) -> None:
    rule = _rule(criterion)
    asked = rules.questions(rule)
    kept = {k: v for k, v in answers.items() if k in asked}
    assert rules.evaluate(rule, answers) is rules.evaluate(rule, kept)
    # A stored rule reads back to the same judgement.
    again = rules.parse(rules.EligibilityRule.model_validate(criterion).stored()).root
    assert rules.evaluate(again, answers) is rules.evaluate(rule, answers)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 5), st.integers(-1, 10))
def test_ne_is_the_negation_of_eq(bound: int, years: int) -> None:
    answers = {"community_order_within_years": years}
    eq = _rule({"question": "community_order_within_years", "eq": bound})
    ne = _rule({"question": "community_order_within_years", "ne": bound})
    assert rules.evaluate(eq, answers) is not rules.evaluate(ne, answers)


def test_the_stage_table() -> None:
    assert {Stage.ACTIVE, Stage.WITHDRAWN, Stage.UNSUCCESSFUL} == FINAL
    path = [Stage.APPLIED, Stage.ELIGIBLE, Stage.INTERVIEWED, Stage.TRAINING, Stage.ACTIVE]
    assert all(can_move(a, b) for a, b in itertools.pairwise(path))
    for stage in set(Stage) - FINAL:
        assert {Stage.WITHDRAWN, Stage.UNSUCCESSFUL} <= TRANSITIONS[stage]
        assert not can_move(stage, Stage.ACTIVE) or stage == Stage.TRAINING
    assert allowed(Stage.APPLIED) == [Stage.ELIGIBLE, Stage.WITHDRAWN, Stage.UNSUCCESSFUL]
    assert not can_move(Stage.APPLIED, Stage.INTERVIEWED)
