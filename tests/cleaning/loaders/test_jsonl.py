"""JSON Lines: one page per line, every bad line a failure naming the line, big files streamed."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cleaning.loaders.jsonl import iter_jsonl
from cleaning.models import Failure, RawPage

SEEDS = Path(__file__).parents[2] / "fixtures" / "seeds"
SEED_TEXT = (SEEDS / "002_c1900e2d5968d633.txt").read_text(encoding="utf-8")


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def record(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def load(path: Path) -> list[RawPage | Failure]:
    return list(iter_jsonl(path, Counter()))


def test_good_lines_become_pages_with_their_metadata(tmp_path):
    html = f"<html><meta charset=gb2312><p>{SEED_TEXT}</p></html>"
    path = write_lines(
        tmp_path / "dump.jsonl",
        [
            record(html=html, url="http://example.cn/1.html", fetched_at="2024-05-29T08:55:13Z", site="gz85"),
            b"",  # a blank separator line is no record
            record(text=SEED_TEXT),
        ],
    )
    first, second = load(path)
    assert (first.body, first.kind, first.transport_charset) == (html.encode("utf-8"), "html", "utf-8")
    assert (first.origin.path, first.origin.line, first.origin.url) == (str(path), 1, "http://example.cn/1.html")
    assert first.fetched_at == datetime(2024, 5, 29, 8, 55, 13, tzinfo=timezone.utc)
    assert first.site == "gz85"
    assert (second.body.decode("utf-8"), second.kind, second.origin.line, second.origin.url) == (SEED_TEXT, "text", 3, None)


@pytest.mark.parametrize(
    "bad_line, reason",
    [
        (b'{"html": "<p>x</p>" "url": "u"}', 'line 2: not valid JSON (Expecting \',\' delimiter at col 21); fix or remove the line'),
        ("{\"text\": \"工作\"}".encode("gb18030"), "line 2: not valid UTF-8 (byte 0xb9 at column 11)"),
        (record(url="http://a.cn/", title="t"), 'line 2: no "html" or "text" field (fields: title, url); add one'),
        (record(html=None, text=None), 'line 2: no "html" or "text" field'),
        (record(html=12), 'line 2: "html" is a JSON number, expected a string'),
        (record(text="  \n "), 'line 2: "text" is empty'),
        (b"[1, 2]", 'line 2: a JSON array, not an object with "html" or "text"'),
        (record(html="<p>x</p>", fetched_at="yesterday"), 'line 2: "fetched_at" is not an ISO 8601 date-time'),
        (record(html="<p>x</p>", url=7), 'line 2: "url" is a JSON number, expected a string'),
        (b'{"html": "\\ud800 broken"}', 'line 2: "html" holds an unpaired surrogate escape (\\ud800)'),
    ],
)
def test_bad_line_is_a_failure_and_reading_goes_on(tmp_path, bad_line, reason):
    path = write_lines(tmp_path / "dump.jsonl", [record(html="<p>一</p>"), bad_line, record(html="<p>三</p>")])
    first, failure, third = load(path)
    assert isinstance(failure, Failure)
    assert (failure.path, failure.line, failure.stage) == (str(path), 2, "load")
    assert failure.reason.startswith(reason)
    assert (first.origin.line, third.origin.line, third.body) == (1, 3, "<p>三</p>".encode("utf-8"))


def test_byte_order_mark_at_the_start_is_tolerated(tmp_path):
    path = write_lines(tmp_path / "bom.jsonl", [b"\xef\xbb\xbf" + record(text="工作总结")])
    [page] = load(path)
    assert page.body.decode("utf-8") == "工作总结"


def test_empty_file_and_blank_only_file_are_failures(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n \n\n")
    [empty] = load(tmp_path / "empty.jsonl")
    [blank] = load(tmp_path / "blank.jsonl")
    assert empty.reason.startswith("empty file (0 bytes)") and empty.line is None
    assert blank.reason.startswith("holds only blank lines")


def test_gzipped_jsonl_is_read(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(record(text=SEED_TEXT) + b"\n" + record(html="<p>二</p>") + b"\n")
    pages = load(path)
    assert [(p.kind, p.origin.line) for p in pages] == [("text", 1), ("html", 2)]
    assert pages[0].body.decode("utf-8") == SEED_TEXT


def test_jsonl_gz_that_is_not_gzip_is_a_failure(tmp_path):
    path = write_lines(tmp_path / "dump.jsonl.gz", [record(text="工作")])
    [failure] = load(path)
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("not a gzip file although named dump.jsonl.gz")
    assert "drop the .gz from its name" in failure.reason


def test_gzip_cut_short_keeps_the_lines_before_the_cut(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    lines = [record(text=f"第{n}篇:{SEED_TEXT[:2000]}") for n in range(50)]
    whole = gzip.compress(b"\n".join(lines) + b"\n")
    path.write_bytes(whole[: len(whole) * 2 // 3])
    items = load(path)
    *pages, failure = items
    assert pages and all(isinstance(p, RawPage) for p in pages)
    assert [p.origin.line for p in pages] == list(range(1, len(pages) + 1))
    assert isinstance(failure, Failure)
    assert failure.reason.startswith(f"the gzip data ends after line {len(pages)}: the file was cut short")


def test_line_over_the_size_limit_is_skipped_without_losing_the_next(tmp_path):
    path = tmp_path / "huge_line.jsonl"
    with path.open("wb") as handle:
        handle.write(record(text="一") + b"\n")
        handle.seek(handle.tell() + 52_300_000)  # a sparse 52.3 MB line (NUL bytes)
        handle.write(b"\n" + record(text="三") + b"\n")
    first, failure, third = load(path)
    assert failure.line == 2
    assert failure.reason.startswith("line 2: the line is 52.3 MB, over the 50 MB limit")
    assert (first.body, third.body, third.origin.line) == ("一".encode(), "三".encode(), 3)


def test_big_file_is_streamed_not_read_whole(tmp_path):
    path = tmp_path / "big.jsonl"
    line = record(text=SEED_TEXT)  # ~90 KB per line as UTF-8
    with path.open("wb") as handle:
        for _ in range(250):
            handle.write(line + b"\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        pages = sum(1 for _ in iter_jsonl(path, Counter()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert pages == 250
    # reading the file whole would peak above its size (~22 MB); line by line stays near a few lines' worth
    assert peak < size / 10, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
