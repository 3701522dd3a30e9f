"""The counting rules of polls, as properties: no database."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.polls.counting import instant_runoff, leaders, plurality

OPTIONS = ["a", "b", "c", "d"]
ballot = st.lists(st.sampled_from(OPTIONS), unique=True, max_size=4)
ballots = st.lists(ballot, max_size=30)


@settings(max_examples=150, deadline=None)
@given(ballots, st.randoms(use_true_random=False))
def test_a_runoff_does_not_depend_on_the_order_ballots_came_in(
    cast: list[list[str]], rng: object
) -> None:
    shuffled = list(cast)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert instant_runoff(OPTIONS, cast) == instant_runoff(OPTIONS, shuffled)


@settings(max_examples=150, deadline=None)
@given(ballots)
def test_each_round_counts_every_ballot_once_and_drops_one_option(cast: list[list[str]]) -> None:
    result = instant_runoff(OPTIONS, cast)
    continuing = set(OPTIONS)
    for i, round_ in enumerate(result.rounds):
        assert set(round_.tallies) == continuing
        assert sum(round_.tallies.values()) + round_.exhausted == len(cast)
        last = i == len(result.rounds) - 1
        assert (round_.eliminated is None) == last
        if round_.eliminated is not None:
            # The option eliminated has the fewest votes of the round.
            assert round_.tallies[round_.eliminated] == min(round_.tallies.values())
            continuing.remove(round_.eliminated)
    if any(cast):
        assert result.winner in continuing
        final = result.rounds[-1].tallies
        active = sum(final.values())
        assert final[result.winner] * 2 > active or len(continuing) == 1
    else:
        assert result.winner is None


@settings(max_examples=150, deadline=None)
@given(ballots, st.sampled_from(OPTIONS))
def test_a_majority_of_first_preferences_wins_in_the_first_round(
    cast: list[list[str]], favourite: str
) -> None:
    # Give the favourite more first preferences than all the others together.
    others = len(cast)
    cast = cast + [[favourite]] * (others + 1)
    result = instant_runoff(OPTIONS, cast)
    assert result.winner == favourite
    assert len(result.rounds) == 1


def test_ties_for_fewest_go_back_to_earlier_rounds_then_to_the_last_listed() -> None:
    # Round 1: a 3, b 2, c 2, d 1 -> d out (its ballot goes to c). Round 2: a 3, b 2, c 3:
    # b is out. Round 3: b's ballots go to a -> a 5 of 8.
    cast = [["a"]] * 3 + [["b", "a"]] * 2 + [["c"]] * 2 + [["d", "c"]]
    result = instant_runoff(OPTIONS, cast)
    assert [r.eliminated for r in result.rounds] == ["d", "b", None]
    assert result.winner == "a"
    # A tie in every round so far: the option listed last goes first.
    even = [["a"], ["b"], ["c"], ["d"]]
    assert instant_runoff(OPTIONS, even).rounds[0].eliminated == "d"
    assert instant_runoff(OPTIONS, even).winner == "a"


@settings(max_examples=100, deadline=None)
@given(ballots)
def test_approval_counts_each_option_once_per_ballot(cast: list[list[str]]) -> None:
    tallies = plurality(OPTIONS, [b + b for b in cast])  # a repeated name counts once
    for option in OPTIONS:
        assert tallies[option] == sum(option in b for b in cast)
    top = leaders(tallies)
    assert all(tallies[o] == max(tallies.values()) for o in top)
    assert (not top) == (not any(cast))
