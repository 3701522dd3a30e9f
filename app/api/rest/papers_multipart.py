"""A multipart body read part by part as it arrives, the file streamed on, never spooled.

Starlette's ``request.form()`` would copy the whole file to a temporary file before the
handler runs; here the handler sees the text fields sent before the file, can refuse the
request before any of the file is read, and hands the file's bytes straight to storage.
Parts may come in any order: fields sent after the file are read once it has streamed,
and checked inside the stream storage is reading, so a refusal there still leaves
nothing stored (storage removes its temporary object when its stream raises).
"""

from __future__ import annotations

import codecs
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

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
                "/file", "Send the body as multipart/form-data with a part named 'file'."
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
        """The text fields sent before the file (those after it go to ``file_chunks``).
        Empty ones count as not sent, as HTML forms send every input."""
        self._iterator = self._read()
        values: dict[str, str] = {}
        async for kind, item in self._iterator:
            if kind == "field":
                _add(values, item)
            elif kind == "file":
                if item.name != FILE_FIELD:
                    raise RuleViolation.field(f"/{item.name}", "The file's part must be 'file'.")
                self.filename = item.filename
                return values
        raise RuleViolation.field("/file", "The file is missing: send it in a part named 'file'.")

    async def file_chunks(
        self, after: Callable[[dict[str, str]], Awaitable[None]]
    ) -> AsyncIterator[bytes]:
        """The file's bytes, then ``after`` with the fields that followed it, before the
        stream ends. Anything refused here is raised inside the stream storage is
        reading, so storage keeps nothing."""
        assert self._iterator is not None, "read fields() first"
        async for kind, item in self._iterator:
            if kind == "data":
                yield item
            elif kind == "end":
                break
        later: dict[str, str] = {}
        async for kind, item in self._iterator:
            if kind == "field":
                _add(later, item)
            elif kind == "file":
                raise RuleViolation.field(f"/{item.name}", "Send one file only.")
        await after(later)


def _add(values: dict[str, str], part: _Part) -> None:
    text = _decode(bytes(part.data))
    if text.strip():
        values[part.name] = text


def _decode(raw: bytes) -> str:
    return codecs.decode(raw, "utf-8", "replace")


def parse_fields(model: type[M], fields: dict[str, str], *, complete: bool = True) -> M | None:
    """Validate form fields with the same model, and the same 422, as a JSON body.

    With ``complete=False`` (the fields before the file, when more may follow it) a form
    that lacks only required fields is None, to be judged once the body has ended; any
    other broken rule is refused at once, before the file is read."""
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        problems = error.errors(include_url=False)
        if not complete and all(e["type"] == "missing" for e in problems):
            return None
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in problems]
        ) from None


class UploadFields(Generic[M]):
    """An upload's form fields as a model, checked as early as the order of parts allows.

    ``before_file`` takes the fields sent before the file and checks them if they are
    complete; ``after_file`` (handed to ``StreamingForm.file_chunks``) adds those sent
    after it and checks the whole form again if anything changed or was missing.
    """

    def __init__(self, model: type[M], check: Callable[[M], Awaitable[None]]) -> None:
        self._model = model
        self._check = check
        self._before: dict[str, str] = {}
        self._value: M | None = None

    async def before_file(self, fields: dict[str, str]) -> None:
        self._before = fields
        self._value = parse_fields(self._model, fields, complete=False)
        if self._value is not None:
            await self._check(self._value)

    async def after_file(self, later: dict[str, str]) -> None:
        if later or self._value is None:
            self._value = parse_fields(self._model, {**self._before, **later})
            assert self._value is not None
            await self._check(self._value)

    @property
    def value(self) -> M:
        assert self._value is not None, "the form has not been read to its end"
        return self._value
