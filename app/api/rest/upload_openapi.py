"""OpenAPI for the streamed multipart uploads (papers, receipts), which FastAPI cannot
derive: their routes read the body themselves (``papers_multipart.StreamingForm``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from app.api.rest.papers_multipart import FILE_FIELD


def upload_body(
    model: type[BaseModel], description: str, media_types: Iterable[str]
) -> dict[str, Any]:
    """The model's fields and the file part, in any order. The file is declared both ways
    generators read: ``format: binary`` (OpenAPI 3.0 tools, openapi-python-client) and
    ``contentMediaType`` (3.1), with the types accepted in the part's encoding."""
    schema = _inline(model.model_json_schema(by_alias=True))
    schema.pop("$defs", None)
    schema.setdefault("properties", {})[FILE_FIELD] = {
        "type": "string",
        "format": "binary",
        "contentMediaType": "application/octet-stream",
        "description": "The file. Its type is read from its bytes.",
    }
    schema["required"] = [*schema.get("required", []), FILE_FIELD]
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {
                "multipart/form-data": {
                    "schema": schema,
                    "encoding": {FILE_FIELD: {"contentType": ", ".join(media_types)}},
                }
            },
        }
    }


def _inline(schema: Any, defs: dict[str, Any] | None = None) -> Any:
    """Replace local ``$ref``s by their definitions: the schema sits inside another document."""
    if defs is None and isinstance(schema, dict):
        defs = schema.get("$defs", {})
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and defs is not None:
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline(v, defs) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [_inline(v, defs) for v in schema]
    return schema
