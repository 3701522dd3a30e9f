"""Relay connections over the domain's keyset pages, with its opaque cursors."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

import strawberry

from app.api.graphql.errors import InvalidArguments
from app.domain.errors import RuleViolation
from app.domain.pagination import (
    Page,
    PageRequest,
    check_limit,
    decode_cursor,
    encode_cursor,
)

N = TypeVar("N")


class Identified(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


I = TypeVar("I", bound=Identified)  # noqa: E741


@strawberry.type(description="Where this page sits in the whole list.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool = strawberry.field(
        description="True when `after` was given; paging runs forward only."
    )
    start_cursor: str | None
    end_cursor: str | None = strawberry.field(description="Pass as `after` to get the next page.")


@strawberry.type
class Edge(Generic[N]):
    cursor: str
    node: N


@strawberry.type
class Connection(Generic[N]):
    edges: list[Edge[N]]
    page_info: PageInfo


def page_request(
    first: int, after: str | None, decode: Callable[[str, str], object] = decode_cursor
) -> PageRequest:
    """The domain's own limit and cursor rules, reported as invalid arguments. ``decode``
    is the list's own cursor reader when it is not ordered by ID alone."""
    try:
        check_limit(first, "/first")
        if after:
            decode(after, "/after")
    except RuleViolation as error:
        raise InvalidArguments(error.errors) from None
    return PageRequest(limit=first, cursor=after)


def _plain(cursor: str | None) -> str | None:
    """GraphQL's cursors are the bare ID, without the list tag REST's carry: the compiled
    path writes them in SQL and both paths must give the same bytes. So GraphQL, unlike
    REST, does not tell another list's cursor from this one's."""
    return None if cursor is None else encode_cursor(decode_cursor(cursor, "/after"))


def connection(
    nodes: Sequence[I],
    next_cursor: str | None,
    after: str | None,
    cursor: Callable[[I], str] | None = None,
) -> Connection[I]:
    """``cursor`` gives each edge's cursor when the list is not ordered by ID alone; its
    cursors (and the domain's next one) are then the list's own, passed as they are."""
    cursor_of = cursor or (lambda node: encode_cursor(node.id))
    edges = [Edge(cursor=cursor_of(node), node=node) for node in nodes]
    end = next_cursor if cursor is not None else _plain(next_cursor)
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=next_cursor is not None,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            # The domain's cursor, not the last edge's: a filtered page may end earlier.
            end_cursor=end or (edges[-1].cursor if edges else None),
        ),
    )


def slice_page(rows: Sequence[I], request: PageRequest) -> Page[I]:
    """Keyset paging in memory, over a short list a loader fetched whole (sorted by id)."""
    if request.cursor:
        start = decode_cursor(request.cursor, "/after")
        rows = [row for row in rows if row.id > start]
    if len(rows) > request.limit:
        page = list(rows[: request.limit])
        return Page(page, encode_cursor(page[-1].id))
    return Page(list(rows), None)
