"""Loads single-page files: .html/.htm/.shtml as HTML, .txt as plain text, one raw page per file."""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cleaning.errors import LoadError
from cleaning.models import Failure, Origin, PageKind, RawPage

# A saved article page is tens of KB and the heaviest template-site pages (inline images as data: URLs)
# stay under 5 MB; a 50 MB "page" is a dump, a log or a binary, and reading it whole could exhaust a worker.
MAX_PAGE_BYTES = 50_000_000


def iter_html_file(path: Path, skipped: Counter[str]) -> Iterator[RawPage | Failure]:
    yield load_page_file(path, "html")


def iter_text_file(path: Path, skipped: Counter[str]) -> Iterator[RawPage | Failure]:
    yield load_page_file(path, "text")


def load_page_file(path: Path, kind: PageKind) -> RawPage | Failure:
    """The whole file as one page, or a failure saying why it cannot be one."""
    origin = Origin(path=str(path))
    try:
        size = file_size_not_empty(path)
        if size > MAX_PAGE_BYTES:
            raise LoadError(too_large_reason("page", size))
        body = path.read_bytes()
    except LoadError as error:
        return Failure.at(origin, error.stage, error.reason)
    except OSError as error:
        return Failure.at(origin, "load", unreadable_reason(error))
    return RawPage(origin=origin, body=body, kind=kind)


def file_size_not_empty(path: Path) -> int:
    """The file's size in bytes; LoadError if it is empty."""
    size = path.stat().st_size
    if size == 0:
        raise LoadError("empty file (0 bytes); delete it or save it again")
    return size


def open_dump(path: Path, *, gunzip: bool) -> IO[bytes] | Failure:
    """Open a file of many pages (JSONL, WARC) for streaming; an empty or unreadable file comes back as its Failure."""
    try:
        file_size_not_empty(path)
        return gzip.open(path, "rb") if gunzip else path.open("rb")
    except LoadError as error:
        return Failure.at(Origin(path=str(path)), error.stage, error.reason)
    except OSError as error:
        return Failure.at(Origin(path=str(path)), "load", unreadable_reason(error))


def too_large_reason(what: str, size: int) -> str:
    """'page is 52.3 MB, over the 50 MB limit; ...' (MB as 10^6 bytes, as file managers show them)."""
    return (
        f"{what} is {size / 1e6:.1f} MB, over the {MAX_PAGE_BYTES / 1e6:.0f} MB limit; "
        "it is not a single web page: split it or leave it out"
    )


def unreadable_reason(error: OSError) -> str:
    return f"cannot read the file ({error.strerror or error}); check that it exists and that you may read it"
