"""A multipart body read part by part as it arrives, the file streamed on, never spooled.

Starlette's ``request.form()`` would copy the whole file to a temporary file before the
handler runs; here the handler sees the text fields first, can refuse the request before
any of the file is read, and hands the file's bytes straight to storage. The price is an
order: every field comes before the one file part (as S3's browser uploads require).
"""

from __future__ import annotations

import codecs
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from app.domain.errors import PayloadTooLarge, RuleViolation

M = TypeVar("M", bound=BaseModel)

FILE_FIELD = "file"
MAX_FIELD_BYTES = 64 * 1024
MAX_FIELDS = 32
# Room for the text fields and part headers beside the file, when checking Content-Length.
FORM_OVERHEAD = MAX_FIELDS * 1024 + 64 * 1024


def upload_body(model: type[BaseModel], description: str) -> dict[str, Any]:
    """OpenAPI for a multipart body: the model's fields, then the file part."""
    schema = _inline(model.model_json_schema(by_alias=True))
    schema.pop("$defs", None)
    schema["properties"][FILE_FIELD] = {"type": "string", "format": "binary"}
    schema["required"] = [*schema.get("required", []), FILE_FIELD]
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": {"multipart/form-data": {"schema": schema}},
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


@dataclass
class _Part:
    name: str
    filename: str | None
    data: bytearray


class StreamingForm:
    def __init__(self, request: Request) -> None:
        self.request = request
        self._events: deque[tuple[str, Any]] = deque()
        self._iterator: AsyncIterator[tuple[str, Any]] | None = None
        self.filename: str | None = None

    def check_length(self, max_file_bytes: int) -> None:
        """Refuse at once a body that declares itself too large; the stream is still
        counted, since Content-Length may be absent or wrong."""
        declared = self.request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_file_bytes + FORM_OVERHEAD:
            raise PayloadTooLarge(f"The file is larger than the limit of {max_file_bytes:,} bytes.")

    def _parser(self) -> MultipartParser:
        content_type = self.request.headers.get("content-type", "")
        kind, params = parse_options_header(content_type)
        if kind != b"multipart/form-data" or b"boundary" not in params:
            raise RuleViolation.field(
                "/file", "Send the paper as multipart/form-data with a part named 'file'."
            )
        part: _Part | None = None
        header_name = bytearray()
        header_value = bytearray()
        disposition = b""
        fields = 0

        def on_part_begin() -> None:
            nonlocal part, disposition
            part, disposition = None, b""

        def on_header_field(data: bytes, start: int, end: int) -> None:
            header_name.extend(data[start:end])

        def on_header_value(data: bytes, start: int, end: int) -> None:
            header_value.extend(data[start:end])

        def on_header_end() -> None:
            nonlocal disposition
            if bytes(header_name).lower() == b"content-disposition":
                disposition = bytes(header_value)
            header_name.clear()
            header_value.clear()

        def on_headers_finished() -> None:
            nonlocal part, fields
            _, options = parse_options_header(disposition)
            name = _decode(options.get(b"name", b""))
            filename = options.get(b"filename")
            part = _Part(name, _decode(filename) if filename is not None else None, bytearray())
            if filename is not None:
                self._events.append(("file", part))
                return
            fields += 1
            if fields > MAX_FIELDS:
                raise RuleViolation(f"At most {MAX_FIELDS} form fields are accepted.")

        def on_part_data(data: bytes, start: int, end: int) -> None:
            assert part is not None
            if part.filename is not None:
                self._events.append(("data", data[start:end]))
                return
            if len(part.data) + end - start > MAX_FIELD_BYTES:
                raise RuleViolation.field(f"/{part.name}", "This field is too long.")
            part.data.extend(data[start:end])

        def on_part_end() -> None:
            assert part is not None
            self._events.append(("end", part) if part.filename is not None else ("field", part))

        return MultipartParser(
            params[b"boundary"],
            {
                "on_part_begin": on_part_begin,
                "on_part_data": on_part_data,
                "on_part_end": on_part_end,
                "on_header_field": on_header_field,
                "on_header_value": on_header_value,
                "on_header_end": on_header_end,
                "on_headers_finished": on_headers_finished,
            },
        )

    async def _read(self) -> AsyncIterator[tuple[str, Any]]:
        parser = self._parser()
        try:
            async for chunk in self.request.stream():
                parser.write(chunk)
                while self._events:
                    yield self._events.popleft()
            parser.finalize()
        except FormParserError:
            raise RuleViolation.field("/file", "The multipart body is malformed.") from None
        while self._events:
            yield self._events.popleft()

    async def fields(self) -> dict[str, str]:
        """The text fields before the file. Empty ones count as not sent, as HTML forms
        send every input."""
        self._iterator = self._read()
        values: dict[str, str] = {}
        async for kind, item in self._iterator:
            if kind == "field":
                text = _decode(bytes(item.data))
                if text.strip():
                    values[item.name] = text
            elif kind == "file":
                if item.name != FILE_FIELD:
                    raise RuleViolation.field(f"/{item.name}", "The file's part must be 'file'.")
                self.filename = item.filename
                return values
        raise RuleViolation.field("/file", "The file is missing: send it in a part named 'file'.")

    async def file_chunks(self) -> AsyncIterator[bytes]:
        """The file's bytes, then a check that nothing follows it. Anything refused here is
        raised inside the stream storage is reading, so storage keeps nothing."""
        assert self._iterator is not None, "read fields() first"
        async for kind, item in self._iterator:
            if kind == "data":
                yield item
            elif kind == "end":
                break
        async for kind, item in self._iterator:
            if kind in ("field", "file"):
                raise RuleViolation.field(
                    f"/{item.name}", "Send every field before the file; nothing may follow it."
                )


def _decode(raw: bytes) -> str:
    return codecs.decode(raw, "utf-8", "replace")


def parse_fields(model: type[M], fields: dict[str, str]) -> M:
    """Validate form fields with the same model, and the same 422, as a JSON body."""
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in error.errors(include_url=False)]
        ) from None
