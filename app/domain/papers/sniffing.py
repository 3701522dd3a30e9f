"""What a file is, judged by its bytes while it streams past, not by the name it came with.

Written here rather than taken from a magic-number library: the accepted types are few and
exact, and the check has to work on a stream in bounded memory (a zip's table of contents
is at its *end*), which file-at-a-time libraries do not do. The sniffer keeps the first
64 KiB and the last 256 KiB; everything in between only passes through the UTF-8 check.

- PDF: ``%PDF-``.
- OOXML (docx, xlsx, pptx): a zip holding ``[Content_Types].xml``, told apart by its main
  part (``word/document.xml``, ``xl/workbook.xml``, ``ppt/presentation.xml``), read from
  the zip's central directory.
- OpenDocument (odt, ods, odp): a zip whose first entry, stored uncompressed, is
  ``mimetype`` and names the type.
- Legacy Office (doc, xls, ppt): the OLE2 signature ``D0 CF 11 E0``; the container does
  not say which program wrote it, so the file name's extension decides among the three.
- Plain text: valid UTF-8 without NUL bytes.

The name must agree: ``minutes.docx`` holding a PDF is refused, a name without an
extension is given the right one.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from app.domain.errors import RuleViolation
from app.domain.papers.zipinfo import (
    ZIP_LOCAL,
    MalformedZip,
    central_directory_names,
    local_header_names,
    odf_mimetype,
)

HEAD_BYTES = 64 * 1024
TAIL_BYTES = 256 * 1024
_POINTER = "/file"


@dataclass(frozen=True)
class FileType:
    key: str
    media_type: str
    label: str
    extensions: tuple[str, ...]  # the first is the one added to a bare name


PDF = FileType("pdf", "application/pdf", "a PDF document", (".pdf",))
DOCX = FileType(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "a Word document",
    (".docx",),
)
XLSX = FileType(
    "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "an Excel spreadsheet",
    (".xlsx",),
)
PPTX = FileType(
    "pptx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "a PowerPoint presentation",
    (".pptx",),
)
ODT = FileType("odt", "application/vnd.oasis.opendocument.text", "an OpenDocument text", (".odt",))
ODS = FileType(
    "ods",
    "application/vnd.oasis.opendocument.spreadsheet",
    "an OpenDocument spreadsheet",
    (".ods",),
)
ODP = FileType(
    "odp",
    "application/vnd.oasis.opendocument.presentation",
    "an OpenDocument presentation",
    (".odp",),
)
DOC = FileType("doc", "application/msword", "a Word 97-2003 document", (".doc",))
XLS = FileType("xls", "application/vnd.ms-excel", "an Excel 97-2003 spreadsheet", (".xls",))
PPT = FileType(
    "ppt", "application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation", (".ppt",)
)
TEXT = FileType("txt", "text/plain; charset=utf-8", "plain text", (".txt", ".text", ".md"))
CSV = FileType("csv", "text/csv; charset=utf-8", "plain text", (".csv",))

ALL_TYPES = (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT, TEXT, CSV)
_BY_EXTENSION = {ext: t for t in ALL_TYPES for ext in t.extensions}
_OOXML_MAIN = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
_ODF = {t.media_type: t for t in (ODT, ODS, ODP)}
_OLE2 = {".doc": DOC, ".xls": XLS, ".ppt": PPT}

_OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_MAGIC_LENGTH = 8
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\/]')
MAX_NAME = 200

ACCEPTED = "PDF, Word, OpenDocument, spreadsheet, presentation or plain text (UTF-8)"


@dataclass(frozen=True)
class Detected:
    type: FileType
    filename: str


def _refuse(detail: str) -> RuleViolation:
    return RuleViolation.field(_POINTER, detail)


def clean_filename(name: str | None) -> str:
    """The last path segment, without control characters or quotes, at most 200 characters."""
    raw = PureWindowsPath(PurePosixPath(name or "").name).name  # C:\\fakepath\\x.pdf too
    cleaned = _UNSAFE_NAME.sub("", unicodedata.normalize("NFC", raw)).strip(" .")
    if len(cleaned) > MAX_NAME:
        suffix = PurePosixPath(cleaned).suffix[:20]
        cleaned = cleaned[: MAX_NAME - len(suffix)] + suffix
    return cleaned or "paper"


class Sniffer:
    """Feed every chunk, then ``finish()``. Refuses (``RuleViolation`` at ``/file``) as soon
    as the bytes rule everything out, so a binary upload is not stored to the end first."""

    def __init__(self, filename: str | None) -> None:
        self.filename = clean_filename(filename)
        suffix = PurePosixPath(self.filename).suffix.lower()
        self.extension = suffix if suffix in _BY_EXTENSION else ""
        self._has_unknown_extension = bool(suffix) and not self.extension
        self._head = bytearray()
        self._tail = bytearray()
        self._size = 0
        self._family: str | None = None  # "pdf", "zip", "ole2", "text"
        self._utf8 = codecs.getincrementaldecoder("utf-8")()

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        self._size += len(chunk)
        if len(self._head) < HEAD_BYTES:
            self._head += chunk[: HEAD_BYTES - len(self._head)]
        self._tail += chunk
        if len(self._tail) > TAIL_BYTES:
            del self._tail[: len(self._tail) - TAIL_BYTES]
        if self._family is None:
            if len(self._head) < _MAGIC_LENGTH:
                return
            self._family = _family(bytes(self._head))
            if self._family == "text":
                self._check_text(bytes(self._head))
                # The rest of this chunk beyond the head still needs checking.
                self._check_text(chunk[len(chunk) - (self._size - len(self._head)) :])
            return
        if self._family == "text":
            self._check_text(chunk)

    def _check_text(self, data: bytes) -> None:
        if not data:
            return
        if b"\x00" in data:
            raise self._unsupported()
        try:
            self._utf8.decode(data)
        except UnicodeDecodeError:
            raise self._unsupported() from None

    def _unsupported(self) -> RuleViolation:
        return _refuse(f"This kind of file is not accepted; send {ACCEPTED}.")

    def finish(self) -> Detected:
        if self._size == 0:
            raise _refuse("The file is empty.")
        if self._family is None:  # shorter than any magic number
            self._family = "text"
            self._check_text(bytes(self._head))
        if self._family == "text":
            try:
                self._utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                raise self._unsupported() from None
        found = self._identify()
        return Detected(found, self._name_for(found))

    def _identify(self) -> FileType:
        if self._family == "pdf":
            return PDF
        if self._family == "text":
            return CSV if self.extension == ".csv" else TEXT
        if self._family == "ole2":
            legacy = _OLE2.get(self.extension)
            if legacy is None:
                raise _refuse(
                    "This is an Office 97-2003 file; name it .doc, .xls or .ppt to say which."
                )
            return legacy
        names = self._zip_names()  # first, so a damaged archive is refused whatever it holds
        found = _ODF.get(odf_mimetype(bytes(self._head)) or "") or _ooxml_type(names)
        if found is None:
            raise self._unsupported()
        return found

    def _zip_names(self) -> set[str]:
        try:
            names = central_directory_names(bytes(self._tail), self._size)
        except MalformedZip:
            raise _refuse(
                "The file is a damaged or truncated zip archive; save it again and resend it."
            ) from None
        return names if names is not None else local_header_names(bytes(self._head))

    def _name_for(self, found: FileType) -> str:
        if self.extension:
            if self.extension not in found.extensions:
                raise _refuse(
                    f"The file's content is {found.label}, but its name ends in "
                    f"{self.extension}; rename it or send the right file."
                )
            return self.filename
        if self._has_unknown_extension and found not in (TEXT, CSV):
            raise _refuse(
                f"The file's content is {found.label}, but its name does not say so; "
                f"name it {found.extensions[0]}."
            )
        if self._has_unknown_extension:
            return self.filename  # notes.log: text is text, whatever the label
        return self.filename + found.extensions[0]


def _family(head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(ZIP_LOCAL):
        return "zip"
    if head.startswith(_OLE2_MAGIC):
        return "ole2"
    return "text"


def _ooxml_type(names: set[str]) -> FileType | None:
    if "[Content_Types].xml" not in names:
        return None
    found = {t for name, t in _OOXML_MAIN.items() if name in names}
    return found.pop() if len(found) == 1 else None
