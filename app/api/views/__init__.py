"""Output shapes, each declared once. REST serves these pydantic models as its response
models; ``app/api/graphql/derive.py`` turns the same classes into GraphQL types, so a
field added here appears on both transports and nowhere else needs an edit.
"""
