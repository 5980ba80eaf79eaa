"""WARC archives written with warcio in the test: HTML responses become pages, the rest is counted, damage reported."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaning.loaders.warc import iter_warc
from cleaning.models import Failure, RawPage

SEEDS = Path(__file__).parents[2] / "fixtures" / "seeds"
SIMPLIFIED = (SEEDS / "003_5585bf28cbed5fe6.txt").read_text(encoding="utf-8")
TRADITIONAL = (SEEDS / "004_ed6df0b4be30bd83.txt").read_text(encoding="utf-8")
WARC_DATE = "2024-05-29T08:55:13Z"


def response(writer: WARCWriter, url: str, body: bytes, *, status="200 OK", content_type="text/html", extra=()):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": WARC_DATE},
    )
    writer.write_record(record)


def request(writer: WARCWriter, url: str):
    headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.cn")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", http_headers=headers))


def metadata(writer: WARCWriter, url: str):
    writer.write_record(
        writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"via: test"), warc_content_type="text/plain")
    )


def gb_page(text: str) -> bytes:
    return f"<html><head><title>总结</title></head><body><p>{text}</p></body></html>".encode("gb18030")


def big5_page(text: str) -> bytes:
    return f"<html><body><p>{text}</p></body></html>".encode("big5hkscs")


def write_archive(path: Path, gzipped: bool) -> list[int]:
    """A crawl's worth of records; returns the byte offset of every record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    offsets = []
    steps = [
        lambda: writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"})),
        lambda: request(writer, "http://example.cn/a.html"),
        lambda: response(writer, "http://example.cn/a.html", gb_page(SIMPLIFIED), content_type="text/html; charset=gb2312"),
        lambda: metadata(writer, "http://example.cn/a.html"),
        lambda: response(writer, "http://example.cn/missing.html", b"<p>not found</p>", status="404 Not Found"),
        lambda: response(writer, "http://example.cn/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        lambda: response(
            writer, "http://example.tw/b.html", gzip.compress(big5_page(TRADITIONAL)),
            content_type='text/html; charset="big5"', extra=[("Content-Encoding", "gzip")],
        ),
    ]
    for step in steps:
        offsets.append(buffer.tell())
        step()
    path.write_bytes(buffer.getvalue())
    return offsets


@pytest.mark.parametrize("name, gzipped", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_become_pages_and_the_rest_is_counted(tmp_path, name, gzipped):
    path = tmp_path / name
    offsets = write_archive(path, gzipped)
    skipped: Counter[str] = Counter()
    first, second = iter_warc(path, skipped)
    assert isinstance(first, RawPage) and isinstance(second, RawPage)
    assert (first.origin.path, first.origin.offset, first.origin.url) == (str(path), offsets[2], "http://example.cn/a.html")
    assert (first.body, first.transport_charset, first.kind) == (gb_page(SIMPLIFIED), "gb2312", "html")
    assert first.fetched_at == datetime(2024, 5, 29, 8, 55, 13, tzinfo=timezone.utc)
    # the HTTP Content-Encoding is undone: the page is the Big5 bytes the server compressed
    assert (second.body, second.transport_charset, second.origin.offset) == (big5_page(TRADITIONAL), "big5", offsets[6])
    assert skipped == Counter(
        {"skipped/warc_warcinfo": 1, "skipped/warc_request": 1, "skipped/warc_metadata": 1,
         "skipped/http_404": 1, "skipped/not_html": 1}
    )


@pytest.mark.parametrize("name, gzipped", [("cut.warc", False), ("cut.warc.gz", True)])
@pytest.mark.parametrize("keep", [0.5, 0.98], ids=["cut-mid-record", "cut-near-end"])
def test_truncated_last_record_is_a_failure_at_its_offset_after_the_good_ones(tmp_path, name, gzipped, keep):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    response(writer, "http://example.cn/1.html", gb_page(SIMPLIFIED))
    response(writer, "http://example.cn/2.html", gb_page(SIMPLIFIED[::-1]))
    last_offset = buffer.tell()
    response(writer, "http://example.cn/3.html", gb_page(SIMPLIFIED[:3000]))
    whole = buffer.getvalue()
    path = tmp_path / name
    path.write_bytes(whole[: last_offset + int((len(whole) - last_offset) * keep)])
    *pages, failure = iter_warc(path, Counter())
    assert [p.origin.url for p in pages] == ["http://example.cn/1.html", "http://example.cn/2.html"]
    assert pages[1].body == gb_page(SIMPLIFIED[::-1])
    assert isinstance(failure, Failure)
    assert (failure.path, failure.offset, failure.stage) == (str(path), last_offset, "load")
    assert failure.reason.startswith(f"WARC record at byte {last_offset} is truncated or damaged")


def test_warc_gz_that_is_not_gzip_is_a_failure(tmp_path):
    path = tmp_path / "plain.warc.gz"
    write_archive(tmp_path / "plain.warc", gzipped=False)
    path.write_bytes((tmp_path / "plain.warc").read_bytes())
    [failure] = iter_warc(path, Counter())
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("not a gzip file although named plain.warc.gz (starts with b'WA')")


def test_file_that_is_not_a_warc_is_a_failure_at_offset_zero(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("这不是 WARC 文件\n只是笔记\n", encoding="utf-8")
    [failure] = iter_warc(path, Counter())
    assert isinstance(failure, Failure)
    assert failure.offset == 0
    assert failure.reason.startswith("WARC record at byte 0 is truncated or damaged (Unknown archive format")


def test_empty_warc_is_a_failure(tmp_path):
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    [failure] = iter_warc(tmp_path / "empty.warc.gz", Counter())
    assert failure.reason.startswith("empty file (0 bytes)")


def test_record_over_the_size_limit_is_a_failure_and_the_next_record_still_loads(tmp_path):
    path = tmp_path / "big.warc"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    payload_size = 52_300_000
    header = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.cn/huge.html\r\n"
        f"WARC-Date: {WARC_DATE}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) + payload_size}\r\n\r\n"
    ).encode("ascii")
    with path.open("wb") as handle:
        handle.write(header + http)
        handle.seek(handle.tell() + payload_size)  # sparse payload of NUL bytes
        handle.write(b"\r\n\r\n")
        after = handle.tell()
        response(WARCWriter(handle, gzip=False), "http://example.cn/next.html", gb_page(SIMPLIFIED))
    failure, page = iter_warc(path, Counter())
    assert isinstance(failure, Failure) and failure.offset == 0
    assert failure.url == "http://example.cn/huge.html"
    assert failure.reason.startswith("page is 52.3 MB, over the 50 MB limit")
    assert (page.origin.offset, page.body) == (after, gb_page(SIMPLIFIED))
