"""Loads WARC archives (.warc, .warc.gz): every successful HTML response record becomes a raw page."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from cleaning.errors import LoadError
from cleaning.loaders.files import MAX_PAGE_BYTES, open_dump, too_large_reason, unreadable_reason
from cleaning.models import Failure, Origin, RawPage

_GZIP_MAGIC = b"\x1f\x8b"
# What browsers render as a page; a missing Content-Type is kept too, as browsers sniff those
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([^;"'\s]+)""", re.IGNORECASE)


def iter_warc(path: Path, skipped: Counter[str]) -> Iterator[RawPage | Failure]:
    """Pages from the archive in order; a damaged record ends the file with a failure at its offset.

    Records that are not pages (requests, metadata, redirects, images) are counted in `skipped`
    under `skipped/warc_<type>`, `skipped/http_<status>` and `skipped/not_html`.
    """
    file_origin = Origin(path=str(path))
    # opened raw: warcio inflates each gzip member itself, and a truncated member must be caught at its offset
    stream = open_dump(path, gunzip=False)
    if isinstance(stream, Failure):
        yield stream
        return
    file_size = path.stat().st_size
    with stream:
        if path.name.lower().endswith(".gz") and (start := stream.read(2)) != _GZIP_MAGIC:
            yield Failure.at(
                file_origin,
                "load",
                f"not a gzip file although named {path.name} (starts with {start!r}); "
                "drop the .gz from its name if it is a plain WARC, or compress it again",
            )
            return
        stream.seek(0)
        records = ArchiveIterator(stream)
        offset = 0
        try:
            for record in records:
                offset = records.offset  # the start of this record until it has been read to its end
                page = _page_from_record(record, path, offset, skipped)
                records.read_to_end()
                if record.raw_stream.limit > 0:
                    raise LoadError(f"{record.raw_stream.limit} bytes missing at its end")
                if page is not None:
                    yield page  # a RawPage, or a Failure for a page over the size limit
                offset = records.offset
        except LoadError as error:
            yield _damaged(path, offset, error.reason)
            return
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as error:
            yield _damaged(path, offset, _one_line(error))
            return
        except OSError as error:
            yield Failure.at(Origin(path=str(path), offset=offset), "load", unreadable_reason(error))
            return
        if records.offset < file_size:
            # warcio stops quietly at a gzip member cut short: bytes left over mean a record was lost
            yield _damaged(path, records.offset, f"{file_size - records.offset} bytes do not form a whole record")


def _page_from_record(
    record: ArcWarcRecord, path: Path, offset: int, skipped: Counter[str]
) -> RawPage | Failure | None:
    if record.rec_type != "response":
        skipped[f"skipped/warc_{record.rec_type}"] += 1
        return None
    if record.http_headers is None:  # a response to dns:, ftp: and the like
        skipped["skipped/not_http"] += 1
        return None
    status = record.http_headers.get_statuscode()
    if not status.startswith("2"):
        skipped[f"skipped/http_{status}"] += 1
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        skipped["skipped/not_html"] += 1
        return None
    origin = Origin(path=str(path), offset=offset, url=record.rec_headers.get_header("WARC-Target-URI"))
    if record.length > MAX_PAGE_BYTES:
        return Failure.at(origin, "load", too_large_reason("page", record.length))
    charset = _CHARSET_PARAM.search(content_type)
    return RawPage(
        origin=origin,
        # content_stream undoes chunked transfer and gzip/deflate/brotli content encoding
        body=record.content_stream().read(),
        kind="html",
        transport_charset=charset.group(1) if charset else None,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
    )


def _warc_date(value: str | None) -> datetime | None:
    # WARC-Date is mandatory and machine-written; an unreadable one loses the date, not the page
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _damaged(path: Path, offset: int, detail: str) -> Failure:
    return Failure.at(
        Origin(path=str(path), offset=offset),
        "load",
        f"WARC record at byte {offset} is truncated or damaged ({detail}); the records before it were read, "
        "the rest of the file is skipped: download or write the archive again",
    )


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__
