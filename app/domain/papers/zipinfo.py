"""Just enough of the zip format to tell Office and OpenDocument files apart, from the
head and tail of a stream (the zip's table of contents is at its end)."""

from __future__ import annotations

import struct

ZIP_LOCAL = b"PK\x03\x04"
_ZIP_CENTRAL = b"PK\x01\x02"
_ZIP_END = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


def odf_mimetype(head: bytes) -> str | None:
    """OpenDocument puts ``mimetype`` first, uncompressed, so its bytes can be read in place."""
    if len(head) < 30 or not head.startswith(ZIP_LOCAL):
        return None
    method, compressed, name_len, extra_len = struct.unpack_from("<H8xI4xHH", head, 8)
    if method != 0 or head[30 : 30 + name_len] != b"mimetype":
        return None
    start = 30 + name_len + extra_len
    mimetype = head[start : start + compressed].decode("ascii", "replace").strip()
    return mimetype


class MalformedZip(ValueError):
    """The archive's own records contradict each other or are cut short."""


_ZIP64_END_SIZE = 56  # the fixed part of the zip64 end record


def central_directory_names(tail: bytes, total: int) -> set[str] | None:
    """Entry names from the zip's central directory, if it lies within the kept tail.

    Raises MalformedZip when the end records say where things are and they are not there:
    such an archive opens in no program, and reading on would misread other bytes."""
    end = tail.rfind(_ZIP_END)
    if end < 0 or len(tail) - end < 22:
        return None
    directory_end = end
    cd_size, cd_offset = struct.unpack_from("<II", tail, end + 12)
    if cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF:  # zip64: the real values are elsewhere
        locator = end - 20
        if locator < 0:
            return None
        if tail[locator : locator + 4] != _ZIP64_LOCATOR:
            raise MalformedZip("zip64 end without its locator")
        (record_offset,) = struct.unpack_from("<Q", tail, locator + 8)
        record = record_offset - (total - len(tail))
        if record_offset + _ZIP64_END_SIZE > total - (len(tail) - locator):
            raise MalformedZip("zip64 end record cut short or past the end")
        if record < 0:
            return None
        if tail[record : record + 4] != _ZIP64_END:
            raise MalformedZip("zip64 locator points at no end record")
        cd_size, cd_offset = struct.unpack_from("<QQ", tail, record + 40)
        directory_end = record
    if cd_offset + cd_size > total - (len(tail) - directory_end):
        raise MalformedZip("central directory runs past the end records")
    start = cd_offset - (total - len(tail))
    if start < 0 or start + cd_size > len(tail):
        return None
    names: set[str] = set()
    position = start
    while position + 46 <= start + cd_size and tail[position : position + 4] == _ZIP_CENTRAL:
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", tail, position + 28)
        names.add(tail[position + 46 : position + 46 + name_len].decode("utf-8", "replace"))
        position += 46 + name_len + extra_len + comment_len
    return names


def local_header_names(head: bytes) -> set[str]:
    """Fallback for a central directory too large to keep: entry names met in the head."""
    names: set[str] = set()
    position = 0
    while position + 30 <= len(head) and head[position : position + 4] == ZIP_LOCAL:
        flags, _, compressed, _, name_len, extra_len = struct.unpack_from(
            "<HH8xIIHH", head, position + 6
        )
        names.add(head[position + 30 : position + 30 + name_len].decode("utf-8", "replace"))
        if flags & 0x08:  # sizes follow the data: the next header cannot be found from here
            break
        position += 30 + name_len + extra_len + compressed
    return names
