"""GraphQL at /graphql (placeholder until the schema lands)."""

from fastapi import FastAPI


def mount_graphql(app: FastAPI) -> None:
    return None
