"""iter_pages and count_inputs over folders and files: sorted recursive walk, dispatch by type, bad paths as failures."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaning.decoding import decode_page
from cleaning.loaders import count_inputs, iter_pages, loader_for
from cleaning.models import Failure, RawPage

SEEDS = Path(__file__).parents[2] / "fixtures" / "seeds"


def make_corpus(root: Path) -> None:
    """A folder like a user's: pages in several formats and charsets, nested, with files qingwen does not read."""
    seed = (SEEDS / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.HTM").write_bytes(f"<meta charset=gbk><p>{seed}</p>".encode("gb18030"))
    (root / "b" / "deep" / "z.txt").write_bytes(seed.encode("utf-8"))
    (root / "b" / "c.jsonl").write_text(
        json.dumps({"text": "一"}, ensure_ascii=False) + "\n" + json.dumps({"html": "<p>二</p>"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "http://example.cn/w.html", "response", payload=io.BytesIO("<p>网</p>".encode()), http_headers=headers
        )
    )
    request_headers = StatusAndHeaders("GET /w.html HTTP/1.1", [("Host", "example.cn")], is_http_request=True)
    writer.write_record(writer.create_warc_record("http://example.cn/w.html", "request", http_headers=request_headers))
    (root / "b" / "d.warc.gz").write_bytes(buffer.getvalue())
    (root / "b" / "e.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": "三"}).encode() + b"\n"))
    (root / "notes.md").write_text("not a page")
    (root / "b" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")


def describe(item: RawPage | Failure, root: Path) -> str:
    if isinstance(item, Failure):
        return f"FAIL {item.reason}"
    return f"{Path(item.origin.key.replace(str(root) + '/', ''))}"


def test_folder_is_walked_recursively_in_sorted_order_by_format(tmp_path):
    make_corpus(tmp_path)
    skipped: Counter[str] = Counter()
    items = list(iter_pages([tmp_path], skipped=skipped))
    assert [describe(item, tmp_path) for item in items] == [
        "a.HTM",
        "b/c.jsonl#L1",
        "b/c.jsonl#L2",
        "b/d.warc.gz@0",
        "b/deep/z.txt",
        "b/e.jsonl.gz#L1",
    ]
    assert [item.kind for item in items] == ["html", "text", "html", "html", "text", "text"]
    assert skipped == Counter({"skipped/unsupported_file": 2, "skipped/warc_request": 1})
    # every page decodes to the text that was written, whatever its format and charset
    assert decode_page(items[0].body, transport_charset=items[0].transport_charset).encoding == "gb18030"
    assert [decode_page(i.body, transport_charset=i.transport_charset).text for i in items[1:4]] == [
        "一", "<p>二</p>", "<p>网</p>"
    ]


def test_count_inputs_counts_loadable_files(tmp_path):
    make_corpus(tmp_path)
    assert count_inputs([tmp_path]) == 5
    assert count_inputs([tmp_path / "a.HTM", tmp_path / "b"]) == 5
    assert count_inputs([tmp_path / "missing"]) == 0


def test_files_named_directly_are_loaded_in_the_order_given(tmp_path):
    make_corpus(tmp_path)
    items = list(iter_pages([tmp_path / "b" / "deep" / "z.txt", tmp_path / "a.HTM"]))
    assert [describe(item, tmp_path) for item in items] == ["b/deep/z.txt", "a.HTM"]


def test_missing_path_and_unsupported_file_are_failures_and_loading_goes_on(tmp_path):
    make_corpus(tmp_path)
    items = list(iter_pages([tmp_path / "nope", tmp_path / "notes.md", tmp_path / "a.HTM"]))
    assert [describe(item, tmp_path) for item in items[:2]] == [
        "FAIL no such file or folder; check the path",
        "FAIL unsupported file type 'notes.md'; qingwen reads .html, .htm, .shtml, .txt, .jsonl, .jsonl.gz, "
        ".warc, .warc.gz files",
    ]
    assert items[0].path == str(tmp_path / "nope")
    assert isinstance(items[2], RawPage)


def test_bad_files_in_a_folder_do_not_stop_the_walk(tmp_path):
    (tmp_path / "1_empty.html").write_bytes(b"")
    (tmp_path / "2_fake.warc.gz").write_bytes(b"WARC/1.0\r\n")
    (tmp_path / "3_ok.html").write_bytes(b"<p>ok</p>")
    items = list(iter_pages([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Failure", "Failure", "RawPage"]
    assert items[0].reason.startswith("empty file")
    assert items[1].reason.startswith("not a gzip file")


def test_loader_is_chosen_by_the_longest_ending_case_insensitively():
    assert loader_for(Path("x.WARC.GZ")).__name__ == "iter_warc"
    assert loader_for(Path("x.jsonl.gz")).__name__ == "iter_jsonl"
    assert loader_for(Path("x.shtml")).__name__ == "iter_html_file"
    assert loader_for(Path("x.tar.gz")) is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists folders whatever their permissions")
def test_folder_that_cannot_be_listed_is_a_failure(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.html").write_bytes(b"<p>ok</p>")
    (tmp_path / "locked").chmod(0)
    try:
        items = list(iter_pages([tmp_path]))
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert items[0].reason.startswith("cannot list the folder (Permission denied)")
    assert isinstance(items[1], RawPage)
