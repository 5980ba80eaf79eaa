"""Loads JSON Lines dumps (.jsonl, .jsonl.gz), streaming: each line an object with "html" or "text"."""

from __future__ import annotations

import gzip
import json
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from cleaning.errors import LoadError
from cleaning.loaders.files import MAX_PAGE_BYTES, open_dump, too_large_reason, unreadable_reason
from cleaning.models import Failure, Origin, PageKind, RawPage

# Over-long lines are skipped in pieces of this size, so that skipping one never holds it in memory.
SKIP_CHUNK_BYTES = 1_000_000
_BODY_FIELDS: tuple[PageKind, ...] = ("html", "text")  # "html" first: the markup carries more than text


def iter_jsonl(path: Path, skipped: Counter[str]) -> Iterator[RawPage | Failure]:
    """One raw page per non-blank line; a bad line becomes a failure naming its line and the reading goes on."""
    file_origin = Origin(path=str(path))
    stream = open_dump(path, gunzip=path.name.lower().endswith(".gz"))
    if isinstance(stream, Failure):
        yield stream
        return
    with stream:
        line_number = 0
        records = 0
        while True:
            try:
                line = stream.readline(MAX_PAGE_BYTES + 1)
                if len(line) > MAX_PAGE_BYTES:
                    line_size = len(line) + _skip_rest_of_line(stream)
            except (OSError, EOFError, zlib.error) as error:
                origin = Origin(path=str(path), line=line_number + 1) if line_number else file_origin
                yield Failure.at(origin, "load", _stream_error_reason(path, error, line_number))
                return
            if not line:
                break
            line_number += 1
            origin = Origin(path=str(path), line=line_number)
            if len(line) > MAX_PAGE_BYTES:
                yield Failure.at(origin, "load", f"line {line_number}: " + too_large_reason("the line", line_size))
                continue
            if not line.strip():
                continue  # blank lines (a trailing newline, a separator) hold no record
            records += 1
            try:
                yield _page_from_line(line, origin)
            except LoadError as error:
                yield Failure.at(origin, error.stage, f"line {line_number}: {error.reason}")
    if records == 0 and line_number > 0:
        yield Failure.at(file_origin, "load", "holds only blank lines, no records; delete it or fill it")


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped_bytes = 0
    while chunk := stream.readline(SKIP_CHUNK_BYTES):
        skipped_bytes += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped_bytes


def _page_from_line(line: bytes, origin: Origin) -> RawPage:
    try:
        # a byte-order mark some Windows editors put at the start of the file is not part of the JSON
        text = line.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise LoadError(
            f"not valid UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1}); JSON Lines must be "
            "UTF-8: re-save the file as UTF-8 or remove the line"
        ) from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise LoadError(f"not valid JSON ({error.msg} at col {error.colno}); fix or remove the line") from None
    if not isinstance(record, dict):
        raise LoadError(f'a JSON {_json_type(record)}, not an object with "html" or "text"; fix or remove the line')
    kind = next((field for field in _BODY_FIELDS if record.get(field) is not None), None)
    if kind is None:
        keys = ", ".join(sorted(record)) or "none"
        raise LoadError(f'no "html" or "text" field (fields: {keys}); add one or remove the line')
    body = _string_field(record, kind)
    if not body.strip():
        raise LoadError(f'"{kind}" is empty; remove the line')
    try:
        encoded = body.encode("utf-8")
    except UnicodeEncodeError as error:
        raise LoadError(
            f'"{kind}" holds an unpaired surrogate escape (\\u{ord(body[error.start]):04x}) that is not text; '
            "fix the escape or remove the line"
        ) from None
    return RawPage(
        origin=origin.model_copy(update={"url": _optional_string(record, "url")}),
        body=encoded,
        kind=kind,
        transport_charset="utf-8",  # JSON text is Unicode; we encoded it as UTF-8 just above
        fetched_at=_fetched_at(record),
        site=_optional_string(record, "site"),
    )


def _string_field(record: dict, field: str) -> str:
    value = record[field]
    if not isinstance(value, str):
        raise LoadError(f'"{field}" is a JSON {_json_type(value)}, expected a string; fix or remove the line')
    return value


def _optional_string(record: dict, field: str) -> str | None:
    return None if record.get(field) is None else _string_field(record, field)


def _fetched_at(record: dict) -> datetime | None:
    value = _optional_string(record, "fetched_at")
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise LoadError(
            f'"fetched_at" is not an ISO 8601 date-time ({value[:40]!r}); write it like "2024-05-29T08:55:13Z" '
            "or drop the field"
        ) from None


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _stream_error_reason(path: Path, error: Exception, lines_read: int) -> str:
    after = f"after line {lines_read}" if lines_read else "at the start"
    if isinstance(error, gzip.BadGzipFile):
        return (
            f"not a gzip file although named {path.name} ({error}); "
            "drop the .gz from its name if it is plain JSON Lines, or compress it again"
        )
    if isinstance(error, EOFError):
        return f"the gzip data ends {after}: the file was cut short; download or compress it again"
    if isinstance(error, zlib.error):
        return f"the gzip data is damaged {after} ({error}); download or compress it again"
    return unreadable_reason(error) if isinstance(error, OSError) else str(error)
