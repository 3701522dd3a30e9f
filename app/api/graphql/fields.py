"""``strawberry.field`` and ``strawberry.mutation`` for resolvers with a description.

Called with keyword arguments alone, strawberry's decorators are typed as returning
``Any``, which strict mypy reports on every resolver; these keep the resolver's type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import strawberry

F = TypeVar("F", bound=Callable[..., Any])


def field(*, description: str) -> Callable[[F], F]:
    decorator: Callable[[F], F] = strawberry.field(description=description)
    return decorator


def mutation(*, description: str) -> Callable[[F], F]:
    decorator: Callable[[F], F] = strawberry.mutation(description=description)
    return decorator
