"""The plain-subtree executor answers exactly what graphql-core would, errors included."""

from __future__ import annotations

import enum
from typing import Any

import pytest
import strawberry

from app.api.graphql.executor import PlainSubtreeExecutor


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.type
class Leaf:
    name: str
    colour: Colour
    tags: list[str]
    note: str | None


@strawberry.type
class Branch:
    id: int
    leaves: list[Leaf]
    best: Leaf | None
    required: Leaf

    @strawberry.field
    async def computed(self, times: int = 2) -> int:
        return self.id * times


@strawberry.type
class Query:
    @strawberry.field
    def branches(self, broken: bool = False) -> list[Branch | None]:
        def leaf(i: int) -> Leaf:
            return Leaf(name=f"leaf {i}", colour=Colour.RED, tags=["a", "b"], note=None)

        good = [
            Branch(id=i, leaves=[leaf(i), leaf(i + 1)], best=None, required=leaf(i))
            for i in range(3)
        ]
        if broken:
            # A null where the schema promises a value, deep inside a plain subtree.
            good[1].leaves[1].name = None  # type: ignore[assignment]
            good[2].required = None  # type: ignore[assignment]
        return list(good)


fast = strawberry.Schema(query=Query, execution_context_class=PlainSubtreeExecutor)
normal = strawberry.Schema(query=Query)

QUERIES = [
    "{ branches { id leaves { name colour tags note } best { name } required { name } } }",
    "{ branches { __typename x: id leaves { __typename n: name ...L } } } "
    "fragment L on Leaf { colour tags }",
    "query($on: Boolean!) { branches { id leaves { name @include(if: $on) "
    "colour @skip(if: $on) } } }",
    "{ branches { id computed leaves { name } } }",
    "{ branches(broken: true) { id leaves { name colour } } }",
    "{ branches(broken: true) { id required { name } leaves { tags } } }",
]


def _answer(result: Any) -> dict[str, Any]:
    return {
        "data": result.data,
        "errors": [e.formatted for e in result.errors or []],
    }


@pytest.mark.parametrize("query", QUERIES)
async def test_same_answer_as_graphql_core(query: str) -> None:
    variables = {"on": True}
    expected = _answer(await normal.execute(query, variable_values=variables))
    assert _answer(await fast.execute(query, variable_values=variables)) == expected


async def test_errors_keep_their_paths() -> None:
    result = await fast.execute("{ branches(broken: true) { id leaves { name } } }")
    assert result.data is not None
    assert result.data["branches"][1] is None
    assert [e.path for e in result.errors or []] == [["branches", 1, "leaves", 1, "name"]]


async def test_plain_subtrees_skip_per_field_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext as Base

    calls = 0
    original = Base.execute_field

    def counting(self: Base, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Base, "execute_field", counting)
    await normal.execute(QUERIES[0])
    field_by_field, calls = calls, 0
    await fast.execute(QUERIES[0])
    # Only the root field has a resolver; the whole tree below it is one plan.
    assert (field_by_field, calls) == (40, 1)
