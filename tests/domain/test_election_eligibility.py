"""The board's rules for who may stand, as a pure function of the facts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.boards.schemas import MembershipRole
from app.domain.elections.eligibility import Facts, reasons
from app.domain.elections.schemas import EligibilityRules


def _rules(**fields: object) -> EligibilityRules:
    return EligibilityRules.model_validate(fields)


def test_each_rule_broken_gives_its_own_sentence() -> None:
    rules = _rules(
        activeMember=True, requiredTraining=["chairing"], maxTerms=2, conflictingRoles=["secretary"]
    )
    facts = Facts(membership_status="paused", board_role="secretary", earlier_terms=2)
    assert reasons(rules, facts) == [
        "Candidates must be active members of the board.",
        "Candidates must hold current training: chairing.",
        "Candidates may serve at most 2 terms in this role.",
        "A candidate may not stand while holding the board's secretary role.",
    ]
    assert reasons(rules, Facts("active", "member", frozenset({"chairing"}), 1)) == []


@settings(max_examples=100)
@given(
    st.sampled_from([None, "active", "paused"]),
    st.sampled_from([None, *[r.value for r in MembershipRole]]),
    st.frozensets(st.sampled_from(["chairing", "safeguarding"])),
    st.integers(min_value=0, max_value=5),
)
def test_no_rules_refuse_nobody_and_more_facts_never_hurt(
    status: str | None, role: str | None, training: frozenset[str], terms: int
) -> None:
    facts = Facts(status, role, training, terms)
    assert reasons(_rules(activeMember=False), facts) == []
    strict = _rules(requiredTraining=["chairing"])
    if reasons(strict, facts) == []:
        assert reasons(strict, Facts(status, role, training | {"safeguarding"}, terms)) == []
