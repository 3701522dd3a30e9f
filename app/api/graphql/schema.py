"""The GraphQL schema. Importing it needs no database: ``schema.as_str()`` is exported to
``openapi/schema.graphql``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.types.base_scalars import DateTimeDefinition
from strawberry.types import ExecutionContext

from app.api.graphql.cost import create_cost_rule
from app.api.graphql.executor import PlainSubtreeExecutor
from app.api.graphql.mutations import Mutation
from app.api.graphql.people import PersonPrivate, PersonPublic
from app.api.graphql.queries import Query
from app.api.graphql.recommendations_types import RecommendationInternal, RecommendationPublic
from app.settings import Settings


def _utc_rfc3339(value: datetime) -> str:
    # The API's one time format, as REST writes it: UTC with a Z.
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


DateTime = strawberry.scalar(
    name="DateTime",
    description="An RFC 3339 time in UTC, such as 2026-12-01T10:00:00Z.",
    serialize=_utc_rfc3339,
    parse_value=DateTimeDefinition.parse_value,
)


class ChorusSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # The transport formats and logs each error once (errors.py); strawberry's own
        # logger would report every expected NOT_FOUND or FORBIDDEN as a failure.
        return None


@lru_cache(maxsize=4)
def build_schema(
    max_depth: int, max_aliases: int, max_tokens: int, max_cost: int
) -> strawberry.Schema:
    # The limiters' rule classes are built once: ValidationCache keys on the rules, and a
    # limiter constructed per request would bring fresh classes and never hit the cache.
    limits: list[Any] = [
        *QueryDepthLimiter(max_depth=max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules,
        create_cost_rule(max_cost),
    ]
    return ChorusSchema(
        query=Query,
        mutation=Mutation,
        # Reached only through the Person and Recommendation interfaces, so named here.
        types=[PersonPublic, PersonPrivate, RecommendationPublic, RecommendationInternal],
        config=StrawberryConfig(scalar_map={datetime: DateTime}),
        execution_context_class=PlainSubtreeExecutor,
        extensions=[
            lambda: MaxTokensLimiter(max_token_count=max_tokens),
            lambda: AddValidationRules(limits),
            ParserCache,
            ValidationCache,
        ],
    )


_defaults = Settings.model_fields
schema = build_schema(
    _defaults["graphql_max_depth"].default,
    _defaults["graphql_max_aliases"].default,
    _defaults["graphql_max_tokens"].default,
    _defaults["graphql_max_cost"].default,
)
